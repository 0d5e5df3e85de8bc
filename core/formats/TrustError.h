#pragma once

#include "common/Result.h"

namespace passgate {

enum class TrustErrorCode
{
    UnreadableFile,       // the file cannot be opened or read
    MalformedCertificate, // not a PEM or DER X.509 certificate
    UnsupportedKey,       // a certificate whose key cannot sign passes (neither EC nor RSA)
    ConflictingUsage,     // a trust list allows a signer nothing its certificate allows
    MalformedIssuerKeys,  // a SMART Health Card key set or NZCP DID document that cannot be trusted as given
};

using TrustError = Error<TrustErrorCode>;

} // namespace passgate
