#include "support/TestIssuer.h"

#include "formats/dcc/Base45.h"

#include <QCborArray>
#include <QCborValue>

#include <zlib.h>

#include <algorithm>

namespace passgate::test {

namespace {

QCborValue numericDate(const QDateTime &at, bool fractional)
{
    if (fractional)
        return QCborValue(static_cast<double>(at.toMSecsSinceEpoch()) / 1000.0 + 0.25);
    return QCborValue(static_cast<qint64>(at.toSecsSinceEpoch()));
}

// The issuer side must not rest on the verifier's own encoder alone: if both were wrong the same
// way, every pass would still round-trip. So the encoder is first held to RFC 9285's published
// examples (§4.1-4.3); a test run stops here rather than issue passes a real issuer would not.
QString base45(QByteArrayView data)
{
    static const bool agreesWithTheRfc = [] {
        const std::pair<QByteArray, QString> examples[] = {
            {QByteArray("AB"), QStringLiteral("BB8")},
            {QByteArray("Hello!!"), QStringLiteral("%69 VD92EX0")},
            {QByteArray("base-45"), QStringLiteral("UJCLQE7W581")},
            {QByteArray("ietf!"), QStringLiteral("QED8WEX0")},
        };
        return std::all_of(std::begin(examples), std::end(examples), [](const auto &example) {
            return dcc::encodeBase45(example.first) == example.second;
        });
    }();
    if (!agreesWithTheRfc)
        qFatal("TestIssuer: the Base45 encoder disagrees with RFC 9285's examples");
    return dcc::encodeBase45(data);
}

} // namespace

TestIssuer::TestIssuer(TestSigner signer)
    : m_signer(std::move(signer))
{}

QByteArray TestIssuer::claims(const DccPassSpec &spec) const
{
    if (spec.claimsOverride)
        return QCborValue(*spec.claimsOverride).toCbor();
    QCborMap claims;
    if (!spec.issuer.isEmpty())
        claims.insert(1, spec.issuer);
    if (spec.expiresAt.isValid())
        claims.insert(4, numericDate(spec.expiresAt, spec.fractionalTimes));
    if (spec.issuedAt.isValid())
        claims.insert(6, numericDate(spec.issuedAt, spec.fractionalTimes));
    QCborMap hcert;
    hcert.insert(1, QCborMap::fromJsonObject(spec.payload));
    claims.insert(-260, hcert);
    return QCborValue(claims).toCbor();
}

QByteArray TestIssuer::cose(const DccPassSpec &spec) const
{
    const int algorithm = spec.algorithm.value_or(m_signer.coseAlgorithm());
    const QByteArray protectedKid = spec.protectedKid.value_or(m_signer.kid());
    const QByteArray unprotectedKid = spec.unprotectedKid.value_or(m_signer.kid());

    QCborMap protectedHeader, unprotectedHeader;
    if (spec.algPlacement == DccPassSpec::AlgPlacement::Protected)
        protectedHeader.insert(1, algorithm);
    else if (spec.algPlacement == DccPassSpec::AlgPlacement::Unprotected)
        unprotectedHeader.insert(1, algorithm);
    if (spec.kidPlacement == DccPassSpec::KidPlacement::Protected ||
        spec.kidPlacement == DccPassSpec::KidPlacement::Both)
        protectedHeader.insert(4, protectedKid);
    if (spec.kidPlacement == DccPassSpec::KidPlacement::Unprotected ||
        spec.kidPlacement == DccPassSpec::KidPlacement::Both)
        unprotectedHeader.insert(4, unprotectedKid);

    // An empty protected header is the empty byte string, not an encoded empty map (RFC 9052 §3).
    const QByteArray protectedBytes =
        protectedHeader.isEmpty() ? QByteArray() : QCborValue(protectedHeader).toCbor();
    const QByteArray payload = spec.payloadBytes.value_or(claims(spec));
    const QByteArray toBeSigned =
        QCborValue(QCborArray{QStringLiteral("Signature1"), protectedBytes, QByteArray(), payload}).toCbor();
    QByteArray signature = m_signer.sign(toBeSigned);
    if (spec.corruptSignature)
        signature[signature.size() / 2] = static_cast<char>(signature[signature.size() / 2] ^ 0x01);

    QCborValue message(QCborArray{protectedBytes, unprotectedHeader, payload, signature});
    if (spec.coseTag)
        message = QCborValue(QCborTag(18), message);
    if (spec.cwtTag)
        message = QCborValue(QCborTag(61), message);
    return message.toCbor();
}

TestIssuer::Stages TestIssuer::stages(const DccPassSpec &spec) const
{
    Stages stages;
    stages.claims = spec.payloadBytes.value_or(claims(spec));
    stages.cose = cose(spec);
    stages.compressed = spec.compress ? zlibCompress(stages.cose) : stages.cose;
    stages.base45 = base45(stages.compressed);
    stages.text = spec.prefix + stages.base45;
    return stages;
}

QByteArray TestIssuer::compressed(const DccPassSpec &spec) const
{
    return stages(spec).compressed;
}

QString TestIssuer::issue(const DccPassSpec &spec) const
{
    return stages(spec).text;
}

QByteArray TestIssuer::zlibCompress(const QByteArray &data)
{
    uLongf length = compressBound(static_cast<uLong>(data.size()));
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &length,
                  reinterpret_cast<const Bytef *>(data.constData()), static_cast<uLong>(data.size()),
                  Z_BEST_COMPRESSION) != Z_OK)
        qFatal("TestIssuer: zlib compression failed");
    out.resize(static_cast<qsizetype>(length));
    return out;
}

} // namespace passgate::test
