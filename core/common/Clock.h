#pragma once

#include <QDateTime>

#include <chrono>

namespace passgate {

// Every validity decision reads time from an injected Clock, never from the wall clock directly,
// so tests can stand on a boundary second and the kiosk can notice a clock that jumped back.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at);
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at);
    void advance(std::chrono::seconds by);

private:
    QDateTime m_at;
};

} // namespace passgate
