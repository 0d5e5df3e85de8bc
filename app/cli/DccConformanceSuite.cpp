#include "cli/DccConformanceSuite.h"

#include "common/IsoDateTime.h"
#include "formats/TrustStore.h"
#include "formats/cose/CoseSign1.h"
#include "formats/dcc/Base45.h"
#include "formats/dcc/BoundedInflate.h"
#include "formats/dcc/CwtClaims.h"
#include "formats/dcc/DccDecoder.h"
#include "formats/dcc/HcertSchema.h"
#include "formats/dcc/HcertStructure.h"
#include "policy/PassDataCheck.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace passgate::cli {

namespace {

using namespace passgate::dcc;
using passgate::cose::CoseSign1;

// What one step of passgate did with the vector's data.
struct Outcome
{
    bool ok = false;
    QString reason;
};

Outcome succeeded(const QString &reason = QString())
{
    return {true, reason};
}

Outcome failed(const QString &reason)
{
    return {false, reason};
}

template<typename T>
Outcome failed(const Result<T, PassError> &result)
{
    return {false,
            QStringLiteral("%1: %2").arg(stageName(stageOf(result.error().code)), result.error().reason)};
}

QString quoted(const QString &text, qsizetype limit = 60)
{
    return u'\'' + (text.size() > limit ? text.left(limit) + QStringLiteral("...") : text) + u'\'';
}

QString describe(const QCborValue &value)
{
    if (value.isString())
        return quoted(value.toString());
    return quoted(value.toDiagnosticNotation(QCborValue::Compact));
}

// Content comparison of two payloads, as the dgc-testdata README asks: maps by content not byte
// order, numbers by value, date-times by the instant they name ("+00:00" = "Z", a tag 0 date-time
// = its text). Returns the first difference, or nothing when they agree.
std::optional<QString> difference(const QCborValue &left, const QCborValue &right, const QString &path)
{
    auto asText = [](const QCborValue &value) -> std::optional<QString> {
        if (value.isDateTime())
            return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        if (value.isTag() && (value.tag() == QCborKnownTags::DateTimeString) &&
            value.taggedValue().isString())
            return value.taggedValue().toString();
        if (value.isString())
            return value.toString();
        return std::nullopt;
    };
    const QString where = path.isEmpty() ? QStringLiteral("/") : path;
    const std::optional<QString> leftText = asText(left), rightText = asText(right);
    if (leftText && rightText) {
        if (*leftText == *rightText)
            return std::nullopt;
        if (leftText->size() > 10 && rightText->size() > 10) {
            const auto leftInstant = parseIsoDateTime(*leftText), rightInstant = parseIsoDateTime(*rightText);
            if (leftInstant && rightInstant && *leftInstant == *rightInstant)
                return std::nullopt;
        }
        return QStringLiteral("%1: %2 vs %3").arg(where, quoted(*leftText), quoted(*rightText));
    }
    const bool leftNumber = left.isInteger() || left.isDouble(),
               rightNumber = right.isInteger() || right.isDouble();
    if (leftNumber && rightNumber) {
        if (left.toDouble() == right.toDouble())
            return std::nullopt;
        return QStringLiteral("%1: %2 vs %3").arg(where, describe(left), describe(right));
    }
    if (left.isMap() && right.isMap()) {
        const QCborMap a = left.toMap(), b = right.toMap();
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString child =
                path + u'/' + (it.key().isString() ? it.key().toString() : it.key().toDiagnosticNotation());
            if (!b.contains(it.key()))
                return QStringLiteral("%1: only on one side").arg(child);
            if (auto inner = difference(it.value(), b.value(it.key()), child))
                return inner;
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                return QStringLiteral("%1/%2: only on one side")
                    .arg(path, it.key().isString() ? it.key().toString() : it.key().toDiagnosticNotation());
        }
        return std::nullopt;
    }
    if (left.isArray() && right.isArray()) {
        const QCborArray a = left.toArray(), b = right.toArray();
        if (a.size() != b.size())
            return QStringLiteral("%1: %2 vs %3 entries").arg(where).arg(a.size()).arg(b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (auto inner = difference(a.at(i), b.at(i), path + u'/' + QString::number(i)))
                return inner;
        }
        return std::nullopt;
    }
    if (left == right)
        return std::nullopt;
    return QStringLiteral("%1: %2 vs %3").arg(where, describe(left), describe(right));
}

