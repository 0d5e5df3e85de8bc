#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace passgate::certlogic {

// CertLogic date-times are instants with millisecond precision, kept as milliseconds since the Unix
// epoch (UTC). Only plusTime and dccDateOfBirth make them, so all parsing and arithmetic live here
// and follow the specification (which pins the behaviour to JavaScript's Date UTC methods).
using Milliseconds = qint64;

enum class TimeUnit
{
    Year,
    Month,
    Day,
    Hour
};

std::optional<TimeUnit> timeUnitFromName(QStringView name);

// The formats the specification allows for plusTime: YYYY, YYYY-MM, YYYY-MM-DD, and
// YYYY-MM-DDThh:mm:ss[.S...][Z|+-h|+-hh|+-hmm|+-hhmm|+-h:mm|+-hh:mm]. A missing offset means UTC;
// sub-millisecond digits are dropped; partial dates mean the last day they cover, as dccDateOfBirth.
std::optional<Milliseconds> parseDateTime(QStringView text);

// An EU DCC date of birth (YYYY, YYYY-MM or YYYY-MM-DD) as the last day consistent with it, at
// midnight UTC: "2004" is 2004-12-31, "2004-02" is 2004-02-29.
std::optional<Milliseconds> parseDateOfBirth(QStringView text);

// Adds amount units the way Date.setUTC<Unit>(getUTC<Unit>() + amount) does: a day that does not
// exist in the target month rolls over (2020-02-29 plus one year is 2021-03-01). Empty when the
// result leaves the range of JavaScript dates (about +-273,790 years).
std::optional<Milliseconds> plusTime(Milliseconds instant, qint64 amount, TimeUnit unit);

// ISO 8601 in UTC with milliseconds, as Date.toISOString: "2021-06-01T00:00:00.000Z".
QString formatDateTime(Milliseconds instant);

} // namespace passgate::certlogic
