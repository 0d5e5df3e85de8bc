#pragma once

#include <QString>

namespace passgate {

// How the visitor was checked in; stored in the ledger. New kinds are appended, never renumbered.
enum class CheckInMode
{
    Qr = 0,
    Phone = 1,
    Paper = 2,
    Override = 3,
    SafetyNumber = 4, // 개인안심번호 typed in place of a phone number
    Attested = 5      // staff saw a pass by eye while the pass apps were down (outage mode)
};

// The stable text code ("qr", "phone", "paper", "override", "safety-number", "attested"): ledger
// column, exports, CLI output.
inline QString modeCode(CheckInMode mode)
{
    switch (mode) {
    case CheckInMode::Qr:
        return QStringLiteral("qr");
    case CheckInMode::Phone:
        return QStringLiteral("phone");
    case CheckInMode::Paper:
        return QStringLiteral("paper");
    case CheckInMode::Override:
        return QStringLiteral("override");
    case CheckInMode::SafetyNumber:
        return QStringLiteral("safety-number");
    case CheckInMode::Attested:
        return QStringLiteral("attested");
    }
    return QStringLiteral("mode-%1").arg(int(mode));
}

// The inverse of modeCode; false for unknown text.
inline bool modeFromCode(const QString &code, CheckInMode *mode)
{
    for (CheckInMode candidate : {CheckInMode::Qr, CheckInMode::Phone, CheckInMode::Paper,
                                  CheckInMode::Override, CheckInMode::SafetyNumber, CheckInMode::Attested}) {
        if (modeCode(candidate) == code) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

} // namespace passgate
