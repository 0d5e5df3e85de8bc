#include "crypto/Hmac.h"

#include "crypto/OpenSsl_p.h"

#include <openssl/evp.h>

namespace passgate::crypto {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    QByteArray tag(32, Qt::Uninitialized);
    size_t length = 0;
    // EVP_Q_mac refuses a null key pointer even for an empty key, so always pass a valid address.
    static const unsigned char emptyKey = 0;
    const unsigned char *keyBytes = key.isEmpty() ? &emptyKey : openssl::bytes(key);
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, keyBytes, size_t(key.size()),
                   openssl::bytes(message), size_t(message.size()), openssl::bytes(tag), size_t(tag.size()),
                   &length) ||
        length != size_t(tag.size()))
        return {};
    return tag;
}

} // namespace passgate::crypto
