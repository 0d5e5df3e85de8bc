#include "scan/ScanMetrics.h"

#include <algorithm>
#include <cmath>

namespace passgate {

ScanMetrics::ScanMetrics(qsizetype windowSize, QObject *parent)
    : QObject(parent)
    , m_windowSize(qMax<qsizetype>(1, windowSize))
{}

double ScanMetrics::percentile(double percent) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted[qBound<qsizetype>(0, rank - 1, sorted.size() - 1)];
}

void ScanMetrics::record(const FrameReading &reading, quint64 seen, quint64 dropped)
{
    m_seen = seen;
    m_dropped = dropped;
    ++m_decoded;
    if (!reading.error.isEmpty())
        ++m_errors;
    if (!reading.texts.isEmpty()) {
        ++m_withCode;
        if (m_firstCodeFrame < 0)
            m_firstCodeFrame = qint64(reading.frameIndex);
    }
    m_lastMs = reading.decodeMs;
    if (m_samples.size() < m_windowSize) {
        m_samples.append(reading.decodeMs);
    } else {
        m_samples[m_nextSample] = reading.decodeMs;
        m_nextSample = (m_nextSample + 1) % m_windowSize;
    }
    Q_EMIT changed();
}

void ScanMetrics::setCounts(quint64 seen, quint64 dropped)
{
    if (seen == m_seen && dropped == m_dropped)
        return;
    m_seen = seen;
    m_dropped = dropped;
    Q_EMIT changed();
}

void ScanMetrics::reset()
{
    m_samples.clear();
    m_nextSample = 0;
    m_seen = m_decoded = m_dropped = m_withCode = m_errors = 0;
    m_firstCodeFrame = -1;
    m_lastMs = 0;
    Q_EMIT changed();
}

void ScanMetrics::setWindowSize(qsizetype windowSize)
{
    m_windowSize = qMax<qsizetype>(1, windowSize);
    m_samples.clear();
    m_nextSample = 0;
}

QJsonObject ScanMetrics::toJson() const
{
    const auto rounded = [](double ms) { return std::round(ms * 1000.0) / 1000.0; };
    return QJsonObject{
        {QStringLiteral("frames"), qint64(m_seen)},
        {QStringLiteral("decoded"), qint64(m_decoded)},
        {QStringLiteral("dropped"), qint64(m_dropped)},
        {QStringLiteral("withCode"), qint64(m_withCode)},
        {QStringLiteral("errors"), qint64(m_errors)},
        {QStringLiteral("decodeMs"), QJsonObject{{QStringLiteral("p50"), rounded(decodeMsP50())},
                                                 {QStringLiteral("p95"), rounded(decodeMsP95())},
                                                 {QStringLiteral("p99"), rounded(decodeMsP99())}}},
        {QStringLiteral("firstDecodeFrame"), m_firstCodeFrame},
    };
}

QString ScanMetrics::summary() const
{
    return QStringLiteral(
               "%1 frames seen, %2 decoded, %3 dropped, %4 with a code, %5 errors; decode ms p50 %6 "
               "p95 %7 p99 %8")
        .arg(m_seen)
        .arg(m_decoded)
        .arg(m_dropped)
        .arg(m_withCode)
        .arg(m_errors)
        .arg(decodeMsP50(), 0, 'f', 2)
        .arg(decodeMsP95(), 0, 'f', 2)
        .arg(decodeMsP99(), 0, 'f', 2);
}

} // namespace passgate
