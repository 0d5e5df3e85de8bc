#include "formats/Jwk.h"

#include "common/Base64Url.h"
#include "crypto/Sha256_p.h"

namespace passgate {

namespace {

// DER SubjectPublicKeyInfo of a P-256 key up to its point: SEQUENCE { SEQUENCE { id-ecPublicKey,
// prime256v1 }, BIT STRING { 0x04 (uncompressed) ... } }; x and y follow.
const QByteArray p256SpkiPrefix =
    QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d03010703420004");

std::optional<QByteArray> coordinate(const QJsonObject &jwk, QStringView name)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString())
        return std::nullopt;
    auto bytes = decodeBase64Url(value.toString().toLatin1());
    if (!bytes || bytes->size() != 32 || value.toString().size() != 43)
        return std::nullopt;
    return bytes;
}

} // namespace

Result<EcJwk, QString> EcJwk::fromJson(const QJsonObject &jwk)
{
    if (jwk.contains(u"d"))
        return fail(
            QStringLiteral("the key carries its private part (\"d\"); a trust list holds public keys only"));
    if (jwk.value(u"kty").toString() != u"EC")
        return fail(QStringLiteral("kty is \"%1\", not \"EC\"").arg(jwk.value(u"kty").toString()));
    if (jwk.value(u"crv").toString() != u"P-256")
        return fail(QStringLiteral("crv is \"%1\", not \"P-256\"").arg(jwk.value(u"crv").toString()));
    const std::optional<QByteArray> x = coordinate(jwk, u"x");
    const std::optional<QByteArray> y = coordinate(jwk, u"y");
    if (!x || !y)
        return fail(QStringLiteral("x and y must be base64url of 32 bytes each"));
    auto key = PublicKey::fromSubjectPublicKeyInfo(QByteArray(p256SpkiPrefix + *x + *y));
    if (!key)
        return fail(QStringLiteral("x, y is not a point of P-256: ") + key.error().reason);
    EcJwk result;
    result.x = *x;
    result.y = *y;
    result.key = std::move(key).value();
    // RFC 7638 §3.2: the required members only, lexicographic order, no whitespace.
    const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + encodeBase64Url(*x) +
                                 "\",\"y\":\"" + encodeBase64Url(*y) + "\"}";
    result.thumbprint = QString::fromLatin1(encodeBase64Url(sha256(canonical)));
    return result;
}

QJsonObject EcJwk::toJson() const
{
    return {{QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"), QString::fromLatin1(encodeBase64Url(x))},
            {QStringLiteral("y"), QString::fromLatin1(encodeBase64Url(y))}};
}

} // namespace passgate
