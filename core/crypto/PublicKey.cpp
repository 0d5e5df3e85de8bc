#include "crypto/PublicKey_p.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace passgate {

namespace {

PublicKey::Type typeOf(const EVP_PKEY *key)
{
    if (!key)
        return PublicKey::Type::None;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC:
        return PublicKey::Type::Ec;
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return PublicKey::Type::Rsa;
    default:
        return PublicKey::Type::Other;
    }
}

} // namespace

PublicKey::PublicKey(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{}

PublicKey::Type PublicKey::type() const
{
    return m_data ? m_data->type : Type::None;
}

int PublicKey::bits() const
{
    return m_data ? m_data->bits : 0;
}

PublicKey publicKeyFrom(openssl::PKey key)
{
    if (!key)
        return {};
    auto data = std::make_shared<PublicKey::Data>();
    data->key.reset(key.release(), EVP_PKEY_free);
    data->type = typeOf(data->key.get());
    data->bits = EVP_PKEY_get_bits(data->key.get());
    openssl::PKeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, data->key.get(), nullptr));
    if (context && EVP_PKEY_verify_init(context.get()) == 1)
        data->verifyTemplate.reset(context.release(), EVP_PKEY_CTX_free);
    else
        ERR_clear_error(); // a key OpenSSL cannot verify with: verifyContext() says so with null
    return PublicKey(std::move(data));
}

EVP_PKEY *keyHandle(const PublicKey &key)
{
    return key.data() ? key.data()->key.get() : nullptr;
}

openssl::PKeyContext verifyContext(const PublicKey &key)
{
    const PublicKey::Data *data = key.data();
    return openssl::PKeyContext(data && data->verifyTemplate ? EVP_PKEY_CTX_dup(data->verifyTemplate.get())
                                                             : nullptr);
}

Result<PublicKey, CryptoError> PublicKey::fromSubjectPublicKeyInfo(QByteArrayView der)
{
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.data());
    openssl::PKey key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key)
        return fail(CryptoErrorCode::MalformedKey,
                    QStringLiteral("not a DER SubjectPublicKeyInfo: %1").arg(openssl::lastError()));
    return publicKeyFrom(std::move(key));
}

Result<PublicKey, CryptoError> PublicKey::fromPem(QByteArrayView pem)
{
    static constexpr QByteArrayView begin = "-----BEGIN PUBLIC KEY-----";
    static constexpr QByteArrayView end = "-----END PUBLIC KEY-----";
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : pem.indexOf(end, from);
    if (from < 0 || to < 0)
        return fail(CryptoErrorCode::MalformedKey, QStringLiteral("no PEM public key block"));
    if (pem.indexOf(begin, to) >= 0)
        return fail(CryptoErrorCode::MalformedKey, QStringLiteral("more than one PEM public key block"));
    const QByteArray body = pem.sliced(from + begin.size(), to - from - begin.size()).toByteArray();
    const auto decoded = QByteArray::fromBase64Encoding(body.simplified().replace(' ', QByteArray()),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(CryptoErrorCode::MalformedKey, QStringLiteral("the PEM public key is not base64"));
    return fromSubjectPublicKeyInfo(decoded.decoded);
}

Result<QList<PublicKey>, CryptoError> PublicKey::everyFromPem(QByteArrayView pem)
{
    static constexpr QByteArrayView begin = "-----BEGIN PUBLIC KEY-----";
    static constexpr QByteArrayView end = "-----END PUBLIC KEY-----";
    QList<PublicKey> keys;
    for (qsizetype from = pem.indexOf(begin); from >= 0; from = pem.indexOf(begin, from)) {
        const qsizetype to = pem.indexOf(end, from);
        if (to < 0)
            return fail(CryptoErrorCode::MalformedKey,
                        QStringLiteral("PEM public key %1 has no END line").arg(keys.size() + 1));
        auto key = fromPem(pem.sliced(from, to + end.size() - from));
        if (!key)
            return fail(key.error().code,
                        QStringLiteral("PEM public key %1: %2").arg(keys.size() + 1).arg(key.error().reason));
        keys.append(std::move(key).value());
        from = to + end.size();
    }
    if (keys.isEmpty())
        return fail(CryptoErrorCode::MalformedKey, QStringLiteral("no PEM public key found"));
    return keys;
}

QString PublicKey::curveName() const
{
    if (type() != Type::Ec)
        return {};
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(keyHandle(*this), OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name,
                                       &length) != 1)
        return {};
    return QString::fromLatin1(name, static_cast<qsizetype>(length));
}

QByteArray PublicKey::subjectPublicKeyInfo() const
{
    if (isNull())
        return {};
    const int length = i2d_PUBKEY(keyHandle(*this), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *cursor = openssl::bytes(der);
    i2d_PUBKEY(keyHandle(*this), &cursor);
    return der;
}

} // namespace passgate
