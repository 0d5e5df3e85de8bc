#include "policy/certlogic/DateTime_p.h"

#include <cstdlib>

namespace passgate::certlogic {

namespace {

constexpr Milliseconds msPerSecond = 1000;
constexpr Milliseconds msPerHour = 3600 * msPerSecond;
constexpr Milliseconds msPerDay = 24 * msPerHour;
// ECMAScript's time value range: 100,000,000 days either side of the epoch.
constexpr Milliseconds maxTimeValue = 100'000'000 * msPerDay;
// Far beyond any meaningful offset, small enough that the arithmetic below cannot overflow.
constexpr qint64 maxAmount = 1'000'000'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12); H. Hinnant's civil algorithm.
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = floorDiv(year, 400);
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

struct Civil
{
    qint64 year;
    int month; // 1..12
    int day;   // 1..31
};

Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    return {yearOfEra + era * 400 + (month <= 2), month, day};
}

bool isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(qint64 year, int month)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : lengths[month - 1];
}

// ECMAScript MakeDay: month is 0-based and may lie outside 0..11, day may exceed the month's length.
qint64 makeDay(qint64 year, qint64 month0, qint64 day)
{
    const qint64 normalisedYear = year + floorDiv(month0, 12);
    const int normalisedMonth = int(month0 - floorDiv(month0, 12) * 12) + 1;
    return daysFromCivil(normalisedYear, normalisedMonth, 1) + day - 1;
}

std::optional<Milliseconds> inRange(Milliseconds instant)
{
    if (instant > maxTimeValue || instant < -maxTimeValue)
        return std::nullopt;
    return instant;
}

// Reads exactly `count` decimal digits at `pos`.
std::optional<int> digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

int countDigits(QStringView text, qsizetype pos)
{
    int count = 0;
    while (pos + count < text.size() && text[pos + count] >= u'0' && text[pos + count] <= u'9')
        ++count;
    return count;
}

// Parses the offset part after the seconds: "", "Z", or a sign with h, hh, hmm, hhmm, h:mm, hh:mm.
std::optional<int> parseOffsetMinutes(QStringView offset)
{
    if (offset.isEmpty() || offset == u"Z")
        return 0;
    const QChar sign = offset.front();
    if (sign != u'+' && sign != u'-')
        return std::nullopt;
    const QStringView rest = offset.mid(1);
    int hours = 0;
    int minutes = 0;
    const qsizetype colon = rest.indexOf(u':');
    if (colon >= 0) {
        if ((colon != 1 && colon != 2) || rest.size() != colon + 3)
            return std::nullopt;
        const auto h = digits(rest, 0, int(colon));
        const auto m = digits(rest, colon + 1, 2);
        if (!h || !m)
            return std::nullopt;
        hours = *h;
        minutes = *m;
    } else {
        const int count = countDigits(rest, 0);
        if (count != rest.size() || count < 1 || count > 4)
            return std::nullopt;
        const int hourDigits = count <= 2 ? count : count - 2;
        hours = *digits(rest, 0, hourDigits);
        minutes = count <= 2 ? 0 : *digits(rest, hourDigits, 2);
    }
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    const int total = hours * 60 + minutes;
    return sign == u'-' ? -total : total;
}

std::optional<Milliseconds> midnight(qint64 year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return inRange(daysFromCivil(year, month, day) * msPerDay);
}

} // namespace

std::optional<TimeUnit> timeUnitFromName(QStringView name)
{
    if (name == u"year")
        return TimeUnit::Year;
    if (name == u"month")
        return TimeUnit::Month;
    if (name == u"day")
        return TimeUnit::Day;
    if (name == u"hour")
        return TimeUnit::Hour;
    return std::nullopt;
}

