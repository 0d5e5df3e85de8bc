#include "replication/RetryBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace passgate {

RetryBackoff::RetryBackoff(Milliseconds base, Milliseconds cap, Uniform uniform)
    : m_base(std::max(base, Milliseconds(1)))
    , m_cap(std::max(cap, m_base))
    , m_uniform(uniform ? std::move(uniform) : [](qint64 bound) {
        return qint64(QRandomGenerator::system()->bounded(quint64(bound) + 1));
    })
{}

RetryBackoff::Milliseconds RetryBackoff::window() const
{
    // Doubling stops once past the cap: no overflow however long the server stays away.
    qint64 bound = m_base.count();
    for (int i = 0; i < m_failures && bound < m_cap.count(); ++i)
        bound *= 2;
    return Milliseconds(std::min(bound, qint64(m_cap.count())));
}

RetryBackoff::Milliseconds RetryBackoff::failed()
{
    const qint64 bound = window().count();
    if (m_failures < 64)
        ++m_failures;
    return Milliseconds(std::clamp(m_uniform(bound), qint64(0), bound));
}

} // namespace passgate
