#pragma once

#include "formats/PassError.h"

#include <QCborMap>
#include <QDateTime>

namespace passgate::cose {

// Whether a NumericDate may carry fractions of a second: RFC 8392 allows them, and EU DCC issuers
// write them (kept to the millisecond); the NZ COVID Pass specification writes whole seconds only.
enum class Fractions
{
    Allowed,
    Refused
};

// The CWT claim `key` (iat 6, exp 4, nbf 5) as a UTC time: MissingClaim when absent, MalformedClaim
// when it is no number, negative or past 9999-12-31. `name` names the claim in the message.
Result<QDateTime, PassError> cwtNumericDate(const QCborMap &claims, int key, const char *name,
                                            Fractions fractions);

} // namespace passgate::cose
