#pragma once

#include "crypto/CryptoError.h"
#include "crypto/OpenSsl.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace passgate {

// A public key (EC or RSA) shared between copies; verification only reads it, so one key serves
// several threads at once.
class PublicKey
{
public:
    enum class Type
    {
        None,
        Ec,
        Rsa,
        Other
    };

    PublicKey() = default;
    // Takes ownership of an OpenSSL key.
    explicit PublicKey(openssl::PKey key);

    // DER SubjectPublicKeyInfo, as in a certificate.
    static Result<PublicKey, CryptoError> fromSubjectPublicKeyInfo(QByteArrayView der);

    bool isNull() const { return !m_key; }
    Type type() const { return m_type; }
    int bits() const { return m_bits; } // modulus size for RSA, field size for EC
    QString curveName() const;          // EC only, e.g. "prime256v1"; empty otherwise
    QByteArray subjectPublicKeyInfo() const;

    EVP_PKEY *handle() const { return m_key.get(); }

    // A context for EVP_PKEY_verify with this key, the caller's own copy (threads never share one);
    // null when OpenSSL cannot verify with this key. Set up once when the key is made: OpenSSL 3
    // looks the algorithm up again on every EVP_*VerifyInit, a tenth of an ES256 check.
    openssl::PKeyContext verifyContext() const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    // Read once: OpenSSL looks both up through its method tables on every call, on every scan.
    Type m_type = Type::None;
    int m_bits = 0;
    std::shared_ptr<EVP_PKEY_CTX> m_verifyTemplate;
};

} // namespace passgate