// The data of one vector, read once; a field that is present but unreadable is kept as an error.
struct Vector
{
    QJsonObject root;
    QJsonObject context;
    QString prefix;
    bool hasPrefix = false;

    std::optional<QByteArray> hexField(const char *key, QString *error) const
    {
        const QJsonValue value = root.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
        const QString text = value.toString();
        if (!value.isString() || !hex.match(text).hasMatch()) {
            *error = QStringLiteral("the vector's %1 is not hex").arg(QLatin1String(key));
            return QByteArray();
        }
        return QByteArray::fromHex(text.toLatin1());
    }
    bool has(const char *key) const
    {
        const QJsonValue value = root.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    }
};

// What the vector says the payload is: the JSON, or the CBOR when there is no JSON. When a vector
// carries both and they disagree (a few published vectors do), the CBOR wins: it is the encoded
// form the signature covers, the JSON only a rendering of it. The disagreement becomes a note.
struct Reference
{
    std::optional<QCborValue> payload;
    QString source;
    QStringList notes;
};

QCborValue dccLevel(const QCborValue &cbor)
{
    // Vectors hold either the DCC itself or the whole CWT claims map (-260 / 1 inside).
    if (cbor.isMap() && cbor.toMap().contains(CwtClaims::claimHcert))
        return cbor.toMap().value(CwtClaims::claimHcert).toMap().value(CwtClaims::hcertEuDcc);
    return cbor;
}

Reference referencePayload(const Vector &vector)
{
    Reference reference;
    std::optional<QCborValue> fromJson, fromCbor;
    if (vector.root.value(QLatin1String("JSON")).isObject())
        fromJson = QCborValue::fromJsonValue(vector.root.value(QLatin1String("JSON")));
    QString error;
    if (const std::optional<QByteArray> cbor = vector.hexField("CBOR", &error); cbor && error.isEmpty()) {
        QCborParserError parseError;
        const QCborValue value = QCborValue::fromCbor(*cbor, &parseError);
        if (parseError.error == QCborError::NoError)
            fromCbor = dccLevel(value);
    }
    if (fromJson && fromCbor) {
        if (const std::optional<QString> differs = difference(*fromJson, *fromCbor, QString())) {
            reference.notes.append(
                QStringLiteral("the vector's JSON and CBOR disagree (%1); the CBOR, the signed "
                               "encoding, is the reference")
                    .arg(*differs));
            reference.payload = fromCbor;
            reference.source = QStringLiteral("CBOR");
            return reference;
        }
    }
    if (fromJson) {
        reference.payload = fromJson;
        reference.source = QStringLiteral("JSON");
    } else if (fromCbor) {
        reference.payload = fromCbor;
        reference.source = QStringLiteral("CBOR");
    }
    return reference;
}

class VectorCheck
{
public:
    VectorCheck(const QJsonObject &root, const DccConformanceSuite::PictureDecoder &pictureDecoder,
                const DccConformanceSuite::PictureRenderer &pictureRenderer)
        : m_pictureDecoder(pictureDecoder)
        , m_pictureRenderer(pictureRenderer)
    {
        m_vector.root = root;
        m_vector.context = root.value(QLatin1String("TESTCTX")).toObject();
        m_vector.hasPrefix = root.value(QLatin1String("PREFIX")).isString();
        m_vector.prefix = root.value(QLatin1String("PREFIX")).toString();
        m_reference = referencePayload(m_vector);
    }

    QStringList notes() const { return m_reference.notes; }

