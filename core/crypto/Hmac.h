#pragma once

#include <QByteArray>

namespace passgate::crypto {

// HMAC-SHA256 (RFC 2104). Used to key certificate ids to one venue: the same id always gives the same
// tag at this venue and a tag that is useless anywhere without the venue secret.
// Returns the 32-byte tag; empty only if OpenSSL itself fails (it cannot for valid input).
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

} // namespace passgate::crypto
