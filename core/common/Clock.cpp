#include "common/Clock.h"

#include <QTimeZone>

namespace passgate {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(QDateTime at)
    : m_at(at.toUTC())
{}

void FixedClock::set(const QDateTime &at)
{
    m_at = at.toUTC();
}

void FixedClock::advance(std::chrono::seconds by)
{
    m_at = m_at.addSecs(by.count());
}

} // namespace passgate