    std::optional<Outcome> run(const QString &key) const
    {
        if (key == QLatin1String("EXPECTEDPICTUREDECODE"))
            return pictureDecode();
        if (key == QLatin1String("EXPECTEDUNPREFIX"))
            return unprefix();
        if (key == QLatin1String("EXPECTEDB45DECODE"))
            return base45Decode();
        if (key == QLatin1String("EXPECTEDCOMPRESSION"))
            return compression();
        if (key == QLatin1String("EXPECTEDVERIFY"))
            return verify();
        if (key == QLatin1String("EXPECTEDDECODE"))
            return decode();
        if (key == QLatin1String("EXPECTEDVALIDJSON"))
            return validJson();
        if (key == QLatin1String("EXPECTEDSCHEMAVALIDATION"))
            return schema();
        if (key == QLatin1String("EXPECTEDVALIDOBJECT"))
            return validObject();
        if (key == QLatin1String("EXPECTEDENCODE"))
            return encode();
        // "EXPTECTEDEXPIRED" is how some published vectors (BG, ES) misspell the expiration check.
        if (key == QLatin1String("EXPECTEDEXPIRATIONCHECK") || key == QLatin1String("EXPTECTEDEXPIRED"))
            return expiration();
        if (key == QLatin1String("EXPECTEDKEYUSAGE"))
            return keyUsage();
        // A nested "EXPECTEDRESULTS": true (some ES vectors) claims the pass as a whole is good.
        if (key == QLatin1String("EXPECTEDRESULTS"))
            return wholePass();
        return std::nullopt;
    }

private:
    // The COSE message: the COSE field, or what passgate gets out of the PREFIX text.
    Result<QByteArray, PassError> cose() const
    {
        QString error;
        if (const std::optional<QByteArray> field = m_vector.hexField("COSE", &error)) {
            if (!error.isEmpty())
                return fail(PassErrorCode::MalformedCose, error);
            return *field;
        }
        return DccDecoder::coseBytes(m_vector.prefix);
    }

    Result<CwtClaims, PassError> claims(const QByteArray &coseBytes) const
    {
        Result<CoseSign1, PassError> message = CoseSign1::parse(coseBytes);
        if (!message)
            return fail(message.error());
        return CwtClaims::parse(message->payload);
    }

    Result<CwtClaims, PassError> claims() const
    {
        Result<QByteArray, PassError> bytes = cose();
        if (!bytes)
            return fail(bytes.error());
        return claims(*bytes);
    }

    std::optional<QDateTime> clock() const
    {
        return parseIsoDateTime(m_vector.context.value(QLatin1String("VALIDATIONCLOCK")).toString());
    }

    Result<SignerCertificate, QString> certificate() const
    {
        const QByteArray der = QByteArray::fromBase64(
            m_vector.context.value(QLatin1String("CERTIFICATE")).toString().toLatin1());
        if (der.isEmpty())
            return fail(QStringLiteral("the vector has no TESTCTX.CERTIFICATE"));
        Result<X509Certificate, CryptoError> parsed = X509Certificate::fromDer(der);
        if (!parsed)
            return fail(QStringLiteral("TESTCTX.CERTIFICATE: %1").arg(parsed.error().reason));
        Result<SignerCertificate, TrustError> signer = SignerCertificate::fromCertificate(*parsed);
        if (!signer)
            return fail(QStringLiteral("TESTCTX.CERTIFICATE: %1").arg(signer.error().reason));
        return *signer;
    }

    Outcome compare(const QCborValue &decoded, const QString &what) const
    {
        if (!m_reference.payload)
            return succeeded(
                QStringLiteral("%1 decodes (the vector has no JSON or CBOR to compare)").arg(what));
        if (const std::optional<QString> differs = difference(decoded, *m_reference.payload, QString()))
            return failed(QStringLiteral("%1 differs from the vector's %2 at %3")
                              .arg(what, m_reference.source, *differs));
        return succeeded(QStringLiteral("%1 equals the vector's %2").arg(what, m_reference.source));
    }

