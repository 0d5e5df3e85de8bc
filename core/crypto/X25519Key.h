#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <memory>

namespace passgate::crypto {

enum class KeyCode
{
    NotAKey,         // the PEM text is no X25519 key of the expected kind
    WrongPassphrase, // the private key is encrypted and the passphrase does not open it
    WeakPassphrase,  // refused when writing: too short to protect the owner's key
    OpenSslFailure,  // OpenSSL failed where it should not (reason says where)
};
using KeyError = Error<KeyCode>;

// The venue owner's export key pair. The kiosk keeps only the public half (raw 32 bytes or PEM);
// the private half lives with the owner, as PKCS#8 PEM encrypted with a passphrase (scrypt + AES-256).
class X25519Key
{
public:
    static constexpr int RawSize = 32;
    static constexpr int MinimumPassphraseLength = 8;

    static Result<X25519Key, KeyError> generate();
    // Reads an encrypted (or, for tests and tooling, unencrypted) PKCS#8 private key PEM.
    static Result<X25519Key, KeyError> fromPrivatePem(const QByteArray &pem, const QByteArray &passphrase);
    // A private key from its raw 32 bytes (RFC 7748); any 32 bytes are a key.
    static Result<X25519Key, KeyError> fromRawPrivateKey(const QByteArray &raw);
    // Reads a public key PEM (SubjectPublicKeyInfo) and returns its raw 32 bytes.
    static Result<QByteArray, KeyError> publicKeyFromPem(const QByteArray &pem);

    QByteArray publicKey() const; // raw 32 bytes
    QByteArray publicPem() const;
    Result<QByteArray, KeyError> encryptedPrivatePem(const QByteArray &passphrase) const;

    // What core's crypto code holds (crypto/X25519Key_p.h).
    struct Data;
    explicit X25519Key(std::shared_ptr<const Data> data)
        : m_data(std::move(data))
    {}
    const Data &data() const { return *m_data; }

private:
    std::shared_ptr<const Data> m_data; // never null
};

} // namespace passgate::crypto
