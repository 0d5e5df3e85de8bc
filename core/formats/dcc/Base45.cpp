#include "formats/dcc/Base45.h"

#include <array>

namespace passgate::dcc {

namespace {

constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
constexpr int radix = 45;

constexpr std::array<qint8, 128> makeValues()
{
    std::array<qint8, 128> values{};
    for (auto &value : values)
        value = -1;
    for (int i = 0; i < radix; ++i)
        values[static_cast<unsigned char>(alphabet[i])] = static_cast<qint8>(i);
    return values;
}
constexpr std::array<qint8, 128> valueOf = makeValues();

QString describe(QChar c)
{
    if (c.isPrint() && c.unicode() < 128)
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Result<QByteArray, PassError> decodeBase45(QStringView text)
{
    if (text.size() % 3 == 1)
        return fail(
            PassErrorCode::InvalidBase45,
            QStringLiteral("base45 text of %1 characters is impossible (a length of 3n+1 never occurs)")
                .arg(text.size()));
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype groupSize = qMin<qsizetype>(3, text.size() - i);
        int value = 0, weight = 1;
        for (qsizetype j = 0; j < groupSize; ++j) {
            const QChar c = text[i + j];
            const int digit = c.unicode() < 128 ? valueOf[c.unicode()] : -1;
            if (digit < 0)
                return fail(PassErrorCode::InvalidBase45,
                            QStringLiteral("character %1 at position %2 is not in the base45 alphabet")
                                .arg(describe(c))
                                .arg(i + j));
            value += digit * weight;
            weight *= radix;
        }
        if (groupSize == 3) {
            if (value > 0xFFFF)
                return fail(PassErrorCode::InvalidBase45,
                            QStringLiteral("base45 group '%1' at position %2 is %3, above 65535")
                                .arg(text.sliced(i, 3))
                                .arg(i)
                                .arg(value));
            out.append(static_cast<char>(value >> 8));
            out.append(static_cast<char>(value & 0xFF));
        } else {
            if (value > 0xFF)
                return fail(PassErrorCode::InvalidBase45,
                            QStringLiteral("final base45 pair '%1' is %2, above 255")
                                .arg(text.sliced(i, 2))
                                .arg(value));
            out.append(static_cast<char>(value));
        }
    }
    return out;
}

QString encodeBase45(QByteArrayView data)
{
    QString out;
    out.reserve(data.size() / 2 * 3 + 2);
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2) {
        int value = static_cast<unsigned char>(data[i]) * 256 + static_cast<unsigned char>(data[i + 1]);
        for (int j = 0; j < 3; ++j) {
            out.append(QLatin1Char(alphabet[value % radix]));
            value /= radix;
        }
    }
    if (i < data.size()) {
        int value = static_cast<unsigned char>(data[i]);
        out.append(QLatin1Char(alphabet[value % radix]));
        out.append(QLatin1Char(alphabet[value / radix]));
    }
    return out;
}

} // namespace passgate::dcc
