#include "cli/ConformanceSuite.h"
#include "cli/PassFileConformance.h"
#include "common/BoundedRead.h"
#include "common/Clock.h"
#include "formats/PassVerifier.h"
#include "formats/shc/ShcDecoder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passgate::cli {

namespace {

const QString exampleIssuer = QStringLiteral("https://spec.smarthealth.cards/examples/issuer");
// The reference validator's "not SMART" key set, trusted here for an issuer of its own so that a card
// naming one of its keys is a key of another issuer, as the README's kid-mismatch row has it.
const QString otherIssuer = QStringLiteral("https://spec.smarthealth.cards/examples/not-smart-issuer");

// The SMART Health Cards example set (../shared/testdata/shc/README.md), one row per file.
QList<PassFileExpectation> shcExpectations()
{
    const auto jws = [](const char *name) {
        return QStringLiteral("invalid/test-example-00-d-jws-%1.txt").arg(QLatin1String(name));
    };
    const auto qr = [](const char *name) {
        return QStringLiteral("invalid/test-example-00-f-qr-code-numeric-value-0-%1.txt")
            .arg(QLatin1String(name));
    };
    const auto picture = [](const char *name) {
        return QStringLiteral("invalid/test-example-00-g-qr-code-0-%1").arg(QLatin1String(name));
    };
    const QStringList verify = {QStringLiteral("verify")};
    const QStringList signature = {QStringLiteral("signature-invalid")};
    const QStringList header = {QStringLiteral("malformed-jws")};
    const QStringList chunk = {QStringLiteral("invalid-chunk")};
    const QStringList numeric = {QStringLiteral("invalid-numeric")};
    const QString twoDoses = QStringLiteral("doses 2");
    return {
        {QStringLiteral("valid/example-00-f-qr-code-numeric-value-0.txt"), verify, twoDoses},
        // Valid cards photographed small, and one whose QR segments the reference validator frowns on.
        {picture("scaled-23.jpg"), verify, twoDoses},
        {picture("scaled-85.jpg"), verify, twoDoses},
        {picture("single_qr_segment.png"), verify, twoDoses},
        {picture("corrupted.png"), {QStringLiteral("no-qr-code")}, {}},
        {jws("invalid-signature"), signature, {}},
        {jws("wrong_jws_header_kid"), {QStringLiteral("unknown-key-id")}, {}},
        {jws("issuer-kid-mismatch"), {QStringLiteral("key-not-of-issuer")}, {}},
        {jws("issuer-not-valid-with-smart-key"),
         {QStringLiteral("signature-invalid"), QStringLiteral("unknown-key-id"),
          QStringLiteral("unknown-issuer")},
         {}},
        {jws("no_jws_header_alg"), header, {}},
        {jws("no_jws_header_kid"), header, {}},
        {jws("no_jws_header_zip"), header, {}},
        // ES256 in JWS is raw r || s (RFC 7518 §3.4), never DER.
        {jws("der-signature"), signature, {}},
        {jws("der-signature-r-neg"), signature, {}},
        {jws("der-signature-s-neg"), signature, {}},
        {jws("der-signature-rs-neg"), signature, {}},
        {jws("no_deflate"), {QStringLiteral("not-compressed"), QStringLiteral("corrupt-compression")}, {}},
        {QStringLiteral("invalid/test-example-00-e-file-no_deflate.smart-health-card"),
         {QStringLiteral("not-compressed"), QStringLiteral("corrupt-compression")},
         {}},
        {QStringLiteral("invalid/test-example-00-e-file-invalid_deflate.smart-health-card"),
         {QStringLiteral("corrupt-compression"), QStringLiteral("not-compressed")},
         {}},
        // Longer than one QR code carries: refusing and verifying are both right, crashing is not.
        {jws("jws_too_long"),
         {QStringLiteral("verify"), QStringLiteral("staff-check"), QStringLiteral("too-large"),
          QStringLiteral("malformed-jws")},
         {}},
        {jws("trailing_chars"), header, {}},
        {jws("utf8_bom_prefix"), header, {}},
        {jws("bad-fhir-metadata"),
         {QStringLiteral("staff-check"), QStringLiteral("malformed-credential")},
         {}},
        {qr("wrong_qr_header"), {QStringLiteral("unknown-prefix")}, {}},
        {qr("odd-count"), numeric, {}},
        {qr("number-too-big"), numeric, {}},
        {qr("wrong-multi-chunk"), chunk, {}},
        {qr("index-out-of-range"), chunk, {}},
        {qr("qr_chunk_too_small"), chunk, {}},
        // Whitespace around the digits: the text is not a "shc:/" text as scanned.
        {qr("trailing_chars"), {QStringLiteral("unknown-prefix"), QStringLiteral("invalid-numeric")}, {}},
        {QStringLiteral("invalid/test-example-00-b-jws-payload-expanded-expired.json"),
         {QStringLiteral("expired")},
         {}},
        {QStringLiteral("invalid/test-example-00-b-jws-payload-expanded-nbf_not_yet_valid.json"),
         {QStringLiteral("not-yet-valid")},
         {}},
    };
}

PassFileObservation refused(const PassError &error)
{
    return {errorCodeName(error.code), stageName(stageOf(error.code)), {}, error.reason};
}

PassFileObservation verified(const DecodedPass &pass, const QDateTime &at)
{
    // Valid only later: the kiosk's decision sends it to staff (reason clock), never admits it.
    if (pass.issued > at)
        return {QStringLiteral("not-yet-valid"),
                QStringLiteral("validity"),
                {},
                QStringLiteral("nbf after the check time")};
    if (!pass.dataProblems.isEmpty())
        return {QStringLiteral("staff-check"),
                QStringLiteral("schema"),
                {},
                pass.dataProblems.constFirst().detail};
    const auto *vaccination = std::get_if<Vaccination>(&pass.statement);
    return {QStringLiteral("verify"),
            {},
            vaccination ? QStringLiteral("doses %1").arg(vaccination->doseNumber)
                        : statementTypeCode(statementType(pass.statement)),
            {}};
}

class ShcExamples
{
public:
    ShcExamples(const TrustStore &trust, const QDateTime &at)
        : m_clock(at)
        , m_at(at)
        , m_verifier(trust, m_clock)
        , m_decoder(trust, m_clock)
    {}

