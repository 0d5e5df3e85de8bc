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
    Type type() const;
    int bits() const;          // modulus size for RSA, field size for EC
    QString curveName() const; // EC only, e.g. "prime256v1"; empty otherwise
    QByteArray subjectPublicKeyInfo() const;

    EVP_PKEY *handle() const { return m_key.get(); }

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace passgate
