#include "crypto/TlsPeer.h"

#include "crypto/OpenSsl_p.h"

#include <openssl/ssl.h>

namespace passgate::crypto {

QByteArray tlsPeerCertificateSha256(void *openSslSession)
{
    auto *ssl = static_cast<SSL *>(openSslSession);
    if (!ssl)
        return {};
    const openssl::X509Ptr certificate(SSL_get1_peer_certificate(ssl));
    if (!certificate)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate.get(), EVP_sha256(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace passgate::crypto
