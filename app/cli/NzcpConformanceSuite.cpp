#include "cli/ConformanceSuite.h"
#include "cli/PassFileConformance.h"
#include "common/BoundedRead.h"
#include "common/Clock.h"
#include "formats/PassVerifier.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace passgate::cli {

namespace {

// The NZCP specification's example set (../shared/testdata/nzcp/README.md). Each example comes as
// QR text and as a picture of it; both must give the same answer.
QList<PassFileExpectation> nzcpExpectations()
{
    QList<PassFileExpectation> table;
    auto both = [&table](const QString &name, const QStringList &outcomes, const QString &detail = {}) {
        table.append({name + QStringLiteral(".txt"), outcomes, detail});
        table.append({name + QStringLiteral(".png"), outcomes, detail});
    };
    both(QStringLiteral("valid/nzcp"), {QStringLiteral("verify")}, QStringLiteral("Jack Sparrow 1960-04-16"));
    // Signed with another key under the issuer's kid.
    both(QStringLiteral("invalid/nzcp-bad-public-key"), {QStringLiteral("signature-invalid")});
    both(QStringLiteral("invalid/nzcp-modified-payload"), {QStringLiteral("signature-invalid")});
    both(QStringLiteral("invalid/nzcp-modified-sig"), {QStringLiteral("signature-invalid")});
    // kid "key-2": not a verification method the DID document lists for assertion.
    both(QStringLiteral("invalid/nzcp-not-associated-public-key"), {QStringLiteral("unknown-key-id")});
    both(QStringLiteral("invalid/nzcp-expired-payload"), {QStringLiteral("expired")});
    both(QStringLiteral("invalid/nzcp-notactive-payload"), {QStringLiteral("not-yet-valid")});
    // Signed by a key its issuer no longer (or never) publishes: whichever the trust list lacks, the
    // issuer or the key, it is refused at the signature stage.
    table.append({QStringLiteral("invalid/nzcp-revoked-public-key.png"),
                  {QStringLiteral("unknown-issuer"), QStringLiteral("unknown-key-id")},
                  {}});
    return table;
}

PassFileObservation observe(const PassVerifier &verifier, const QDateTime &at, const QString &path)
{
    QString text;
    if (path.endsWith(u".png")) {
        QString error;
        const QStringList texts = qrTextsOfPicture(path, &error);
        if (texts.isEmpty())
            return {QStringLiteral("no-qr-code"), QStringLiteral("image"), {}, error};
        text = texts.join(u'\n');
    } else {
        const Result<QByteArray, QString> bytes = readFileBounded(path, readLimit::keyFile);
        if (!bytes)
            return {QStringLiteral("unreadable"), {}, {}, bytes.error()};
        text = QString::fromUtf8(*bytes).trimmed();
    }
    const Result<DecodedPass, PassError> pass = verifier.verify(text, at);
    if (!pass)
        return {
            errorCodeName(pass.error().code), stageName(stageOf(pass.error().code)), {}, pass.error().reason};
    // The decoder leaves a pass valid only later to the decision (the kiosk's clock may be wrong);
    // the kiosk never admits it, and the example set asks exactly that.
    if (pass->issued > at)
        return {QStringLiteral("not-yet-valid"),
                QStringLiteral("validity"),
                {},
                QStringLiteral("nbf after the check time")};
    return {QStringLiteral("verify"),
            {},
            QStringLiteral("%1 %2 %3").arg(pass->holder.given, pass->holder.family, pass->birthDate),
            {}};
}

} // namespace

int nzcpConformanceSuite(const QString &dir, const ConformanceOptions &, QTextStream &out)
{
    QTextStream err(stderr);
    const QDir root(dir);
    // Trust: the example issuer's DID document. Time: a day into the valid example's window.
    auto keys = IssuerKeys::readIssuerFile(QStringLiteral("did:web:nzcp.covid19.health.nz"),
                                           root.filePath(QStringLiteral("valid/did.json")));
    const auto example =
        readFileBounded(root.filePath(QStringLiteral("valid/nzcp.json")), readLimit::keyFile);
    const QJsonObject payload = example ? QJsonDocument::fromJson(*example).object() : QJsonObject();
    if (!keys || !payload.value(u"nbf").isDouble()) {
        err << dir << ": the example set's trust (valid/did.json) or valid/nzcp.json cannot be read"
            << (keys ? QString() : QStringLiteral(": ") + keys.error().reason) << "\n";
        return 1;
    }
    TrustStore trust;
    for (const IssuerKey &key : *keys)
        trust.addIssuerKey(key);
    const QDateTime at =
        QDateTime::fromSecsSinceEpoch(qint64(payload.value(u"nbf").toDouble()), QTimeZone::utc()).addDays(1);
    const FixedClock clock(at);
    const PassVerifier verifier(trust, clock);
    const QStringList notCases = {
        QStringLiteral("LICENSE"),
        QStringLiteral("README.md"),
        QStringLiteral("valid/did.json"),
        QStringLiteral("valid/jwk.json"),
        QStringLiteral("valid/nzcp.json"),
        QStringLiteral("valid/nzcp-cwt-hex.txt"),
        QStringLiteral("valid/nzcp-cwt-cbor-commented.txt"),
        QStringLiteral("valid/nzcp-cwt-payload-cbor-commented.txt"),
        QStringLiteral("valid/nzcp-cwt-protected-headers-cbor-commented.txt"),
        QStringLiteral("valid/nzcp-protected-headers.json"),
    };
    return runPassFileSuite(
        dir, nzcpExpectations(), notCases, [&](const QString &path) { return observe(verifier, at, path); },
        out);
}

} // namespace passgate::cli