    PassFileObservation observe(const QString &path) const
    {
        if (path.endsWith(u".jpg") || path.endsWith(u".png")) {
            QString error;
            const QStringList texts = qrTextsOfPicture(path, &error);
            if (texts.isEmpty())
                return {QStringLiteral("no-qr-code"), QStringLiteral("image"), {}, error};
            return fromText(texts.join(u'\n'));
        }
        const Result<QByteArray, QString> bytes = readFileBounded(path, readLimit::keyFile);
        if (!bytes)
            return {QStringLiteral("unreadable"), {}, {}, bytes.error()};
        if (path.endsWith(u".smart-health-card"))
            return fromFile(*bytes);
        if (path.endsWith(u".json"))
            return fromClaims(*bytes);
        // A QR text goes through the kiosk's entry point, a JWS straight to the decoder; either way
        // exactly as the file holds it, whitespace around it included.
        if (bytes->trimmed().startsWith("shc:"))
            return fromText(QString::fromUtf8(*bytes));
        return fromJws(*bytes);
    }

private:
    // As the kiosk reads a scan: through the one entry point, which strips line ends at the edges only.
    PassFileObservation fromText(const QString &text) const
    {
        const auto pass = m_verifier.verify(text, m_at);
        return pass ? verified(*pass, m_at) : refused(pass.error());
    }
    // A JWS exactly as the file holds it: anything around it is part of what is checked.
    PassFileObservation fromJws(QByteArrayView jws) const
    {
        const auto pass = m_decoder.decodeJws(jws, m_at);
        return pass ? verified(*pass, m_at) : refused(pass.error());
    }
    // The file form: {"verifiableCredential": [JWS, ...]}; every card in it must hold.
    PassFileObservation fromFile(const QByteArray &json) const
    {
        const QJsonArray cards =
            QJsonDocument::fromJson(json).object().value(u"verifiableCredential").toArray();
        if (cards.isEmpty())
            return {
                QStringLiteral("malformed-file"), {}, {}, QStringLiteral("no verifiableCredential array")};
        PassFileObservation last;
        for (const QJsonValue &card : cards) {
            last = fromJws(card.toString().toUtf8());
            if (last.outcome != u"verify")
                break;
        }
        return last;
    }
    // An expanded payload: the claims and validity stages on their own.
    PassFileObservation fromClaims(const QByteArray &json) const
    {
        const auto claims = shc::ShcDecoder::parseClaims(json);
        if (!claims)
            return refused(claims.error());
        if (const auto valid = shc::ShcDecoder::checkValidity(*claims, m_at); !valid)
            return refused(valid.error());
        return {QStringLiteral("verify"), {}, {}, {}};
    }

    FixedClock m_clock;
    QDateTime m_at;
    PassVerifier m_verifier;
    shc::ShcDecoder m_decoder;
};

} // namespace

int shcConformanceSuite(const QString &dir, const ConformanceOptions &, QTextStream &out)
{
    QTextStream err(stderr);
    const QDir root(dir);
    TrustStore trust;
    for (const auto &[issuer, file] :
         {std::pair{exampleIssuer, QStringLiteral("issuer-jwks.json")},
          std::pair{otherIssuer, QStringLiteral("invalid/issuer.jwks.public.not.smart.json")}}) {
        auto keys = IssuerKeys::readIssuerFile(issuer, root.filePath(file));
        if (!keys) {
            err << dir << ": " << keys.error().reason << "\n";
            return 1;
        }
        for (const IssuerKey &key : *keys)
            trust.addIssuerKey(key);
    }
    // example-00 has no exp and an nbf in 2021: it is checked now, as a kiosk would.
    const ShcExamples examples(trust, SystemClock().now());
    const QStringList notCases = {
        QStringLiteral("README.md"), QStringLiteral("LICENSE-spec"), QStringLiteral("LICENSE-validation-sdk"),
        QStringLiteral("issuer-jwks.json"), QStringLiteral("invalid/issuer.jwks.public.not.smart.json")};
    return runPassFileSuite(
        dir, shcExpectations(), notCases, [&](const QString &path) { return examples.observe(path); }, out);
}

} // namespace passgate::cli
