#include "crypto/SealedBox_p.h"

#include "crypto/OpenSsl_p.h"
#include "crypto/SecureRandom.h"
#include "crypto/X25519Key_p.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace passgate::crypto::SealedBox {

namespace {

constexpr char Version = 0x01;
constexpr int KeySize = 32;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr char HkdfInfo[] = "passgate sealed box v1";

using Kdf = std::unique_ptr<EVP_KDF, openssl::Deleter<EVP_KDF_free>>;
using KdfContext = std::unique_ptr<EVP_KDF_CTX, openssl::Deleter<EVP_KDF_CTX_free>>;

Failure<SealError> sslFailure(const char *what)
{
    return fail(SealCode::OpenSslFailure,
                QString::fromLatin1(what) + QStringLiteral(": ") + openssl::lastError());
}

QByteArray rawPublicKey(EVP_PKEY *key)
{
    QByteArray raw(KeySize, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(key, openssl::bytes(raw), &length) != 1 || length != size_t(KeySize))
        return {};
    return raw;
}

// X25519 agreement; refuses the all-zero output a small-order public key would force.
QByteArray agree(EVP_PKEY *ours, EVP_PKEY *theirs)
{
    openssl::PKeyContext context(EVP_PKEY_CTX_new(ours, nullptr));
    QByteArray shared(KeySize, Qt::Uninitialized);
    size_t length = size_t(shared.size());
    if (!context || EVP_PKEY_derive_init(context.get()) != 1 ||
        EVP_PKEY_derive_set_peer(context.get(), theirs) != 1 ||
        EVP_PKEY_derive(context.get(), openssl::bytes(shared), &length) != 1 || length != size_t(KeySize))
        return {};
    if (CRYPTO_memcmp(shared.constData(), QByteArray(KeySize, '\0').constData(), size_t(KeySize)) == 0)
        return {};
    return shared;
}

QByteArray deriveKey(const QByteArray &shared, const QByteArray &salt)
{
    Kdf kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    KdfContext context(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!context)
        return {};
    char digest[] = "SHA256";
    QByteArray ikm = shared;
    QByteArray saltCopy = salt;
    QByteArray info(HkdfInfo);
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, ikm.data(), size_t(ikm.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(), size_t(saltCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(KeySize, Qt::Uninitialized);
    if (EVP_KDF_derive(context.get(), openssl::bytes(key), size_t(key.size()), params) != 1)
        return {};
    OPENSSL_cleanse(ikm.data(), size_t(ikm.size()));
    return key;
}

} // namespace

Result<QByteArray, SealError> seal(const QByteArray &recipientPublicKey, const QByteArray &plaintext,
                                   const QByteArray &context)
{
    if (recipientPublicKey.size() != KeySize)
        return fail(SealCode::InvalidKey,
                    QStringLiteral("the recipient public key must be %1 bytes").arg(KeySize));
    openssl::PKey recipient(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_X25519, nullptr, openssl::bytes(recipientPublicKey), size_t(recipientPublicKey.size())));
    if (!recipient)
        return fail(SealCode::InvalidKey, QStringLiteral("the recipient public key is not an X25519 key"));

    openssl::PKeyContext generator(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY *ephemeralRaw = nullptr;
    if (!generator || EVP_PKEY_keygen_init(generator.get()) != 1 ||
        EVP_PKEY_keygen(generator.get(), &ephemeralRaw) != 1)
        return sslFailure("ephemeral key generation failed");
    const openssl::PKey ephemeral(ephemeralRaw);
    const QByteArray ephemeralPublic = rawPublicKey(ephemeral.get());
    const QByteArray shared = agree(ephemeral.get(), recipient.get());
    if (ephemeralPublic.isEmpty() || shared.isEmpty())
        return fail(SealCode::InvalidKey, QStringLiteral("key agreement with the recipient key failed"));
    QByteArray key = deriveKey(shared, ephemeralPublic + recipientPublicKey);
    const QByteArray nonce = secureRandomBytes(NonceSize);
    if (key.isEmpty() || nonce.isEmpty())
        return sslFailure("key derivation failed");

    openssl::CipherContext cipher(EVP_CIPHER_CTX_new());
    QByteArray ciphertext(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(TagSize, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool sealed =
        cipher && EVP_EncryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(cipher.get(), nullptr, nullptr, openssl::bytes(key), openssl::bytes(nonce)) == 1 &&
        (context.isEmpty() || EVP_EncryptUpdate(cipher.get(), nullptr, &length, openssl::bytes(context),
                                                int(context.size())) == 1) &&
        (plaintext.isEmpty() || EVP_EncryptUpdate(cipher.get(), openssl::bytes(ciphertext), &length,
                                                  openssl::bytes(plaintext), int(plaintext.size())) == 1) &&
        EVP_EncryptFinal_ex(cipher.get(), openssl::bytes(ciphertext) + (plaintext.isEmpty() ? 0 : length),
                            &finalLength) == 1 &&
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag.data()) == 1;
    OPENSSL_cleanse(key.data(), size_t(key.size()));
    if (!sealed)
        return sslFailure("AES-256-GCM encryption failed");
    return QByteArray(QByteArray(1, Version) + ephemeralPublic + nonce + ciphertext + tag);
}

Result<QByteArray, SealError> open(const X25519Key &recipient, const QByteArray &box,
                                   const QByteArray &context)
{
    EVP_PKEY *recipientPrivateKey = keyHandle(recipient);
    if (box.size() < Overhead)
        return fail(SealCode::Malformed,
                    QStringLiteral("too short for a sealed box (%1 bytes)").arg(box.size()));
    if (box.at(0) != Version)
        return fail(SealCode::Malformed,
                    QStringLiteral("unknown sealed box version %1").arg(int(quint8(box.at(0)))));
    if (!recipientPrivateKey || EVP_PKEY_get_id(recipientPrivateKey) != EVP_PKEY_X25519)
        return fail(SealCode::InvalidKey, QStringLiteral("the private key is not an X25519 key"));

    const QByteArray ephemeralPublic = box.mid(1, KeySize);
    const QByteArray nonce = box.mid(1 + KeySize, NonceSize);
    const QByteArray ciphertext = box.mid(1 + KeySize + NonceSize, box.size() - Overhead);
    QByteArray tag = box.right(TagSize);

    openssl::PKey ephemeral(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_X25519, nullptr, openssl::bytes(ephemeralPublic), size_t(ephemeralPublic.size())));
    const QByteArray recipientPublic = rawPublicKey(recipientPrivateKey);
    const QByteArray shared = ephemeral ? agree(recipientPrivateKey, ephemeral.get()) : QByteArray();
    if (shared.isEmpty() || recipientPublic.isEmpty())
        return fail(SealCode::OpenFailed, QStringLiteral("the sealed box carries an unusable ephemeral key"));
    QByteArray key = deriveKey(shared, ephemeralPublic + recipientPublic);
    if (key.isEmpty())
        return sslFailure("key derivation failed");

    openssl::CipherContext cipher(EVP_CIPHER_CTX_new());
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ready =
        cipher && EVP_DecryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(cipher.get(), nullptr, nullptr, openssl::bytes(key), openssl::bytes(nonce)) == 1 &&
        (context.isEmpty() || EVP_DecryptUpdate(cipher.get(), nullptr, &length, openssl::bytes(context),
                                                int(context.size())) == 1) &&
        (ciphertext.isEmpty() ||
         EVP_DecryptUpdate(cipher.get(), openssl::bytes(plaintext), &length, openssl::bytes(ciphertext),
                           int(ciphertext.size())) == 1) &&
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1;
    OPENSSL_cleanse(key.data(), size_t(key.size()));
    if (!ready)
        return sslFailure("AES-256-GCM decryption failed");
    // Only the final step checks the tag: nothing is returned unless it verifies.
    if (EVP_DecryptFinal_ex(cipher.get(), openssl::bytes(plaintext) + (ciphertext.isEmpty() ? 0 : length),
                            &finalLength) != 1) {
        openssl::lastError();
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        return fail(SealCode::OpenFailed,
                    QStringLiteral(
                        "the sealed box does not open with this key (wrong key, wrong purpose or altered)"));
    }
    return plaintext;
}

} // namespace passgate::crypto::SealedBox
