#include "support/TestIssuer.h"

#include "formats/dcc/Base45.h"

#include <QCborArray>
#include <QCborValue>

#include <zlib.h>

namespace passgate::test {

namespace {

QCborValue numericDate(const QDateTime &at, bool fractional)
{
    if (fractional)
        return QCborValue(static_cast<double>(at.toMSecsSinceEpoch()) / 1000.0 + 0.25);
    return QCborValue(static_cast<qint64>(at.toSecsSinceEpoch()));
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
    stages.base45 = dcc::encodeBase45(stages.compressed);
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
