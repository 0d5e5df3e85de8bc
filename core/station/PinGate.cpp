#include "station/PinGate.h"

#include "station/StaffPin.h"

#include <algorithm>

namespace passgate {

PinGate::PinGate(const Clock &clock, std::function<QString()> record)
    : m_clock(clock)
    , m_record(std::move(record))
{}

bool PinGate::lockedOut() const
{
    return m_lockedUntil.isValid() && m_clock.now() < m_lockedUntil;
}

QDateTime PinGate::lockedUntil() const
{
    return lockedOut() ? m_lockedUntil : QDateTime();
}

int PinGate::attemptsLeft() const
{
    return attemptsPerLockout - m_failures;
}

PinGate::Attempt PinGate::attempt(const QString &pin)
{
    if (lockedOut())
        return {Outcome::LockedOut, 0, m_lockedUntil};
    const QString record = m_record();
    if (record.isEmpty())
        return {Outcome::NoPinSet, attemptsLeft(), {}};
    if (StaffPin::matches(pin, record)) {
        m_failures = 0;
        m_lockouts = 0;
        m_lockedUntil = {};
        return {Outcome::Unlocked, attemptsLeft(), {}};
    }
    ++m_failures;
    if (m_failures < attemptsPerLockout)
        return {Outcome::Wrong, attemptsLeft(), {}};
    const qint64 minutes = qint64(1) << std::min(m_lockouts, 6);
    ++m_lockouts;
    m_failures = 0;
    m_lockedUntil = m_clock.now().addSecs(std::min<qint64>(minutes, 60) * 60);
    return {Outcome::LockedOut, 0, m_lockedUntil};
}

} // namespace passgate
