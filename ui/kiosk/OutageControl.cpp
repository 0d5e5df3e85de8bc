#include "kiosk/OutageControl.h"

#include "common/Clock.h"
#include "kiosk/ReasonText.h"
#include "kiosk/StaffAccess.h"
#include "station/CheckInStation.h"

namespace passgate {

OutageControl::OutageControl(CheckInStation &station, StaffAccess &staff, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_staff(staff)
    , m_clock(clock)
{
    // The state is the station's (read back from the ledger at start); this only follows it.
    connect(&m_station, &CheckInStation::statusChanged, this, &OutageControl::changed);
}

bool OutageControl::active() const
{
    return m_station.outage().has_value();
}

QString OutageControl::since() const
{
    const auto outage = m_station.outage();
    if (!outage || !outage->started.isValid())
        return {};
    const QDateTime local = outage->started.toLocalTime();
    return local.date() == m_clock.now().toLocalTime().date()
               ? local.toString(QStringLiteral("HH:mm"))
               : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString OutageControl::reason() const
{
    const auto outage = m_station.outage();
    return outage ? outage->reason : QString();
}

bool OutageControl::start(const QString &reason)
{
    if (!m_staff.unlocked())
        return finish(tr("Outage mode is turned on by staff: unlock with the staff PIN."));
    if (reason.trimmed().isEmpty())
        return finish(tr("Say what is down: choose a reason or type one."));
    const auto started = m_station.startOutage(reason, m_staff.staffId());
    return finish(
        started ? QString()
                : tr("Outage mode could not be recorded: %1").arg(ReasonText::sentence(started.error())));
}

bool OutageControl::end()
{
    if (!m_staff.unlocked())
        return finish(tr("Outage mode is turned off by staff: unlock with the staff PIN."));
    const auto ended = m_station.endOutage(m_staff.staffId());
    return finish(ended ? QString()
                        : tr("The end of outage mode could not be recorded: %1")
                              .arg(ReasonText::sentence(ended.error())));
}

bool OutageControl::finish(const QString &problem)
{
    m_problem = problem;
    Q_EMIT changed();
    return problem.isEmpty();
}

} // namespace passgate
