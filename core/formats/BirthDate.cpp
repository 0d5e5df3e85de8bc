#include "formats/BirthDate.h"

namespace passgate {

namespace {

// DIGITS decimal digits of TEXT from FROM; std::nullopt when any is not one (this runs on every scan).
std::optional<int> number(QStringView text, qsizetype from, qsizetype digits)
{
    int value = 0;
    for (qsizetype i = from; i < from + digits; ++i) {
        if (text[i] < u'0' || text[i] > u'9')
            return std::nullopt;
        value = value * 10 + (text[i].unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<BirthDate> BirthDate::parse(QStringView text)
{
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    BirthDate date;
    const std::optional<int> year = number(text, 0, 4);
    if (!year)
        return std::nullopt;
    date.year = *year;
    if (text.size() >= 7) {
        const std::optional<int> month = text[4] == u'-' ? number(text, 5, 2) : std::nullopt;
        if (!month || *month < 1 || *month > 12)
            return std::nullopt;
        date.month = *month;
    }
    if (text.size() == 10) {
        const std::optional<int> day = text[7] == u'-' ? number(text, 8, 2) : std::nullopt;
        if (!day || !QDate::isValid(date.year, date.month, *day))
            return std::nullopt;
        date.day = *day;
    }
    if (!date.earliestDay().isValid()) // year 0000: ISO 8601's calendar has none that Qt counts
        return std::nullopt;
    return date;
}

} // namespace passgate
