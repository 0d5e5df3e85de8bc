#pragma once

#include "crypto/OpenSsl_p.h"
#include "crypto/X25519Key.h"

namespace passgate::crypto {

struct X25519Key::Data
{
    openssl::PKey key; // an X25519 private key, never null
};

inline EVP_PKEY *keyHandle(const X25519Key &key)
{
    return key.data().key.get();
}

} // namespace passgate::crypto
