#include "crypto/EcdsaSignatureFormat.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>

#include <memory>

namespace passgate {

namespace {
using EcdsaSig = std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)>;
} // namespace

QByteArray ecdsaRawToDer(QByteArrayView raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return {};
    const int half = static_cast<int>(raw.size() / 2);
    const auto *data = reinterpret_cast<const unsigned char *>(raw.data());
    EcdsaSig sig(ECDSA_SIG_new(), ECDSA_SIG_free);
    BIGNUM *r = BN_bin2bn(data, half, nullptr);
    BIGNUM *s = BN_bin2bn(data + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &cursor);
    return der;
}

QByteArray ecdsaDerToRaw(QByteArrayView der, int fieldBytes)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.data());
    EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())), ECDSA_SIG_free);
    if (!sig || fieldBytes <= 0)
        return {};
    const BIGNUM *r = ECDSA_SIG_get0_r(sig.get());
    const BIGNUM *s = ECDSA_SIG_get0_s(sig.get());
    if (BN_num_bytes(r) > fieldBytes || BN_num_bytes(s) > fieldBytes)
        return {};
    QByteArray raw(2 * fieldBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, fieldBytes) != fieldBytes ||
        BN_bn2binpad(s, out + fieldBytes, fieldBytes) != fieldBytes)
        return {};
    return raw;
}

} // namespace passgate
