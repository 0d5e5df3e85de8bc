#include "crypto/X25519Key_p.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstring>

namespace passgate::crypto {

namespace {

// scrypt with N=2^14, r=8, p=1 (16 MiB, ~50 ms): costly to brute-force, and within the 32 MiB that
// OpenSSL allows by default when reading, so `openssl pkey` opens the file too.
constexpr uint64_t ScryptN = 1u << 14;
constexpr uint64_t ScryptR = 8;
constexpr uint64_t ScryptP = 1;

using Pkcs8Info = std::unique_ptr<PKCS8_PRIV_KEY_INFO, openssl::Deleter<PKCS8_PRIV_KEY_INFO_free>>;
using Pkcs8Encrypted = std::unique_ptr<X509_SIG, openssl::Deleter<X509_SIG_free>>;
using Algorithm = std::unique_ptr<X509_ALGOR, openssl::Deleter<X509_ALGOR_free>>;

openssl::Bio memoryBio(const QByteArray &data)
{
    return openssl::Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

int passphraseCallback(char *buffer, int size, int, void *user)
{
    const auto *passphrase = static_cast<const QByteArray *>(user);
    if (passphrase->size() > size)
        return -1;
    std::memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

bool isX25519(const EVP_PKEY *key)
{
    return key && EVP_PKEY_get_id(key) == EVP_PKEY_X25519;
}

X25519Key keyFrom(openssl::PKey key)
{
    auto data = std::make_shared<X25519Key::Data>();
    data->key = std::move(key);
    return X25519Key(std::move(data));
}

} // namespace

Result<X25519Key, KeyError> X25519Key::generate()
{
    openssl::PKeyContext context(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 || EVP_PKEY_keygen(context.get(), &key) != 1)
        return fail(KeyCode::OpenSslFailure,
                    QStringLiteral("X25519 key generation failed: ") + openssl::lastError());
    return keyFrom(openssl::PKey(key));
}

Result<X25519Key, KeyError> X25519Key::fromPrivatePem(const QByteArray &pem, const QByteArray &passphrase)
{
    const openssl::Bio bio = memoryBio(pem);
    QByteArray given = passphrase;
    openssl::PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &given));
    ERR_clear_error();
    if (!key) {
        // For an encrypted envelope OpenSSL cannot tell a wrong passphrase from damage; the passphrase is
        // by far the likelier cause, and the message says what to try.
        if (pem.contains("ENCRYPTED PRIVATE KEY"))
            return fail(
                KeyCode::WrongPassphrase,
                QStringLiteral("the passphrase does not open this private key (or the key file is damaged)"));
        return fail(KeyCode::NotAKey, QStringLiteral("not a PEM private key"));
    }
    if (!isX25519(key.get()))
        return fail(KeyCode::NotAKey, QStringLiteral("the private key is not an X25519 key"));
    return keyFrom(std::move(key));
}

Result<X25519Key, KeyError> X25519Key::fromRawPrivateKey(const QByteArray &raw)
{
    if (raw.size() != RawSize)
        return fail(
            KeyCode::NotAKey,
            QStringLiteral("an X25519 private key has %1 bytes, not %2").arg(RawSize).arg(raw.size()));
    openssl::PKey key(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, openssl::bytes(raw), size_t(raw.size())));
    if (!key)
        return fail(KeyCode::OpenSslFailure,
                    QStringLiteral("cannot make an X25519 key: ") + openssl::lastError());
    return keyFrom(std::move(key));
}

Result<QByteArray, KeyError> X25519Key::publicKeyFromPem(const QByteArray &pem)
{
    const openssl::Bio bio = memoryBio(pem);
    openssl::PKey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    if (!key)
        return fail(KeyCode::NotAKey, QStringLiteral("not a PEM public key"));
    if (!isX25519(key.get()))
        return fail(KeyCode::NotAKey, QStringLiteral("the public key is not an X25519 key"));
    QByteArray raw(RawSize, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), openssl::bytes(raw), &length) != 1 ||
        length != size_t(RawSize))
        return fail(KeyCode::OpenSslFailure,
                    QStringLiteral("cannot read the public key: ") + openssl::lastError());
    return raw;
}

QByteArray X25519Key::publicKey() const
{
    QByteArray raw(RawSize, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(keyHandle(*this), openssl::bytes(raw), &length) != 1 ||
        length != size_t(RawSize))
        return {};
    return raw;
}

QByteArray X25519Key::publicPem() const
{
    openssl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), keyHandle(*this)) != 1)
        return {};
    return bioContents(bio.get());
}

Result<QByteArray, KeyError> X25519Key::encryptedPrivatePem(const QByteArray &passphrase) const
{
    if (passphrase.size() < MinimumPassphraseLength)
        return fail(
            KeyCode::WeakPassphrase,
            QStringLiteral("the passphrase must have at least %1 characters").arg(MinimumPassphraseLength));
    Pkcs8Info info(EVP_PKEY2PKCS8(keyHandle(*this)));
    Algorithm algorithm(
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, ScryptN, ScryptR, ScryptP));
    if (!info || !algorithm)
        return fail(KeyCode::OpenSslFailure,
                    QStringLiteral("cannot prepare the key envelope: ") + openssl::lastError());
    // PKCS8_set0_pbe takes ownership of the algorithm only on success.
    Pkcs8Encrypted encrypted(
        PKCS8_set0_pbe(passphrase.constData(), int(passphrase.size()), info.get(), algorithm.get()));
    if (!encrypted)
        return fail(KeyCode::OpenSslFailure,
                    QStringLiteral("cannot encrypt the private key: ") + openssl::lastError());
    (void)algorithm.release();
    openssl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        return fail(KeyCode::OpenSslFailure,
                    QStringLiteral("cannot write the private key: ") + openssl::lastError());
    return bioContents(bio.get());
}

} // namespace passgate::crypto