    Outcome pictureDecode() const
    {
        if (!m_vector.hasPrefix)
            return failed(QStringLiteral("the vector has no PREFIX to compare the picture with"));
        QByteArray picture =
            QByteArray::fromBase64(m_vector.root.value(QLatin1String("2DCODE")).toString().toLatin1());
        QString error;
        QString origin = QStringLiteral("the 2DCODE picture");
        if (picture.isEmpty()) {
            origin = QStringLiteral("a QR picture drawn from PREFIX (the vector has no 2DCODE)");
            picture = m_pictureRenderer(m_vector.prefix, &error);
            if (picture.isEmpty())
                return failed(error.isEmpty() ? QStringLiteral("cannot draw PREFIX as a QR code") : error);
        }
        const QStringList texts = m_pictureDecoder(picture, &error);
        if (!error.isEmpty())
            return failed(QStringLiteral("%1: %2").arg(origin, error));
        if (texts.isEmpty())
            return failed(QStringLiteral("no QR code found in %1").arg(origin));
        if (texts.size() > 1)
            return failed(QStringLiteral("%1 QR codes found in %2").arg(texts.size()).arg(origin));
        if (texts.first() != m_vector.prefix)
            return failed(QStringLiteral("the QR code in %1 reads %2, not the PREFIX")
                              .arg(origin, quoted(texts.first())));
        return succeeded(QStringLiteral("the QR code in %1 reads the PREFIX").arg(origin));
    }

    Outcome unprefix() const
    {
        if (!m_vector.hasPrefix)
            return failed(QStringLiteral("the vector has no PREFIX"));
        Result<QStringView, PassError> base45 = DccDecoder::unprefix(m_vector.prefix);
        if (!base45)
            return failed(base45);
        if (m_vector.has("BASE45") && *base45 != m_vector.root.value(QLatin1String("BASE45")).toString())
            return failed(QStringLiteral("the text after HC1: differs from BASE45"));
        return succeeded();
    }

    // BASE45, or the text after "HC1:" in PREFIX.
    Result<QString, QString> base45Text() const
    {
        if (m_vector.has("BASE45"))
            return m_vector.root.value(QLatin1String("BASE45")).toString();
        if (!m_vector.hasPrefix)
            return fail(QStringLiteral("the vector has neither BASE45 nor PREFIX"));
        Result<QStringView, PassError> base45 = DccDecoder::unprefix(m_vector.prefix);
        if (!base45)
            return fail(base45.error().reason);
        return base45->toString();
    }

    Outcome base45Decode() const
    {
        Result<QString, QString> text = base45Text();
        if (!text)
            return failed(text.error());
        Result<QByteArray, PassError> bytes = decodeBase45(*text);
        if (!bytes)
            return failed(bytes);
        QString error;
        const std::optional<QByteArray> expected = m_vector.hexField("COMPRESSED", &error);
        if (!error.isEmpty())
            return failed(error);
        if (expected && *expected != *bytes)
            return failed(QStringLiteral("BASE45 decodes to other bytes than COMPRESSED"));
        return succeeded();
    }

    // COMPRESSED, or the base45 decoding of BASE45 / PREFIX.
    Result<QByteArray, QString> compressedBytes() const
    {
        QString error;
        if (const std::optional<QByteArray> field = m_vector.hexField("COMPRESSED", &error)) {
            if (!error.isEmpty())
                return fail(error);
            return *field;
        }
        Result<QString, QString> text = base45Text();
        if (!text)
            return fail(text.error());
        Result<QByteArray, PassError> bytes = decodeBase45(*text);
        if (!bytes)
            return fail(QStringLiteral("the vector has no COMPRESSED and its text does not decode: %1")
                            .arg(bytes.error().reason));
        return *bytes;
    }

