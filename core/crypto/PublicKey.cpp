#include "crypto/PublicKey.h"

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

PublicKey::PublicKey(openssl::PKey key)
    : m_key(key.release(), EVP_PKEY_free)
    , m_type(typeOf(m_key.get()))
    , m_bits(m_key ? EVP_PKEY_get_bits(m_key.get()) : 0)
{
    if (!m_key)
        return;
    openssl::PKeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.get(), nullptr));
    if (context && EVP_PKEY_verify_init(context.get()) == 1)
        m_verifyTemplate.reset(context.release(), EVP_PKEY_CTX_free);
    else
        ERR_clear_error(); // a key OpenSSL cannot verify with: verifyContext() says so with null
}

openssl::PKeyContext PublicKey::verifyContext() const
{
    return openssl::PKeyContext(m_verifyTemplate ? EVP_PKEY_CTX_dup(m_verifyTemplate.get()) : nullptr);
}

Result<PublicKey, CryptoError> PublicKey::fromSubjectPublicKeyInfo(QByteArrayView der)
{
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.data());
    openssl::PKey key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key)
        return fail(CryptoErrorCode::MalformedKey,
                    QStringLiteral("not a DER SubjectPublicKeyInfo: %1").arg(openssl::lastError()));
    return PublicKey(std::move(key));
}

QString PublicKey::curveName() const
{
    if (type() != Type::Ec)
        return {};
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(m_key.get(), OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) !=
        1)
        return {};
    return QString::fromLatin1(name, static_cast<qsizetype>(length));
}

QByteArray PublicKey::subjectPublicKeyInfo() const
{
    if (!m_key)
        return {};
    const int length = i2d_PUBKEY(m_key.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *cursor = openssl::bytes(der);
    i2d_PUBKEY(m_key.get(), &cursor);
    return der;
}

} // namespace passgate
