#pragma once

#include "crypto/CryptoError.h"
#include "crypto/PublicKey.h"

#include <QByteArray>

#include <memory>

namespace passgate {

// An ECDSA P-256 private key, for the few places passgate signs (a trust bundle on the publisher's
// machine): read from PEM, signing SHA-256 digests as r || s.
class EcSigningKey
{
public:
    // An unencrypted PEM private key ("BEGIN PRIVATE KEY" or "BEGIN EC PRIVATE KEY") on P-256.
    static Result<EcSigningKey, CryptoError> fromPem(QByteArrayView pem);

    PublicKey publicKey() const { return m_publicKey; }
    // ECDSA with SHA-256 over `data`, as r || s (64 bytes); empty if the library fails.
    QByteArray sign(QByteArrayView data) const;

private:
    struct Data; // the library's key, in the .cpp
    std::shared_ptr<const Data> m_data;
    PublicKey m_publicKey;
};

} // namespace passgate
