#pragma once

#include "common/Result.h"
#include "crypto/X25519Key.h"

#include <QByteArray>

namespace passgate::crypto {

enum class SealCode
{
    InvalidKey,     // the recipient key is not a usable X25519 key
    Malformed,      // not a sealed box of this format (too short, unknown version)
    OpenFailed,     // wrong private key, wrong context, or the box was altered
    OpenSslFailure, // OpenSSL failed where it should not
};
using SealError = Error<SealCode>;

// An anonymous public-key box: anyone holding the recipient's public key can seal, only the holder
// of the private key can open. The kiosk seals phone numbers and exports this way, so a stolen kiosk
// holds nothing it can read back.
//
// Construction (version 1): a fresh ephemeral X25519 key per box; shared = X25519(eph, recipient);
// key = HKDF-SHA256(ikm = shared, salt = eph_pub || recipient_pub, info = "passgate sealed box v1");
// AES-256-GCM with a random 96-bit nonce, the caller's context string as associated data.
// Layout: 0x01 || eph_pub (32) || nonce (12) || ciphertext || tag (16).
// The context binds a box to its use ("contact", "export"): a box opened under another context fails.
namespace SealedBox {

constexpr int Overhead = 1 + 32 + 12 + 16;

Result<QByteArray, SealError> seal(const QByteArray &recipientPublicKey, const QByteArray &plaintext,
                                   const QByteArray &context);
Result<QByteArray, SealError> open(const X25519Key &recipient, const QByteArray &box,
                                   const QByteArray &context);

} // namespace SealedBox

} // namespace passgate::crypto
