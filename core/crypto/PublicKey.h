#pragma once

#include "crypto/CryptoError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
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

    // What core's crypto code holds about the key (crypto/PublicKey_p.h).
    struct Data;

    PublicKey() = default;
    explicit PublicKey(std::shared_ptr<const Data> data);

    // DER SubjectPublicKeyInfo, as in a certificate.
    static Result<PublicKey, CryptoError> fromSubjectPublicKeyInfo(QByteArrayView der);
    // The one "-----BEGIN PUBLIC KEY-----" block of `pem`, e.g. the key a published list is signed
    // with; no block or more than one is an error (which one would the list be checked with?).
    static Result<PublicKey, CryptoError> fromPem(QByteArrayView pem);
    // Every "-----BEGIN PUBLIC KEY-----" block of `pem`, in order (the keys a verifier pins); none,
    // or one that is not a key, is an error: a list that pins fewer keys than it names is no list.
    static Result<QList<PublicKey>, CryptoError> everyFromPem(QByteArrayView pem);

    bool isNull() const { return !m_data; }
    Type type() const;
    int bits() const;          // modulus size for RSA, field size for EC
    QString curveName() const; // EC only, e.g. "prime256v1"; empty otherwise
    QByteArray subjectPublicKeyInfo() const;

    const Data *data() const { return m_data.get(); }

private:
    std::shared_ptr<const Data> m_data;
};

} // namespace passgate
