#pragma once

#include "common/Result.h"

namespace passgate {

enum class CryptoErrorCode
{
    MalformedKey,         // not a parsable public key
    UnsupportedKey,       // parsable, but not a key type or size passgate accepts
    MalformedCertificate, // not a parsable X.509 certificate
    MalformedSignature,   // wrong length or encoding for the algorithm
    SignatureMismatch,    // well-formed, but does not verify
    Internal,             // OpenSSL failed on something that should have worked
};

using CryptoError = Error<CryptoErrorCode>;

} // namespace passgate
