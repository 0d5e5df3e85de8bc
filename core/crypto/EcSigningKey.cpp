#include "crypto/EcSigningKey.h"

#include "crypto/EcdsaSignatureFormat_p.h"
#include "crypto/OpenSsl_p.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace passgate {

struct EcSigningKey::Data
{
    openssl::PKey key;
};

Result<EcSigningKey, CryptoError> EcSigningKey::fromPem(QByteArrayView pem)
{
    openssl::Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    openssl::PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(CryptoErrorCode::MalformedKey,
                    QStringLiteral("not a PEM private key: ") + openssl::lastError());
    // The public half, through its DER SubjectPublicKeyInfo, as a verifier would pin it.
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key.get(), &der);
    if (length <= 0)
        return fail(CryptoErrorCode::Internal, openssl::lastError());
    const QByteArray spki(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    auto publicKey = PublicKey::fromSubjectPublicKeyInfo(spki);
    if (!publicKey || publicKey->type() != PublicKey::Type::Ec || publicKey->curveName() != u"prime256v1")
        return fail(CryptoErrorCode::UnsupportedKey, QStringLiteral("the key must be ECDSA P-256"));
    EcSigningKey signingKey;
    signingKey.m_data = std::make_shared<const Data>(Data{std::move(key)});
    signingKey.m_publicKey = *publicKey;
    return signingKey;
}

QByteArray EcSigningKey::sign(QByteArrayView data) const
{
    if (!m_data)
        return {};
    const auto *input = reinterpret_cast<const unsigned char *>(data.data());
    openssl::MdContext context(EVP_MD_CTX_new());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_data->key.get()) != 1)
        return {};
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, input, size_t(data.size())) != 1)
        return {};
    QByteArray der(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), openssl::bytes(der), &length, input, size_t(data.size())) != 1)
        return {};
    der.resize(qsizetype(length));
    return ecdsaDerToRaw(der, 32);
}

} // namespace passgate
