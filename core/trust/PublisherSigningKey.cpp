#include "trust/PublisherSigningKey.h"

#include "trust/PublisherKeys.h"

namespace passgate {

Result<PublisherSigningKey, BundleError> PublisherSigningKey::fromPem(const QByteArray &pem)
{
    auto key = EcSigningKey::fromPem(pem);
    if (!key)
        return fail(BundleErrorCode::UnknownPublisher,
                    key.error().code == CryptoErrorCode::UnsupportedKey
                        ? QStringLiteral("a publisher key must be ECDSA P-256")
                        : key.error().reason);
    return PublisherSigningKey(std::move(key).value());
}

QByteArray PublisherSigningKey::keyId() const
{
    return PublisherKeys::keyIdOf(m_key.publicKey());
}

} // namespace passgate
