#include "crypto/OpenSsl_p.h"
#include "crypto/SecureRandom.h"

#include <openssl/err.h>
#include <openssl/rand.h>

namespace passgate::openssl {

QString lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace passgate::openssl

namespace passgate::crypto {

QByteArray secureRandomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(openssl::bytes(out), count) != 1)
        return {};
    return out;
}

} // namespace passgate::crypto
