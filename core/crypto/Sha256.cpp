#include "crypto/Sha256_p.h"

#include <openssl/evp.h>

namespace passgate {

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    // EVP_Digest with a built-in digest cannot fail short of memory exhaustion.
    EVP_Digest(data.data(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char *>(digest.data()), &length, EVP_sha256(), nullptr);
    digest.resize(static_cast<qsizetype>(length));
    return digest;
}

} // namespace passgate
