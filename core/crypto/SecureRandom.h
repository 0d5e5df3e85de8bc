#pragma once

#include <QByteArray>

namespace passgate::crypto {

// Cryptographically secure random bytes (OpenSSL's DRBG); empty on the (practically impossible)
// failure of the generator, which callers treat as an error.
QByteArray secureRandomBytes(int count);

} // namespace passgate::crypto
