#pragma once

#include "crypto/PublicKey.h"
#include "trust/BundleError.h"

#include <QByteArray>
#include <QList>

namespace passgate {

// The publisher keys the kiosk pins (ECDSA P-256). Several may be pinned at once so a publisher can
// rotate: kiosks get the new key pinned first, then bundles signed with it. A bundle names its key
// by id: the first 8 bytes of SHA-256 over the key's DER SubjectPublicKeyInfo.
class PublisherKeys
{
public:
    // Every "-----BEGIN PUBLIC KEY-----" block of `pem`; each must be a P-256 key.
    static Result<PublisherKeys, BundleError> fromPem(const QByteArray &pem);
    static QByteArray keyIdOf(const PublicKey &key);

    Result<void, BundleError> add(PublicKey key);
    const PublicKey *find(const QByteArray &keyId) const;
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    struct Pinned
    {
        QByteArray id;
        PublicKey key;
    };
    QList<Pinned> m_keys;
};

} // namespace passgate
