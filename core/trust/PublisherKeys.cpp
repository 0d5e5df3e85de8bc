#include "trust/PublisherKeys.h"

#include "crypto/Sha256_p.h"

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
    auto read = PublicKey::everyFromPem(pem);
    if (!read)
        return fail(BundleErrorCode::UnknownPublisher, read.error().reason);
    PublisherKeys keys;
    for (PublicKey &key : *read)
        if (auto added = keys.add(std::move(key)); !added)
            return fail(added.error());
    return keys;
}

} // namespace passgate
