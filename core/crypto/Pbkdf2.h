#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace passgate::crypto {

// PBKDF2 with HMAC-SHA-256 (RFC 8018), `length` bytes; empty when the library refuses the input
// (an iteration count below 1), which callers treat as "does not match".
QByteArray pbkdf2Sha256(QByteArrayView secret, QByteArrayView salt, int iterations, int length);

} // namespace passgate::crypto
