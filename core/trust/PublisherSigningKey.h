#pragma once

#include "crypto/EcSigningKey.h"
#include "crypto/PublicKey.h"
#include "trust/BundleError.h"

#include <QByteArray>

namespace passgate {

// The publisher's private key (ECDSA P-256), for `passgate-cli trust build` on the publisher's
// machine. The kiosk never holds one: it pins the public half (PublisherKeys).
class PublisherSigningKey
{
public:
    // An unencrypted PEM private key ("BEGIN PRIVATE KEY" or "BEGIN EC PRIVATE KEY").
    static Result<PublisherSigningKey, BundleError> fromPem(const QByteArray &pem);

    PublicKey publicKey() const { return m_key.publicKey(); }
    QByteArray keyId() const;
    // ECDSA with SHA-256 over `data`, as r || s (64 bytes); empty if the library fails.
    QByteArray sign(const QByteArray &data) const { return m_key.sign(data); }

private:
    explicit PublisherSigningKey(EcSigningKey key)
        : m_key(std::move(key))
    {}

    EcSigningKey m_key;
};

} // namespace passgate
