#include "trust/PublisherSigningKey.h"

#include "crypto/EcdsaSignatureFormat_p.h"
#include "crypto/OpenSsl_p.h"
#include "trust/PublisherKeys.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace passgate {

struct PublisherSigningKey::PrivateKey
{
    openssl::PKey key;
};

Result<PublisherSigningKey, BundleError> PublisherSigningKey::fromPem(const QByteArray &pem)
{
    openssl::Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    openssl::PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(BundleErrorCode::UnknownPublisher,
                    QStringLiteral("not a PEM private key: ") + openssl::lastError());
    // The public half, through its DER SubjectPublicKeyInfo, as a kiosk would pin it.
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key.get(), &der);
    if (length <= 0)
        return fail(BundleErrorCode::UnknownPublisher, openssl::lastError());
    const QByteArray spki(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    auto publicKey = PublicKey::fromSubjectPublicKeyInfo(spki);
    if (!publicKey || publicKey->type() != PublicKey::Type::Ec || publicKey->curveName() != u"prime256v1")
        return fail(BundleErrorCode::UnknownPublisher, QStringLiteral("a publisher key must be ECDSA P-256"));
    PublisherSigningKey signingKey;
    signingKey.m_key = std::make_shared<const PrivateKey>(PrivateKey{std::move(key)});
    signingKey.m_publicKey = *publicKey;
    return signingKey;
}

QByteArray PublisherSigningKey::keyId() const
{
    return PublisherKeys::keyIdOf(m_publicKey);
}

QByteArray PublisherSigningKey::sign(const QByteArray &data) const
{
    openssl::MdContext context(EVP_MD_CTX_new());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key->key.get()) != 1)
        return {};
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, openssl::bytes(data), size_t(data.size())) != 1)
        return {};
    QByteArray der(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), openssl::bytes(der), &length, openssl::bytes(data),
                       size_t(data.size())) != 1)
        return {};
    der.resize(qsizetype(length));
    return ecdsaDerToRaw(der, 32);
}

} // namespace passgate