    Outcome compression() const
    {
        Result<QByteArray, QString> compressed = compressedBytes();
        if (!compressed)
            return failed(compressed.error());
        Result<QByteArray, PassError> inflated = inflateBounded(*compressed, defaultMaxInflatedSize);
        if (!inflated)
            return failed(inflated);
        QString error;
        const std::optional<QByteArray> expected = m_vector.hexField("COSE", &error);
        if (!error.isEmpty())
            return failed(error);
        if (expected && *expected != *inflated)
            return failed(QStringLiteral("the compressed data inflates to other bytes than COSE"));
        return succeeded();
    }

    Outcome verify() const
    {
        Result<SignerCertificate, QString> signer = certificate();
        if (!signer)
            return failed(signer.error());
        TrustStore trust;
        trust.add(*signer);
        Result<QByteArray, PassError> bytes = cose();
        if (!bytes)
            return failed(bytes);
        Result<CoseSign1, PassError> message = CoseSign1::parse(*bytes);
        if (!message)
            return failed(message);
        Result<SignerCertificate, PassError> verified = DccDecoder::verifySignature(*message, trust);
        if (!verified)
            return failed(verified);
        return succeeded(QStringLiteral("the signature verifies"));
    }

    Outcome decode() const
    {
        Result<CwtClaims, PassError> decoded = claims();
        if (!decoded)
            return failed(decoded);
        return compare(QCborValue(decoded->dcc), QStringLiteral("the COSE payload"));
    }

    Outcome validJson() const
    {
        if (!m_vector.hasPrefix)
            return failed(QStringLiteral("the vector has no PREFIX"));
        Result<QByteArray, PassError> bytes = DccDecoder::coseBytes(m_vector.prefix);
        if (!bytes)
            return failed(bytes);
        Result<CwtClaims, PassError> decoded = claims(*bytes);
        if (!decoded)
            return failed(decoded);
        // The payload as passgate hands it on (JSON, for CertLogic and the ledger).
        const QJsonObject json = DccDecoder::toJson(decoded->dcc);
        return compare(QCborValue::fromJsonValue(json), QStringLiteral("the JSON decoded from PREFIX"));
    }

    // The payload passgate would validate: from the QR text, else the COSE field, else the CBOR field.
    Result<QCborMap, QString> payloadToValidate() const
    {
        QString reasons;
        if (m_vector.hasPrefix) {
            Result<QByteArray, PassError> bytes = DccDecoder::coseBytes(m_vector.prefix);
            if (bytes) {
                Result<CwtClaims, PassError> decoded = claims(*bytes);
                if (decoded)
                    return decoded->dcc;
                reasons = decoded.error().reason;
            } else {
                reasons = bytes.error().reason;
            }
        }
        if (m_vector.has("COSE")) {
            Result<CwtClaims, PassError> decoded = claims();
            if (decoded)
                return decoded->dcc;
            reasons = decoded.error().reason;
        }
        QString error;
        if (const std::optional<QByteArray> cbor = m_vector.hexField("CBOR", &error);
            cbor && error.isEmpty()) {
            const QCborValue value = dccLevel(QCborValue::fromCbor(*cbor));
            if (value.isMap())
                return value.toMap();
        }
        return fail(reasons.isEmpty() ? QStringLiteral("the vector holds no payload") : reasons);
    }

    // The published schema, nothing else (semantic checks are not the schema's).
    Outcome schema() const
    {
        Result<QCborMap, QString> payload = payloadToValidate();
        if (!payload)
            return failed(payload.error());
        Result<void, PassError> valid = HcertSchema::published().validate(DccDecoder::toJson(*payload));
        if (!valid)
            return failed(valid);
        return succeeded(
            QStringLiteral("valid under the DCC schema %1").arg(HcertSchema::publishedRelease()));
    }

