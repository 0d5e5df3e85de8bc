#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

namespace passgate {

// A birth date as passes write it: an ISO 8601 calendar date at reduced precision, "YYYY", "YYYY-MM"
// or "YYYY-MM-DD" (the EU DCC's dob, FHIR's Patient.birthDate). A month or day of 00 (as some
// issuers write an unknown part: "1963-00") and an impossible day ("2021-02-30") are no dates: ISO
// 8601 has neither, and the DCC schema describes dob as an ISO 8601 date even where its pattern lets
// them through. Such a pass is a data problem for staff, never an age a policy could count from.
struct BirthDate
{
    int year = 0;
    int month = 0; // 0: not stated
    int day = 0;   // 0: not stated

    // Exactly one of the three forms, digits only; std::nullopt for anything else.
    static std::optional<BirthDate> parse(QStringView text);

    // The first day the date can mean: "1964" -> 1964-01-01, "1964-08" -> 1964-08-01.
    QDate earliestDay() const { return QDate(year, month == 0 ? 1 : month, day == 0 ? 1 : day); }
};

} // namespace passgate
