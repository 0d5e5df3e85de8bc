#include "trust/PublisherKeys.h"

#include "crypto/PublicKey_p.h"
#include "crypto/Sha256_p.h"

#include <openssl/pem.h>

namespace passgate {

QByteArray PublisherKeys::keyIdOf(const PublicKey &key)
{
    return sha256(key.subjectPublicKeyInfo()).first(8);
}

Result<void, BundleError> PublisherKeys::add(PublicKey key)
{
    if (key.isNull() || key.type() != PublicKey::Type::Ec || key.curveName() != u"prime256v1")
        return fail(BundleErrorCode::UnknownPublisher, QStringLiteral("a publisher key must be ECDSA P-256"));
    const QByteArray id = keyIdOf(key);
    if (!find(id))
        m_keys.append({id, std::move(key)});
    return {};
}

const PublicKey *PublisherKeys::find(const QByteArray &keyId) const
{
    for (const Pinned &pinned : m_keys) {
        if (pinned.id == keyId)
            return &pinned.key;
    }
    return nullptr;
}

Result<PublisherKeys, BundleError> PublisherKeys::fromPem(const QByteArray &pem)
{
    PublisherKeys keys;
    openssl::Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    while (true) {
        openssl::PKey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
        if (!key)
            break;
        if (auto added = keys.add(publicKeyFrom(std::move(key))); !added)
            return fail(added.error());
    }
    openssl::lastError(); // the end of the input leaves a "no start line" error queued
    if (keys.isEmpty())
        return fail(BundleErrorCode::UnknownPublisher, QStringLiteral("no PEM public key found"));
    return keys;
}

} // namespace passgate
