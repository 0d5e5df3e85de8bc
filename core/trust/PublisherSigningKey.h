#pragma once

#include "crypto/PublicKey.h"
#include "trust/BundleError.h"

#include <QByteArray>

#include <memory>

namespace passgate {

// The publisher's private key (ECDSA P-256), for `passgate-cli trust build` on the publisher's
// machine. The kiosk never holds one: it pins the public half (PublisherKeys).
class PublisherSigningKey
{
public:
    // An unencrypted PEM private key ("BEGIN PRIVATE KEY" or "BEGIN EC PRIVATE KEY").
    static Result<PublisherSigningKey, BundleError> fromPem(const QByteArray &pem);

    PublicKey publicKey() const { return m_publicKey; }
    QByteArray keyId() const;
    // ECDSA with SHA-256 over `data`, as r || s (64 bytes); empty if OpenSSL fails.
    QByteArray sign(const QByteArray &data) const;

private:
    struct PrivateKey; // the OpenSSL key, in the .cpp
    std::shared_ptr<const PrivateKey> m_key;
    PublicKey m_publicKey;
};

} // namespace passgate
