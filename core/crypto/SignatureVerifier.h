#pragma once

#include "crypto/CryptoError.h"
#include "crypto/PublicKey.h"

#include <QByteArrayView>

namespace passgate {

// The signature algorithms of COSE that EU DCC signers use (RFC 9053 / RFC 8230).
enum class SignatureAlgorithm
{
    Es256, // ECDSA with SHA-256; signature r || s, each as wide as the key's field
    Ps256, // RSASSA-PSS with SHA-256, MGF1-SHA-256, salt as long as the digest (32 bytes)
};

// Verifies `signature` over `data`. The key must suit the algorithm (EC for ES256, RSA of at least
// 2048 bits for PS256). A signature of the wrong shape is MalformedSignature, a well-formed one that
// does not verify is SignatureMismatch.
Result<void, CryptoError> verifySignature(SignatureAlgorithm algorithm, const PublicKey &key,
                                          QByteArrayView data, QByteArrayView signature);

} // namespace passgate