    // A DCC object: the payload maps onto the data model, whatever the schema says of its values.
    Outcome validObject() const
    {
        QJsonObject dcc;
        if (Result<QCborMap, QString> payload = payloadToValidate(); payload) {
            dcc = DccDecoder::toJson(*payload);
        } else {
            const QJsonValue json = m_vector.root.value(QLatin1String("JSON"));
            if (!json.isObject())
                return failed(QStringLiteral("no payload: %1, and the vector's JSON is not an object")
                                  .arg(payload.error()));
            dcc = json.toObject();
        }
        Result<void, PassError> valid = checkHcertStructure(dcc);
        if (!valid)
            return failed(valid);
        return succeeded(QStringLiteral("the payload maps onto the DCC data model"));
    }

    Outcome encode() const
    {
        const QJsonValue json = m_vector.root.value(QLatin1String("JSON"));
        if (!json.isObject())
            return failed(QStringLiteral("the vector's JSON is not an object"));
        // JSON -> CBOR bytes -> CBOR value: the encoding passgate's issuer side would produce.
        const QByteArray encoded = QCborValue::fromJsonValue(json).toCbor();
        const QCborValue reencoded = QCborValue::fromCbor(encoded);
        QString error;
        std::optional<QCborValue> target;
        QString source;
        if (const std::optional<QByteArray> cbor = m_vector.hexField("CBOR", &error);
            cbor && error.isEmpty()) {
            target = dccLevel(QCborValue::fromCbor(*cbor));
            source = QStringLiteral("CBOR");
        } else if (Result<CwtClaims, PassError> decoded = claims(); decoded) {
            target = QCborValue(decoded->dcc);
            source = QStringLiteral("COSE payload");
        }
        if (!target)
            return failed(QStringLiteral("the vector has no CBOR or COSE payload to compare with"));
        if (const std::optional<QString> differs = difference(reencoded, *target, QString()))
            return failed(QStringLiteral("the JSON encodes to other CBOR than the vector's %1 at %2")
                              .arg(source, *differs));
        return succeeded();
    }

    Outcome expiration() const
    {
        const std::optional<QDateTime> at = clock();
        if (!at)
            return failed(QStringLiteral("TESTCTX.VALIDATIONCLOCK is not a date and time"));
        Result<CwtClaims, PassError> decoded = claims();
        if (!decoded)
            return failed(decoded);
        Result<void, PassError> valid = DccDecoder::checkValidity(*decoded, *at);
        if (!valid)
            return failed(valid);
        return succeeded();
    }

    Outcome keyUsage() const
    {
        Result<SignerCertificate, QString> signer = certificate();
        if (!signer)
            return failed(signer.error());
        Result<CwtClaims, PassError> decoded = claims();
        if (!decoded)
            return failed(decoded);
        const QJsonObject dcc = DccDecoder::toJson(decoded->dcc);
        if (hcertStatementTypes(dcc).size() != 1)
            return failed(QStringLiteral("the payload does not hold exactly one statement type"));
        Result<void, PassError> allowed = DccDecoder::checkKeyUsage(*signer, dcc);
        if (!allowed)
            return failed(allowed);
        return succeeded();
    }

    Outcome wholePass() const
    {
        Result<SignerCertificate, QString> signer = certificate();
        if (!signer)
            return failed(signer.error());
        const std::optional<QDateTime> at = clock();
        if (!at)
            return failed(QStringLiteral("TESTCTX.VALIDATIONCLOCK is not a date and time"));
        TrustStore trust;
        trust.add(*signer);
        const FixedClock fixed(*at);
        const DccDecoder decoder(trust, fixed);
        Result<DecodedPass, PassError> pass = decoder.decode(m_vector.prefix);
        if (!pass)
            return failed(pass);
        // Good as a whole: nothing left for staff (no data problem, not issued after the clock).
        if (const QList<Reason> open = passDataReasons(*pass, *at); !open.isEmpty())
            return failed(QStringLiteral("%1: %2").arg(open.first().code,
                                                       open.first().args.join(QStringLiteral(": "))));
        return succeeded();
    }

    Vector m_vector;
    Reference m_reference;
    const DccConformanceSuite::PictureDecoder &m_pictureDecoder;
    const DccConformanceSuite::PictureRenderer &m_pictureRenderer;
};

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

