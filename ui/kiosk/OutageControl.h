#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace passgate {

class CheckInStation;
class Clock;
class StaffAccess;

// Outage mode as staff and visitors see it (CheckInStation::startOutage): turned on and off in the
// staff area behind the PIN, with a preset or typed reason; while on, every screen shows a red banner
// with the start time, the counter offers one-tap checks by eye, the self-scan page sends visitors
// to the counter. The ledger holds when and by whom.
class OutageControl : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk owns outage mode")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    // Local time the mode started, "HH:mm" today, "yyyy-MM-dd HH:mm" before.
    Q_PROPERTY(QString since READ since NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    // Why the last start or end did not happen, in words for staff; empty when it did.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    OutageControl(CheckInStation &station, StaffAccess &staff, const Clock &clock, QObject *parent = nullptr);

    bool active() const;
    QString since() const;
    QString reason() const;
    QString problem() const { return m_problem; }

    Q_INVOKABLE bool start(const QString &reason);
    Q_INVOKABLE bool end();

Q_SIGNALS:
    void changed();

private:
    bool finish(const QString &problem);

    CheckInStation &m_station;
    StaffAccess &m_staff;
    const Clock &m_clock;
    QString m_problem;
};

} // namespace passgate
