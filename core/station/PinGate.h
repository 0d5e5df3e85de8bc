#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace passgate {

// Guards the staff area: checks PIN attempts against the stored record and locks out after
// repeated failures. Each lockout is twice as long as the one before (1 min, 2 min, 4 min, ... capped
// at an hour), so guessing a 4-digit PIN at a self-scan kiosk takes days, while a member of staff who
// mistypes twice loses nothing.
class PinGate
{
public:
    enum class Outcome
    {
        Unlocked,
        Wrong,
        LockedOut,
        NoPinSet
    };
    struct Attempt
    {
        Outcome outcome = Outcome::Wrong;
        int attemptsLeft = 0;  // before the next lockout
        QDateTime lockedUntil; // UTC, set for LockedOut (also when this attempt caused it)
    };

    static constexpr int attemptsPerLockout = 5;

    // `record` returns the stored PIN record (read on every attempt so a PIN change takes effect).
    PinGate(const Clock &clock, std::function<QString()> record);

    Attempt attempt(const QString &pin);
    bool lockedOut() const;
    QDateTime lockedUntil() const; // invalid when not locked out
    int attemptsLeft() const;

private:
    const Clock &m_clock;
    std::function<QString()> m_record;
    int m_failures = 0;
    int m_lockouts = 0;
    QDateTime m_lockedUntil;
};

} // namespace passgate
