#include "support/TestNzcpIssuer.h"

#include "formats/Jwk.h"
#include "formats/nzcp/Base32.h"

#include <QCborArray>
#include <QCborValue>

#include <algorithm>

namespace passgate::test {

namespace {

// As TestIssuer does for base45: the issuer side must not rest on the verifier's encoder alone, so
// it is first held to RFC 4648's published base32 examples (§10, without their padding).
QString base32(QByteArrayView data)
{
    static const bool agreesWithTheRfc = [] {
        const std::pair<QByteArray, QString> examples[] = {
            {QByteArray("f"), QStringLiteral("MY")},
            {QByteArray("fo"), QStringLiteral("MZXQ")},
            {QByteArray("foo"), QStringLiteral("MZXW6")},
            {QByteArray("foob"), QStringLiteral("MZXW6YQ")},
            {QByteArray("fooba"), QStringLiteral("MZXW6YTB")},
            {QByteArray("foobar"), QStringLiteral("MZXW6YTBOI")},
        };
        return std::all_of(std::begin(examples), std::end(examples), [](const auto &example) {
            return nzcp::encodeBase32(example.first) == example.second;
        });
    }();
    if (!agreesWithTheRfc)
        qFatal("TestNzcpIssuer: the base32 encoder disagrees with RFC 4648's examples");
    return nzcp::encodeBase32(data);
}

QCborArray texts(const QStringList &list)
{
    QCborArray array;
    for (const QString &text : list)
        array.append(text);
    return array;
}

} // namespace

TestNzcpIssuer::TestNzcpIssuer(TestSigner signer)
    : m_signer(std::move(signer))
{}

QByteArray TestNzcpIssuer::claims(const NzcpPassSpec &spec) const
{
    if (spec.claimsOverride)
        return QCborValue(*spec.claimsOverride).toCbor();
    QCborMap subject{{QStringLiteral("givenName"), spec.givenName}, {QStringLiteral("dob"), spec.dob}};
    if (!spec.familyName.isEmpty())
        subject.insert(QStringLiteral("familyName"), spec.familyName);
    const QCborMap vc{
        {QStringLiteral("@context"), texts({QStringLiteral("https://www.w3.org/2018/credentials/v1"),
                                            QStringLiteral("https://nzcp.covid19.health.nz/contexts/v1")})},
        {QStringLiteral("version"), spec.version},
        {QStringLiteral("type"), texts(spec.types)},
        {QStringLiteral("credentialSubject"), subject}};
    QCborMap claims;
    claims.insert(1, spec.issuer);
    claims.insert(5, spec.notBefore.toSecsSinceEpoch());
    claims.insert(4, spec.expires.toSecsSinceEpoch());
    claims.insert(7, QByteArray::fromHex("60a4f54d4e304332be33ad78b1eafa4b"));
    claims.insert(QStringLiteral("vc"), vc);
    return QCborValue(claims).toCbor();
}

QByteArray TestNzcpIssuer::cose(const NzcpPassSpec &spec) const
{
    QCborMap protectedHeader{{1, spec.algorithm}};
    QCborMap unprotectedHeader;
    (spec.kidProtected ? protectedHeader : unprotectedHeader).insert(4, spec.kid.toUtf8());
    const QByteArray protectedBytes = QCborValue(protectedHeader).toCbor();
    const QByteArray payload = claims(spec);
    const QByteArray toBeSigned =
        QCborValue(QCborArray{QStringLiteral("Signature1"), protectedBytes, QByteArray(), payload}).toCbor();
    QByteArray signature = m_signer.sign(toBeSigned);
    if (spec.flipSignatureBit)
        signature[10] = char(signature[10] ^ 0x01);
    const QCborArray message{protectedBytes, unprotectedHeader, payload, signature};
    return spec.coseTag ? QCborValue(QCborTag(18), message).toCbor() : QCborValue(message).toCbor();
}

QString TestNzcpIssuer::issue(const NzcpPassSpec &spec) const
{
    return spec.prefix + base32(cose(spec));
}

IssuerKey TestNzcpIssuer::issuerKey(const NzcpPassSpec &spec) const
{
    const QJsonObject jwk = m_signer.publicJwk();
    auto ec = EcJwk::fromJson(jwk);
    if (!ec)
        qFatal("TestNzcpIssuer: its own key does not read as a JWK");
    return {PassFormat::NzCovidPass, spec.issuer, spec.kid, QStringLiteral("NZ"), jwk, ec->key};
}

} // namespace passgate::test