Result<QList<KnownDivergence>, QString> readDivergences(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object: %1").arg(error.errorString()));
    const QJsonValue list = document.object().value(QLatin1String("divergences"));
    if (!list.isArray())
        return fail(QStringLiteral("no \"divergences\" array"));
    QList<KnownDivergence> divergences;
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject entry = item.toObject();
        KnownDivergence divergence{entry.value(QLatin1String("file")).toString(),
                                   entry.value(QLatin1String("key")).toString(),
                                   entry.value(QLatin1String("expected")).toVariant().toString(),
                                   entry.value(QLatin1String("specification")).toVariant().toString(),
                                   entry.value(QLatin1String("reason")).toString()};
        if (divergence.file.isEmpty() || divergence.key.isEmpty() || divergence.reason.isEmpty() ||
            divergence.expected == divergence.actual || !entry.value(QLatin1String("expected")).isBool() ||
            !entry.value(QLatin1String("specification")).isBool())
            return fail(QStringLiteral("divergence #%1 needs file, key, reason and two different booleans "
                                       "expected / specification")
                            .arg(divergences.size() + 1));
        divergences.append(divergence);
    }
    return divergences;
}

QList<ConformanceCheck> ConformanceFileResult::mismatches() const
{
    QList<ConformanceCheck> found;
    for (const ConformanceCheck &check : checks) {
        if (check.failed())
            found.append(check);
    }
    return found;
}

ConformanceFileResult::Status ConformanceFileResult::status() const
{
    if (!mismatches().isEmpty())
        return Status::Failed;
    const bool divergent = std::any_of(checks.begin(), checks.end(),
                                       [](const ConformanceCheck &check) { return check.divergent(); });
    return divergent ? Status::Divergent : Status::Passed;
}

namespace {

int countFiles(const QList<ConformanceFileResult> &files, ConformanceFileResult::Status status)
{
    return static_cast<int>(
        std::count_if(files.begin(), files.end(),
                      [status](const ConformanceFileResult &file) { return file.status() == status; }));
}

} // namespace

int ConformanceReport::passed() const
{
    return countFiles(files, ConformanceFileResult::Status::Passed);
}

int ConformanceReport::failed() const
{
    return countFiles(files, ConformanceFileResult::Status::Failed);
}

int ConformanceReport::divergent() const
{
    return countFiles(files, ConformanceFileResult::Status::Divergent);
}

QStringList ConformanceReport::lines(bool verbose) const
{
    QStringList lines;
    for (const ConformanceFileResult &file : files) {
        for (const QString &note : file.notes)
            lines.append(QStringLiteral("note %1: %2").arg(file.file, note));
        for (const ConformanceCheck &check : file.checks) {
            if (check.matches() && !verbose)
                continue;
            const QString status = check.matches()     ? QStringLiteral("ok")
                                   : check.divergent() ? QStringLiteral("DIVERGENT")
                                                       : QStringLiteral("FAIL");
            QString line =
                QStringLiteral("%1 %2 %3: expected %4, actual %5: %6")
                    .arg(status, check.file, check.key, check.expected, check.actual, check.reason);
            if (check.divergent())
                line += QStringLiteral(" [known divergence: %1]").arg(check.divergence);
            lines.append(line);
        }
    }
    lines.append(
        QStringLiteral("%1 passed, %2 failed, %3 divergent").arg(passed()).arg(failed()).arg(divergent()));
    return lines;
}

QStringList ConformanceReport::byKeyLines() const
{
    struct Counts
    {
        int passed = 0, failed = 0, divergent = 0, skipped = 0;
    };
    QMap<QString, Counts> keys;
    for (const ConformanceFileResult &file : files) {
        for (const ConformanceCheck &check : file.checks) {
            Counts &counts = keys[check.key];
            if (check.matches())
                ++counts.passed;
            else if (check.divergent())
                ++counts.divergent;
            else if (check.actual == u"skipped")
                ++counts.skipped;
            else
                ++counts.failed;
        }
    }
    QStringList lines{QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(QStringLiteral("key"), -28)
                          .arg(QStringLiteral("passed"), 7)
                          .arg(QStringLiteral("failed"), 7)
                          .arg(QStringLiteral("divergent"), 10)
                          .arg(QStringLiteral("skipped"), 8)};
    for (auto it = keys.begin(); it != keys.end(); ++it)
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(it.key(), -28)
                         .arg(it->passed, 7)
                         .arg(it->failed, 7)
                         .arg(it->divergent, 10)
                         .arg(it->skipped, 8));
    return lines;
}

