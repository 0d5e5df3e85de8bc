#include "crypto/Pbkdf2.h"

#include <openssl/evp.h>

namespace passgate::crypto {

QByteArray pbkdf2Sha256(QByteArrayView secret, QByteArrayView salt, int iterations, int length)
{
    if (iterations < 1 || length < 1)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.data(), int(secret.size()),
                          reinterpret_cast<const unsigned char *>(salt.data()), int(salt.size()), iterations,
                          EVP_sha256(), length, reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

} // namespace passgate::crypto
