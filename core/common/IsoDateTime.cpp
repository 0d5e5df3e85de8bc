#include "common/IsoDateTime.h"

#include <QTimeZone>

namespace passgate {

namespace {

// Reads exactly `count` ASCII digits at `pos`; -1 when they are not there.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<QDate> parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

std::optional<IsoReducedDate> parseIsoReducedDate(QStringView text)
{
    if (text.size() == 10) {
        const std::optional<QDate> date = parseIsoDate(text);
        return date ? std::optional(IsoReducedDate{date->year(), date->month(), date->day()}) : std::nullopt;
    }
    const int year = digits(text, 0, 4);
    // Year 0000 is not a year QDate counts; the DCC's pattern keeps years to 1900-2099 anyway.
    if ((text.size() != 4 && text.size() != 7) || year < 1)
        return std::nullopt;
    if (text.size() == 4)
        return IsoReducedDate{year, 0, 0};
    const int month = text[4] == u'-' ? digits(text, 5, 2) : -1;
    if (month < 1 || month > 12)
        return std::nullopt;
    return IsoReducedDate{year, month, 0};
}

std::optional<QDateTime> parseIsoDateTime(QStringView text)
{
    if (text.size() < 19 || (text[10] != u'T' && text[10] != u't' && text[10] != u' '))
        return std::nullopt;
    const std::optional<QDate> date = parseIsoDate(text.first(10));
    if (!date || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        ++pos;
        int scale = 100, count = 0;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            millis += (text[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
            ++count;
        }
        if (count == 0)
            return std::nullopt;
    }

    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar sign = text[pos];
        if ((sign == u'Z' || sign == u'z') && pos + 1 == text.size()) {
            pos = text.size();
        } else if (sign == u'+' || sign == u'-') {
            const QStringView rest = text.sliced(pos + 1);
            int offsetHours = -1, offsetMinutes = -1;
            if (rest.size() == 5 && rest[2] == u':') {
                offsetHours = digits(rest, 0, 2);
                offsetMinutes = digits(rest, 3, 2);
            } else if (rest.size() == 4) {
                offsetHours = digits(rest, 0, 2);
                offsetMinutes = digits(rest, 2, 2);
            } else if (rest.size() == 2) {
                offsetHours = digits(rest, 0, 2);
                offsetMinutes = 0;
            }
            if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
                return std::nullopt;
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
            pos = text.size();
        } else {
            return std::nullopt;
        }
    }

    const QDateTime local(*date, QTime(hour, minute, second, millis), QTimeZone(offsetSeconds));
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

QString formatIsoDateTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace passgate
