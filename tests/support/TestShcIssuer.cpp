#include "support/TestShcIssuer.h"

#include "common/Base64Url.h"
#include "crypto/EcdsaSignatureFormat_p.h"
#include "formats/Jwk.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <zlib.h>

namespace passgate::test {

const QString TestShcIssuer::defaultIssuer = QStringLiteral("https://issuer.passgate.test/shc");

namespace {

QJsonValue numericDate(const QDateTime &at, bool fractional)
{
    if (fractional)
        return double(at.toMSecsSinceEpoch()) / 1000.0 + 0.25;
    return double(at.toSecsSinceEpoch());
}

QJsonObject coding(const QString &system, const QString &code)
{
    return {{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
}

QJsonObject entry(int index, const QJsonObject &resource)
{
    return {{QStringLiteral("fullUrl"), QStringLiteral("resource:%1").arg(index)},
            {QStringLiteral("resource"), resource}};
}

// The verifier's numeric decoder must not be checked against its own encoder alone: this one is
// written from the spec's words (Ord(c) - 45, two digits) and held to its worked example ('X' -> 43).
QString encodeDigits(QByteArrayView jws)
{
    QString digits;
    for (const char c : jws)
        digits += QStringLiteral("%1").arg(int(c) - 45, 2, 10, QLatin1Char('0'));
    return digits;
}

} // namespace

TestShcIssuer::TestShcIssuer(TestSigner signer, QString issuer)
    : m_signer(std::move(signer))
    , m_issuer(std::move(issuer))
{
    if (!m_signer.isEc() || m_signer.keyType() != TestSigner::KeyType::EcP256)
        qFatal("TestShcIssuer: SMART Health Cards are signed with P-256 keys");
}

QJsonObject TestShcIssuer::publicJwk() const
{
    return m_signer.publicJwk();
}

QString TestShcIssuer::kid() const
{
    Result<EcJwk, QString> jwk = EcJwk::fromJson(publicJwk());
    if (!jwk)
        qFatal("TestShcIssuer: own key refused: %s", qPrintable(jwk.error()));
    return jwk->thumbprint;
}

IssuerKey TestShcIssuer::issuerKey(const QString &country) const
{
    Result<EcJwk, QString> jwk = EcJwk::fromJson(publicJwk());
    if (!jwk)
        qFatal("TestShcIssuer: own key refused: %s", qPrintable(jwk.error()));
    return IssuerKey{
        PassFormat::SmartHealthCard, m_issuer, jwk->thumbprint, country, jwk->toJson(), jwk->key};
}

QByteArray TestShcIssuer::keySet() const
{
    QJsonObject jwk = publicJwk();
    jwk.insert(QStringLiteral("kid"), kid());
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    jwk.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject TestShcIssuer::bundle(const ShcCardSpec &spec) const
{
    if (spec.bundleOverride)
        return *spec.bundleOverride;
    QJsonArray entries;
    QJsonObject name{{QStringLiteral("family"), spec.familyName},
                     {QStringLiteral("given"), QJsonArray::fromStringList(spec.givenNames)}};
    entries.append(entry(0, {{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                             {QStringLiteral("name"), QJsonArray{name}},
                             {QStringLiteral("birthDate"), spec.birthDate}}));
    const QJsonObject patient{{QStringLiteral("reference"), QStringLiteral("resource:0")}};
    for (const ShcCardSpec::Immunization &dose : spec.immunizations) {
        entries.append(
            entry(int(entries.size()),
                  {{QStringLiteral("resourceType"), QStringLiteral("Immunization")},
                   {QStringLiteral("status"), dose.status},
                   {QStringLiteral("vaccineCode"),
                    QJsonObject{{QStringLiteral("coding"), QJsonArray{coding(dose.system, dose.code)}}}},
                   {QStringLiteral("patient"), patient},
                   {QStringLiteral("occurrenceDateTime"), dose.date.toString(Qt::ISODate)}}));
    }
    for (const ShcCardSpec::LabResult &lab : spec.labResults) {
        QJsonObject observation{
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("status"), lab.status},
            {QStringLiteral("code"),
             QJsonObject{{QStringLiteral("coding"),
                          QJsonArray{coding(QStringLiteral("http://loinc.org"), lab.loinc)}}}},
            {QStringLiteral("subject"), patient},
            {QStringLiteral("effectiveDateTime"), lab.effective.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("valueCodeableConcept"),
             QJsonObject{{QStringLiteral("coding"),
                          QJsonArray{coding(QStringLiteral("http://snomed.info/sct"), lab.result)}}}}};
        if (!lab.performer.isEmpty())
            observation.insert(QStringLiteral("performer"),
                               QJsonArray{QJsonObject{{QStringLiteral("display"), lab.performer}}});
        entries.append(entry(int(entries.size()), observation));
    }
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("entry"), entries}};
}

QByteArray TestShcIssuer::claims(const ShcCardSpec &spec) const
{
    if (spec.payloadOverride)
        return *spec.payloadOverride;
    QJsonObject claims;
    if (spec.claimsOverride) {
        claims = *spec.claimsOverride;
    } else {
        claims.insert(QStringLiteral("iss"), spec.issuer.value_or(m_issuer));
        if (spec.notBefore.isValid())
            claims.insert(QStringLiteral("nbf"), numericDate(spec.notBefore, spec.fractionalTimes));
        if (spec.expires.isValid())
            claims.insert(QStringLiteral("exp"), numericDate(spec.expires, spec.fractionalTimes));
        const QJsonObject subject{{QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
                                  {QStringLiteral("fhirBundle"), bundle(spec)}};
        claims.insert(QStringLiteral("vc"),
                      QJsonObject{{QStringLiteral("type"), QJsonArray::fromStringList(spec.types)},
                                  {QStringLiteral("credentialSubject"), subject}});
    }
    if (spec.paddingBytes > 0)
        claims.insert(QStringLiteral("padding"), QString(spec.paddingBytes, u'x'));
    return QJsonDocument(claims).toJson(QJsonDocument::Compact);
}

QByteArray TestShcIssuer::jws(const ShcCardSpec &spec) const
{
    QJsonObject header;
    if (spec.zipHeader)
        header.insert(QStringLiteral("zip"), QStringLiteral("DEF"));
    const QString alg = spec.alg.value_or(QStringLiteral("ES256"));
    if (!alg.isEmpty())
        header.insert(QStringLiteral("alg"), alg);
    const QString keyId = spec.kid.value_or(kid());
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);

    const QByteArray json = claims(spec);
    const QByteArray payload = !spec.compress ? json
                               : spec.zlibHeader
                                   ? qCompress(json).sliced(4) // qCompress: 4 bytes length, then zlib
                                   : rawDeflate(json);
    const QByteArray signingInput = encodeBase64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' + encodeBase64Url(payload);
    QByteArray signature = m_signer.sign(signingInput);
    if (spec.corruptSignature)
        signature[signature.size() / 2] = static_cast<char>(signature[signature.size() / 2] ^ 0x01);
    if (spec.derSignature)
        signature = ecdsaRawToDer(signature);
    return signingInput + '.' + encodeBase64Url(signature);
}

QString TestShcIssuer::qr(const ShcCardSpec &spec) const
{
    return QStringLiteral("shc:/") + numeric(jws(spec));
}

QStringList TestShcIssuer::chunks(const ShcCardSpec &spec, int count) const
{
    return splitIntoChunks(jws(spec), count);
}

QByteArray TestShcIssuer::rawDeflate(const QByteArray &data)
{
    z_stream stream{};
    // Negative window bits: raw DEFLATE (RFC 1951), as the spec's "zip": "DEF" means.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("TestShcIssuer: deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("TestShcIssuer: deflate failed");
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QString TestShcIssuer::numeric(QByteArrayView jws)
{
    static const bool agreesWithTheSpec = encodeDigits("X") == u"43" && encodeDigits("-z") == u"0077";
    if (!agreesWithTheSpec)
        qFatal("TestShcIssuer: the numeric encoder disagrees with the spec's example");
    return encodeDigits(jws);
}

QStringList TestShcIssuer::splitIntoChunks(const QByteArray &jws, int count)
{
    // Balanced, as the spec asks: the first chunks one character longer where it does not divide.
    QStringList chunks;
    qsizetype start = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype size = jws.size() / count + (i < jws.size() % count ? 1 : 0);
        chunks.append(
            QString(QStringLiteral("shc:/%1/%2/").arg(i + 1).arg(count) + numeric(jws.sliced(start, size))));
        start += size;
    }
    return chunks;
}

} // namespace passgate::test
