// passgate-demo-passes: makes the DEMO-ONLY signer and passes in resources/demo (run through
// resources/demo/make-demo.sh). A fresh document signer is generated each run and its private key
// is never written: the passes are signed here, then only the certificate is kept for the bundle.

#include "support/DccSamples.h"
#include "support/TestIssuer.h"
#include "support/TestSigner.h"
#include "trust/PassRevocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;

namespace {

const QDateTime farFuture(QDate(2046, 1, 1), QTime(0, 0), QTimeZone::utc());

QJsonObject withDemoHolder(QJsonObject payload, const QString &uci)
{
    payload.insert(QStringLiteral("nam"),
                   QJsonObject{{QStringLiteral("fn"), QStringLiteral("홍")},
                               {QStringLiteral("gn"), QStringLiteral("길동")},
                               {QStringLiteral("fnt"), QStringLiteral("HONG")},
                               {QStringLiteral("gnt"), QStringLiteral("GILDONG<DEMO")}});
    payload.insert(QStringLiteral("dob"), QStringLiteral("1990-01-01"));
    // The statement's own fields: issued in Korea by the demo "issuer", with a demo UCI.
    for (const QString &key : {QStringLiteral("v"), QStringLiteral("t"), QStringLiteral("r")}) {
        if (!payload.contains(key))
            continue;
        QJsonObject entry = payload.value(key).toArray().first().toObject();
        entry.insert(QStringLiteral("co"), QStringLiteral("KR"));
        entry.insert(QStringLiteral("is"), QStringLiteral("passgate DEMO issuer (not valid)"));
        entry.insert(QStringLiteral("ci"), uci);
        payload.insert(key, QJsonArray{entry});
    }
    return payload;
}

bool writeText(const QString &path, const QString &text, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        err << "cannot write " << path << ": " << file.errorString() << "\n";
        return false;
    }
    file.write(text.toUtf8());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes the DEMO-ONLY document signer and demo passes."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out-dir"), QStringLiteral("where to write"), QStringLiteral("DIR")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("out-dir"))) {
        err << parser.helpText();
        return 2;
    }
    const QDir out(parser.value(QStringLiteral("out-dir")));
    if (!out.mkpath(QStringLiteral("signers"))) {
        err << "cannot create " << out.filePath(QStringLiteral("signers")) << "\n";
        return 1;
    }

    TestSigner::Options options;
    options.country = QStringLiteral("KR");
    options.commonName = QStringLiteral("passgate DEMO document signer (not a real issuer)");
    options.extendedKeyUsage = {TestSigner::oidTest, TestSigner::oidVaccination, TestSigner::oidRecovery};
    options.notAfter = farFuture;
    const TestIssuer issuer(TestSigner::generate(options));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const auto spec = [&](QJsonObject payload, const QString &uci) {
        DccPassSpec s;
        s.payload = withDemoHolder(std::move(payload), uci);
        s.issuer = QStringLiteral("KR");
        s.issuedAt = now;
        s.expiresAt = farFuture;
        return s;
    };
    // valid: a booster, which counts from its own day without end under every preset.
    const DccPassSpec valid =
        spec(DccSamples::vaccination(QDate(2022, 1, 10), 3, 3), QStringLiteral("URN:UVCI:01:KR:DEMO0001#V"));
    DccPassSpec expired =
        spec(DccSamples::vaccination(QDate(2021, 11, 20), 2, 2), QStringLiteral("URN:UVCI:01:KR:DEMO0002#E"));
    expired.issuedAt = QDateTime(QDate(2021, 12, 1), QTime(0, 0), QTimeZone::utc());
    expired.expiresAt = QDateTime(QDate(2022, 6, 1), QTime(0, 0), QTimeZone::utc());
    DccPassSpec forged = valid;
    forged.payload = withDemoHolder(DccSamples::vaccination(QDate(2022, 1, 10), 3, 3),
                                    QStringLiteral("URN:UVCI:01:KR:DEMO0003#F"));
    forged.corruptSignature = true;
    // test: a negative PCR sampled when the demo was made; it counts for two days, then shows
    // what an expired test looks like.
    const DccPassSpec test = spec(DccSamples::pcrTest(now), QStringLiteral("URN:UVCI:01:KR:DEMO0004#T"));
    QJsonObject recoveryPayload = DccSamples::recovery(QDate(2022, 3, 1));
    {
        QJsonObject entry = recoveryPayload.value(QStringLiteral("r")).toArray().first().toObject();
        entry.insert(QStringLiteral("du"),
                     QStringLiteral("2045-12-31")); // demo-long, real ones end after 180 days
        recoveryPayload.insert(QStringLiteral("r"), QJsonArray{entry});
    }
    const DccPassSpec recovery = spec(recoveryPayload, QStringLiteral("URN:UVCI:01:KR:DEMO0005#R"));
    const DccPassSpec revoked =
        spec(DccSamples::vaccination(QDate(2022, 1, 10), 3, 3), QStringLiteral("URN:UVCI:01:KR:DEMO0006#X"));

    QString passes;
    using Labelled = std::pair<const char *, const DccPassSpec *>;
    for (const Labelled &labelled :
         {Labelled{"valid", &valid}, Labelled{"expired", &expired}, Labelled{"forged", &forged},
          Labelled{"test", &test}, Labelled{"recovery", &recovery}, Labelled{"revoked", &revoked}})
        passes += QLatin1String(labelled.first) + u'\t' + issuer.issue(*labelled.second) + u'\n';

    DecodedPass revokedPass;
    revokedPass.certificateId = QStringLiteral("URN:UVCI:01:KR:DEMO0006#X");
    const auto hash = revocationHash(RevocationHashType::Uci, revokedPass);
    const QString revocations =
        QStringLiteral("# the demo pass labelled \"revoked\", by its UCI\nuci ") +
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash->data()), 16).toHex()) + u'\n';

    if (!writeText(out.filePath(QStringLiteral("demo-passes.txt")), passes, err) ||
        !writeText(out.filePath(QStringLiteral("signers/demo-signer.pem")),
                   QString::fromLatin1(issuer.signer().certificatePem()), err) ||
        !writeText(out.filePath(QStringLiteral("demo-revocations.txt")), revocations, err))
        return 1;
    QTextStream(stdout) << "wrote 6 demo passes and the demo signer certificate to " << out.absolutePath()
                        << "\n";
    return 0;
}
