#pragma once

#include "crypto/OpenSsl_p.h"
#include "crypto/PublicKey.h"

#include <memory>

namespace passgate {

struct PublicKey::Data
{
    std::shared_ptr<EVP_PKEY> key;
    // Read once: OpenSSL looks both up through its method tables on every call, on every scan.
    Type type = Type::None;
    int bits = 0;
    // Set up once when the key is made: OpenSSL 3 looks the algorithm up again on every
    // EVP_*VerifyInit, a tenth of an ES256 check.
    std::shared_ptr<EVP_PKEY_CTX> verifyTemplate;
};

// Takes ownership of an OpenSSL key; a null key gives a null PublicKey.
PublicKey publicKeyFrom(openssl::PKey key);

// The OpenSSL key of `key`; null for a null key.
EVP_PKEY *keyHandle(const PublicKey &key);

// A context for EVP_PKEY_verify with this key, the caller's own copy (threads never share one);
// null when OpenSSL cannot verify with this key.
openssl::PKeyContext verifyContext(const PublicKey &key);

} // namespace passgate
