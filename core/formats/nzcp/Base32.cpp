#include "formats/nzcp/Base32.h"

namespace passgate::nzcp {

namespace {

const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(QChar c)
{
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A';
    if (c >= u'2' && c <= u'7')
        return c.unicode() - u'2' + 26;
    return -1;
}

} // namespace

Result<QByteArray, PassError> decodeBase32(QStringView text)
{
    const qsizetype tail = text.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return fail(PassErrorCode::InvalidBase32,
                    QStringLiteral("%1 characters: no base32 text has that length").arg(text.size()));
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = valueOf(text[i]);
        if (value < 0)
            return fail(
                PassErrorCode::InvalidBase32,
                text[i] == u'='
                    ? QStringLiteral("padding '=' at position %1; the NZ COVID Pass omits it").arg(i)
                    : QStringLiteral("'%1' at position %2 is not a base32 character").arg(text[i]).arg(i));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return fail(PassErrorCode::InvalidBase32,
                    QStringLiteral("the last character carries bits beyond the data"));
    return out;
}

QString encodeBase32(QByteArrayView bytes)
{
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(alphabet[(buffer >> bits) & 0x1F]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1F]));
    return out;
}

} // namespace passgate::nzcp