DccConformanceSuite::DccConformanceSuite(PictureDecoder pictureDecoder, PictureRenderer pictureRenderer,
                                         QList<KnownDivergence> divergences)
    : m_pictureDecoder(std::move(pictureDecoder))
    , m_pictureRenderer(std::move(pictureRenderer))
    , m_divergences(std::move(divergences))
{}

ConformanceFileResult DccConformanceSuite::checkVector(const QJsonObject &vector, const QString &name) const
{
    ConformanceFileResult result;
    result.file = name;
    const VectorCheck check(vector, m_pictureDecoder, m_pictureRenderer);
    result.notes = check.notes();
    const QJsonObject expectations = vector.value(QLatin1String("EXPECTEDRESULTS")).toObject();
    if (expectations.isEmpty())
        result.checks.append({name, QStringLiteral("EXPECTEDRESULTS"), QStringLiteral("keys"),
                              QStringLiteral("none"), QStringLiteral("the vector states no expected results"),
                              QString()});
    for (auto it = expectations.begin(); it != expectations.end(); ++it) {
        if (!it.value().isBool()) {
            result.checks.append({name, it.key(), it.value().toVariant().toString(),
                                  QStringLiteral("skipped"),
                                  QStringLiteral("the expected value is not true or false"), QString()});
            continue;
        }
        const bool expected = it.value().toBool();
        const std::optional<Outcome> outcome = check.run(it.key());
        if (!outcome) {
            result.checks.append({name, it.key(), boolText(expected), QStringLiteral("skipped"),
                                  QStringLiteral("passgate does not check this key"), QString()});
            continue;
        }
        ConformanceCheck done{name,
                              it.key(),
                              boolText(expected),
                              boolText(outcome->ok),
                              outcome->reason.isEmpty() ? QStringLiteral("the step succeeded")
                                                        : outcome->reason,
                              QString()};
        for (const KnownDivergence &known : m_divergences) {
            if (known.file != name || known.key != done.key || known.expected != done.expected)
                continue;
            if (known.actual == done.actual && !done.matches())
                done.divergence = known.reason;
            else if (done.matches())
                result.notes.append(
                    QStringLiteral("listed as a divergence in %1, but it no longer diverges").arg(done.key));
        }
        result.checks.append(done);
    }
    return result;
}

ConformanceFileResult DccConformanceSuite::checkFile(const QString &path, const QString &name) const
{
    QFile file(path);
    QJsonParseError error;
    const QJsonDocument document =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    if (!document.isObject()) {
        ConformanceFileResult result;
        result.file = name;
        result.checks.append({name, QStringLiteral("file"), QStringLiteral("a JSON test vector"),
                              QStringLiteral("unreadable"),
                              file.isOpen() ? error.errorString() : file.errorString(), QString()});
        return result;
    }
    return checkVector(document.object(), name);
}

ConformanceReport DccConformanceSuite::run(const QString &directory) const
{
    // Names relative to the folder, whichever way it was given ("../shared/testdata/dcc" too): the
    // divergence list names files that way, and QDir::relativeFilePath needs absolute paths for it.
    const QDir root(QFileInfo(directory).absoluteFilePath());
    QStringList paths;
    QDirIterator it(root.path(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    ConformanceReport report;
    for (const QString &path : paths)
        report.files.append(checkFile(path, root.relativeFilePath(path)));
    return report;
}

} // namespace passgate::cli
