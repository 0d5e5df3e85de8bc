#include "formats/shc/ShcDecoder.h"

namespace passgate::shc {

namespace {

// Every character of a compact JWS lies between '-' (45) and 'z' (122): two decimal digits each.
constexpr int numericOffset = 45;
constexpr int largestPair = 'z' - numericOffset;

QString describe(QChar c)
{
    if (c.isPrint() && c.unicode() < 128 && c != u' ')
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Result<QByteArray, PassError> ShcDecoder::decodeNumeric(QStringView digits)
{
    if (digits.isEmpty())
        return fail(PassErrorCode::InvalidNumeric, QStringLiteral("no digits after the shc:/ header"));
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits[i];
        if (c < u'0' || c > u'9')
            return fail(PassErrorCode::InvalidNumeric,
                        QStringLiteral("character %1 at position %2 of the numeric part is not a digit")
                            .arg(describe(c))
                            .arg(i));
    }
    if (digits.size() % 2 != 0)
        return fail(
            PassErrorCode::InvalidNumeric,
            QStringLiteral("%1 digits: an odd count (each JWS character is two digits)").arg(digits.size()));
    QByteArray jws;
    jws.reserve(digits.size() / 2);
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const int value = (digits[i].unicode() - u'0') * 10 + (digits[i + 1].unicode() - u'0');
        if (value > largestPair)
            return fail(PassErrorCode::InvalidNumeric,
                        QStringLiteral("the digit pair %1 at position %2 is above %3 (the pair of 'z')")
                            .arg(digits.sliced(i, 2))
                            .arg(i)
                            .arg(largestPair));
        jws.append(static_cast<char>(value + numericOffset));
    }
    return jws;
}

QString ShcDecoder::encodeNumeric(QByteArrayView jws)
{
    QString digits;
    digits.reserve(jws.size() * 2);
    for (const char c : jws) {
        const int value = static_cast<unsigned char>(c) - numericOffset;
        digits.append(QLatin1Char(static_cast<char>('0' + value / 10)));
        digits.append(QLatin1Char(static_cast<char>('0' + value % 10)));
    }
    return digits;
}

} // namespace passgate::shc
