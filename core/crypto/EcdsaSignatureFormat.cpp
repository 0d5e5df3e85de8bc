#include "crypto/EcdsaSignatureFormat_p.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>

#include <memory>

namespace passgate {

namespace {
using EcdsaSig = std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)>;
} // namespace

namespace {

// A DER length: short form below 128, else 0x81/0x82 and the bytes (a signature is never longer).
void appendLength(QByteArray &out, qsizetype length)
{
    if (length >= 0x100)
        out.append(char(0x82)).append(char(length >> 8));
    else if (length >= 0x80)
        out.append(char(0x81));
    out.append(char(length & 0xff));
}

// A DER INTEGER holding the unsigned big-endian `magnitude`: no leading zero bytes except one
// where the first byte would otherwise read as negative.
QByteArray derInteger(QByteArrayView magnitude)
{
    qsizetype start = 0;
    while (start + 1 < magnitude.size() && magnitude[start] == 0)
        ++start;
    const QByteArrayView digits = magnitude.sliced(start);
    const bool pad = (static_cast<unsigned char>(digits[0]) & 0x80) != 0;
    QByteArray integer;
    integer.append(char(0x02));
    appendLength(integer, digits.size() + (pad ? 1 : 0));
    if (pad)
        integer.append(char(0x00));
    integer.append(digits);
    return integer;
}

} // namespace

// Written directly rather than through BIGNUMs and i2d_ECDSA_SIG: this runs for every scan.
QByteArray ecdsaRawToDer(QByteArrayView raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return {};
    const qsizetype half = raw.size() / 2;
    const QByteArray r = derInteger(raw.first(half));
    const QByteArray s = derInteger(raw.sliced(half));
    QByteArray der;
    der.reserve(r.size() + s.size() + 4);
    der.append(char(0x30));
    appendLength(der, r.size() + s.size());
    der.append(r).append(s);
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