std::optional<Milliseconds> parseDateOfBirth(QStringView text)
{
    const auto year = digits(text, 0, 4);
    if (!year)
        return std::nullopt;
    if (text.size() == 4)
        return midnight(*year, 12, 31);
    if (text[4] != u'-')
        return std::nullopt;
    const auto month = digits(text, 5, 2);
    if (!month || *month < 1 || *month > 12)
        return std::nullopt;
    if (text.size() == 7)
        return midnight(*year, *month, daysInMonth(*year, *month));
    if (text.size() != 10 || text[7] != u'-')
        return std::nullopt;
    const auto day = digits(text, 8, 2);
    if (!day)
        return std::nullopt;
    return midnight(*year, *month, *day);
}

std::optional<Milliseconds> parseDateTime(QStringView text)
{
    if (text.size() <= 10)
        return parseDateOfBirth(text);
    if (text[10] != u'T')
        return std::nullopt;
    const auto date = parseDateOfBirth(text.first(10));
    if (!date)
        return std::nullopt;
    // "YYYY-MM-DDThh:mm:ss" is 19 characters; the time part must be complete.
    if (text.size() < 19 || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const auto hours = digits(text, 11, 2);
    const auto minutes = digits(text, 14, 2);
    const auto seconds = digits(text, 17, 2);
    if (!hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59)
        return std::nullopt;
    qsizetype pos = 19;
    int milliseconds = 0;
    if (pos < text.size() && text[pos] == u'.') {
        const int fraction = countDigits(text, pos + 1);
        if (fraction == 0)
            return std::nullopt;
        // Keep three places, padding short fractions: ".5" is 500 ms, ".123456" is 123 ms.
        for (int i = 0; i < 3; ++i)
            milliseconds = milliseconds * 10 + (i < fraction ? text[pos + 1 + i].unicode() - u'0' : 0);
        pos += 1 + fraction;
    }
    const auto offset = parseOffsetMinutes(text.mid(pos));
    if (!offset)
        return std::nullopt;
    return inRange(*date + *hours * msPerHour + *minutes * 60 * msPerSecond + *seconds * msPerSecond +
                   milliseconds - Milliseconds(*offset) * 60 * msPerSecond);
}

std::optional<Milliseconds> plusTime(Milliseconds instant, qint64 amount, TimeUnit unit)
{
    if (amount > maxAmount || amount < -maxAmount || !inRange(instant))
        return std::nullopt;
    switch (unit) {
    case TimeUnit::Hour:
        return inRange(instant + amount * msPerHour);
    case TimeUnit::Day:
        return inRange(instant + amount * msPerDay);
    case TimeUnit::Month:
    case TimeUnit::Year: {
        const qint64 days = floorDiv(instant, msPerDay);
        const Milliseconds timeOfDay = instant - days * msPerDay;
        const Civil civil = civilFromDays(days);
        const qint64 year = civil.year + (unit == TimeUnit::Year ? amount : 0);
        const qint64 month0 = civil.month - 1 + (unit == TimeUnit::Month ? amount : 0);
        return inRange(makeDay(year, month0, civil.day) * msPerDay + timeOfDay);
    }
    }
    return std::nullopt;
}

QString formatDateTime(Milliseconds instant)
{
    const qint64 days = floorDiv(instant, msPerDay);
    const Milliseconds timeOfDay = instant - days * msPerDay;
    const Civil civil = civilFromDays(days);
    const QString year = civil.year >= 0 && civil.year <= 9999
                             ? QStringLiteral("%1").arg(civil.year, 4, 10, QLatin1Char('0'))
                             : (civil.year < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
                                   QStringLiteral("%1").arg(std::llabs(civil.year), 6, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
        .arg(year)
        .arg(civil.month, 2, 10, QLatin1Char('0'))
        .arg(civil.day, 2, 10, QLatin1Char('0'))
        .arg(timeOfDay / msPerHour, 2, 10, QLatin1Char('0'))
        .arg(timeOfDay / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(timeOfDay / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(timeOfDay % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace passgate::certlogic
