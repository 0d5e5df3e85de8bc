#pragma once

#include "formats/IssuerKeys.h"
#include "formats/PassError.h"

namespace passgate {

// The key a pass names by (issuer, kid), for every format that trusts issuer keys rather than
// certificates (SMART Health Card, NZ COVID Pass), or why there is none, said the same way for all:
// UnknownIssuer (the issuer has no key on the trust list), KeyNotOfIssuer (the kid is trusted, but
// for another issuer: a key of someone else) or UnknownKeyId (the issuer is known, the kid is not).
Result<IssuerKey, PassError> issuerSigningKey(const IssuerKeys &keys, PassFormat format,
                                              const QString &issuer, const QString &kid);

} // namespace passgate
