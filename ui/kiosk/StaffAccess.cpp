#include "kiosk/StaffAccess.h"

#include "kiosk/KioskSettings.h"

#include <QLoggingCategory>

namespace passgate {

// Who opened the staff area, and wrong PINs, belong in the venue's log: an owner asking "who
// changed the settings at 3 pm" or "has someone been guessing the PIN" has nothing else to go by.
Q_LOGGING_CATEGORY(lcStaff, "passgate.staff")

StaffAccess::StaffAccess(const Clock &clock, const KioskSettings &settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_gate(clock, [&settings] { return settings.config().staffPinRecord; })
{
    // Only the countdown shown to staff ticks on a timer; whether the lockout is over comes from the clock.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (!m_gate.lockedOut()) {
            m_countdown.stop();
            m_message.clear();
        }
        Q_EMIT changed();
    });
}

int StaffAccess::secondsLockedOut() const
{
    const QDateTime until = m_gate.lockedUntil();
    return until.isValid() ? int(m_clock.now().secsTo(until)) : 0;
}

bool StaffAccess::unlock(const QString &pin, const QString &staffId)
{
    const PinGate::Attempt attempt = m_gate.attempt(pin);
    switch (attempt.outcome) {
    case PinGate::Outcome::Unlocked:
        m_unlocked = true;
        m_staffIdGiven = !staffId.trimmed().isEmpty();
        m_staffId = m_staffIdGiven ? staffId.trimmed() : QStringLiteral("staff");
        m_message.clear();
        qCInfo(lcStaff).noquote() << "staff area unlocked by" << m_staffId;
        break;
    case PinGate::Outcome::Wrong:
        m_message = tr("Wrong PIN. %n attempt(s) left before a pause.", nullptr, attempt.attemptsLeft);
        qCInfo(lcStaff) << "wrong staff PIN; attempts left before a pause:" << attempt.attemptsLeft;
        break;
    case PinGate::Outcome::LockedOut:
        m_message = tr("Too many wrong PINs. Try again in %n second(s).", nullptr, secondsLockedOut());
        qCWarning(lcStaff) << "staff PIN paused for" << secondsLockedOut() << "seconds after wrong PINs";
        m_countdown.start();
        break;
    case PinGate::Outcome::NoPinSet:
        m_message = tr("No staff PIN is set: finish the setup first.");
        break;
    }
    Q_EMIT changed();
    return m_unlocked;
}

void StaffAccess::lock()
{
    m_unlocked = false;
    m_staffId.clear();
    m_staffIdGiven = false;
    m_message.clear();
    Q_EMIT changed();
}

} // namespace passgate
