#pragma once

#include <QByteArray>

namespace passgate::crypto {

// The SHA-256 of the certificate the peer of an OpenSSL TLS session presented (DER), for pinning;
// empty without a session or a certificate. `openSslSession` is the SSL* a library hands out as an
// opaque pointer (libpq: PQsslStruct(conn, "OpenSSL")): read here, so OpenSSL stays in core/crypto.
QByteArray tlsPeerCertificateSha256(void *openSslSession);

} // namespace passgate::crypto
