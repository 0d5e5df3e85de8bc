#include "crypto/PublicKey.h"

#include <openssl/core_names.h>
#include <openssl/x509.h>

namespace passgate {

PublicKey::PublicKey(openssl::PKey key)
    : m_key(key.release(), EVP_PKEY_free)
{}

Result<PublicKey, CryptoError> PublicKey::fromSubjectPublicKeyInfo(QByteArrayView der)
{
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.data());
    openssl::PKey key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key)
        return fail(CryptoErrorCode::MalformedKey,
                    QStringLiteral("not a DER SubjectPublicKeyInfo: %1").arg(openssl::lastError()));
    return PublicKey(std::move(key));
}

PublicKey::Type PublicKey::type() const
{
    if (!m_key)
        return Type::None;
    switch (EVP_PKEY_get_base_id(m_key.get())) {
    case EVP_PKEY_EC:
        return Type::Ec;
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return Type::Rsa;
    default:
        return Type::Other;
    }
}

int PublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
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
