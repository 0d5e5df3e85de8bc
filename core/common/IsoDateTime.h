#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>

#include <optional>

namespace passgate {

// ISO 8601 as pass issuers and test vectors really write it: "2021-05-24T18:40:00+02:00",
// "2021-07-02T07:44:21+0000", "2021-06-08T20:17:27.9906293Z" (any number of fraction digits,
// truncated to milliseconds). A missing offset means UTC. The result is always UTC.
std::optional<QDateTime> parseIsoDateTime(QStringView text);

// A calendar date "YYYY-MM-DD"; std::nullopt for anything else or an impossible date.
std::optional<QDate> parseIsoDate(QStringView text);

// An ISO 8601 calendar date at reduced precision: "YYYY", "YYYY-MM" or "YYYY-MM-DD", as birth dates
// are written (the EU DCC's dob, FHIR's Patient.birthDate). A month or day of 00 (as some issuers
// write an unknown part: "1963-00") and an impossible day ("2021-02-30") are no dates: ISO 8601 has
// neither, and the DCC schema describes dob as an ISO 8601 date even where its pattern lets them by.
struct IsoReducedDate
{
    int year = 0;
    int month = 0; // 0: not stated
    int day = 0;   // 0: not stated

    // The first day the date can mean: "1964" -> 1964-01-01, "1964-08" -> 1964-08-01.
    QDate earliestDay() const { return QDate(year, month == 0 ? 1 : month, day == 0 ? 1 : day); }
};
std::optional<IsoReducedDate> parseIsoReducedDate(QStringView text);

// UTC, seconds precision, "Z" suffix: the one format passgate writes.
QString formatIsoDateTime(const QDateTime &at);

} // namespace passgate
