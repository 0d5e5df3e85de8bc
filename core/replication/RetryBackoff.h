#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace passgate {

// How long the sync worker waits before its next attempt after a failure: "full jitter"
// (sleep = random(0, min(cap, base * 2^failures))). After a central outage every kiosk fails at the
// same moment; waits spread uniformly over a window that doubles let them come back spread out
// instead of in synchronised waves, and the cap keeps a kiosk from sleeping through a long day.
class RetryBackoff
{
public:
    using Milliseconds = std::chrono::milliseconds;
    // Returns a uniformly distributed value in [0, bound] (injected so tests can pin it).
    using Uniform = std::function<qint64(qint64 bound)>;

    RetryBackoff(Milliseconds base, Milliseconds cap, Uniform uniform = {});

    // The wait before the next attempt, counting this failure.
    Milliseconds failed();
    // A success: the next failure starts from `base` again.
    void succeeded() { m_failures = 0; }
    int failures() const { return m_failures; }
    // The upper bound of the next wait, min(cap, base * 2^failures): what status shows as "retry within".
    Milliseconds window() const;

private:
    Milliseconds m_base;
    Milliseconds m_cap;
    Uniform m_uniform;
    int m_failures = 0;
};

} // namespace passgate
