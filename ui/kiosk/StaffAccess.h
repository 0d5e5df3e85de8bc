#pragma once

#include "station/PinGate.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace passgate {

class KioskSettings;

// The staff/admin area's door: unlocked by the staff PIN (with lockout), remembers who unlocked it
// (the staff id recorded with paper check-ins and overrides) until locked again.
class StaffAccess : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk owns the staff PIN")
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY changed)
    Q_PROPERTY(QString staffId READ staffId NOTIFY changed)
    // False when staff unlocked without an id (the ledger then records the code "staff").
    Q_PROPERTY(bool staffIdGiven READ staffIdGiven NOTIFY changed)
    Q_PROPERTY(bool lockedOut READ lockedOut NOTIFY changed)
    Q_PROPERTY(int secondsLockedOut READ secondsLockedOut NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    StaffAccess(const Clock &clock, const KioskSettings &settings, QObject *parent = nullptr);

    bool unlocked() const { return m_unlocked; }
    QString staffId() const { return m_staffId; }
    bool staffIdGiven() const { return m_staffIdGiven; }
    bool lockedOut() const { return m_gate.lockedOut(); }
    int secondsLockedOut() const;
    int attemptsLeft() const { return m_gate.attemptsLeft(); }
    QString message() const { return m_message; }

    // Staff id: initials or a number, so the ledger says who decided; defaults to "staff".
    Q_INVOKABLE bool unlock(const QString &pin, const QString &staffId = {});
    Q_INVOKABLE void lock();

Q_SIGNALS:
    void changed();

private:
    const Clock &m_clock;
    PinGate m_gate;
    bool m_unlocked = false;
    QString m_staffId;
    bool m_staffIdGiven = false;
    QString m_message;
    QTimer m_countdown;
};

} // namespace passgate
