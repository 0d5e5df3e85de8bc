#include "crypto/ConstantTime.h"

#include <openssl/crypto.h>

namespace passgate::crypto {

bool sameBytesInConstantTime(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace passgate::crypto
