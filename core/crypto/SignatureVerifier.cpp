#include "crypto/SignatureVerifier.h"

#include "crypto/EcdsaSignatureFormat_p.h"
#include "crypto/PublicKey_p.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

namespace passgate {

namespace {

constexpr int minimumRsaBits = 2048;
constexpr int maximumRsaBits = 8192; // keeps a hostile certificate from costing seconds per check
constexpr int sha256Length = 32;

Result<void, CryptoError> finish(int verdict, const char *algorithm)
{
    if (verdict == 1)
        return {};
    // 0 is "does not verify"; a negative value is a malformed signature (e.g. bad DER).
    ERR_clear_error();
    if (verdict == 0)
        return fail(
            CryptoErrorCode::SignatureMismatch,
            QStringLiteral("the %1 signature does not match the signed data").arg(QLatin1String(algorithm)));
    return fail(CryptoErrorCode::MalformedSignature,
                QStringLiteral("the %1 signature is malformed").arg(QLatin1String(algorithm)));
}

// SHA-256 of `data` into `digest`; the algorithm is fetched once, not on every pass. With the key's
// prepared context (PublicKey::verifyContext) this is what EVP_DigestVerify does, without OpenSSL
// 3 looking the algorithms up again for every scan.
const EVP_MD *sha256Algorithm()
{
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}

bool digestSha256(QByteArrayView data, unsigned char (&digest)[EVP_MAX_MD_SIZE], unsigned int &length)
{
    return sha256Algorithm() && EVP_Digest(data.data(), static_cast<size_t>(data.size()), digest, &length,
                                           sha256Algorithm(), nullptr) == 1;
}

Result<void, CryptoError> verifyEs256(const PublicKey &key, QByteArrayView data, QByteArrayView signature)
{
    if (key.type() != PublicKey::Type::Ec)
        return fail(CryptoErrorCode::UnsupportedKey, QStringLiteral("ES256 needs an EC key"));
    // The raw form is fixed-width: r and s each padded to the field size (32 bytes on P-256).
    const int fieldBytes = (key.bits() + 7) / 8;
    if (signature.size() != 2 * fieldBytes)
        return fail(CryptoErrorCode::MalformedSignature,
                    QStringLiteral("an ES256 signature for a %1-bit curve has %2 bytes, this one has %3")
                        .arg(key.bits())
                        .arg(2 * fieldBytes)
                        .arg(signature.size()));
    const QByteArray der = ecdsaRawToDer(signature);
    if (der.isEmpty())
        return fail(CryptoErrorCode::MalformedSignature, QStringLiteral("the ES256 signature is malformed"));

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    openssl::PKeyContext context = verifyContext(key);
    if (!context || !digestSha256(data, digest, digestLength))
        return fail(CryptoErrorCode::Internal,
                    QStringLiteral("ES256 setup failed: %1").arg(openssl::lastError()));
    return finish(EVP_PKEY_verify(context.get(), openssl::bytes(der), static_cast<size_t>(der.size()), digest,
                                  digestLength),
                  "ES256");
}

Result<void, CryptoError> verifyPs256(const PublicKey &key, QByteArrayView data, QByteArrayView signature)
{
    if (key.type() != PublicKey::Type::Rsa)
        return fail(CryptoErrorCode::UnsupportedKey, QStringLiteral("PS256 needs an RSA key"));
    const int bits = key.bits();
    if (bits < minimumRsaBits || bits > maximumRsaBits)
        return fail(CryptoErrorCode::UnsupportedKey,
                    QStringLiteral("RSA keys of %1 bits are not accepted (%2 to %3)")
                        .arg(bits)
                        .arg(minimumRsaBits)
                        .arg(maximumRsaBits));
    if (signature.size() != (bits + 7) / 8)
        return fail(CryptoErrorCode::MalformedSignature,
                    QStringLiteral("a PS256 signature for a %1-bit key has %2 bytes, this one has %3")
                        .arg(bits)
                        .arg((bits + 7) / 8)
                        .arg(signature.size()));

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    openssl::PKeyContext context = verifyContext(key);
    if (!context || !digestSha256(data, digest, digestLength) ||
        EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_PSS_PADDING) != 1 ||
        // MGF1 takes the signature's digest unless told otherwise (RFC 8230: SHA-256 for both).
        EVP_PKEY_CTX_set_signature_md(context.get(), sha256Algorithm()) != 1 ||
        EVP_PKEY_CTX_set_rsa_pss_saltlen(context.get(), sha256Length) != 1)
        return fail(CryptoErrorCode::Internal,
                    QStringLiteral("PS256 setup failed: %1").arg(openssl::lastError()));
    return finish(EVP_PKEY_verify(context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                                  static_cast<size_t>(signature.size()), digest, digestLength),
                  "PS256");
}

} // namespace

Result<void, CryptoError> verifySignature(SignatureAlgorithm algorithm, const PublicKey &key,
                                          QByteArrayView data, QByteArrayView signature)
{
    if (key.isNull())
        return fail(CryptoErrorCode::MalformedKey, QStringLiteral("no key"));
    switch (algorithm) {
    case SignatureAlgorithm::Es256:
        return verifyEs256(key, data, signature);
    case SignatureAlgorithm::Ps256:
        return verifyPs256(key, data, signature);
    }
    return fail(CryptoErrorCode::Internal, QStringLiteral("unknown signature algorithm"));
}

} // namespace passgate
