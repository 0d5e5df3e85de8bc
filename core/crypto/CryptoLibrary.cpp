#include "crypto/CryptoLibrary.h"

#include <openssl/crypto.h>

namespace passgate::crypto {

QString libraryVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace passgate::crypto
