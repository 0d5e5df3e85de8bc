#pragma once

#include "scan/FrameReading.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace passgate {

// How the scanner is doing, for the staff view (QML binds to the properties) and the log. Decode times
// are kept for the last windowSize decoded frames, so a kiosk running for weeks stays bounded.
class ScanMetrics : public QObject
{
    Q_OBJECT
    Q_PROPERTY(quint64 framesSeen READ framesSeen NOTIFY changed)
    Q_PROPERTY(quint64 framesDecoded READ framesDecoded NOTIFY changed)
    Q_PROPERTY(quint64 framesDropped READ framesDropped NOTIFY changed)
    Q_PROPERTY(quint64 framesWithCode READ framesWithCode NOTIFY changed)
    Q_PROPERTY(quint64 decodeErrors READ decodeErrors NOTIFY changed)
    Q_PROPERTY(qint64 firstCodeFrame READ firstCodeFrame NOTIFY changed)
    Q_PROPERTY(double lastDecodeMs READ lastDecodeMs NOTIFY changed)
    Q_PROPERTY(double decodeMsP50 READ decodeMsP50 NOTIFY changed)
    Q_PROPERTY(double decodeMsP95 READ decodeMsP95 NOTIFY changed)
    Q_PROPERTY(double decodeMsP99 READ decodeMsP99 NOTIFY changed)

public:
    explicit ScanMetrics(qsizetype windowSize = 1000, QObject *parent = nullptr);

    quint64 framesSeen() const { return m_seen; }
    quint64 framesDecoded() const { return m_decoded; }
    quint64 framesDropped() const { return m_dropped; }
    quint64 framesWithCode() const { return m_withCode; }
    quint64 decodeErrors() const { return m_errors; }
    qint64 firstCodeFrame() const { return m_firstCodeFrame; } // -1 until a frame had a code
    double lastDecodeMs() const { return m_lastMs; }
    double decodeMsP50() const { return percentile(50); }
    double decodeMsP95() const { return percentile(95); }
    double decodeMsP99() const { return percentile(99); }
    // The decode time below which PERCENT of the kept samples lie (nearest rank); 0 without samples.
    double percentile(double percent) const;

    // One decoded frame, with the source's counts as they stand now.
    void record(const FrameReading &reading, quint64 seen, quint64 dropped);
    void setCounts(quint64 seen, quint64 dropped);
    void reset();
    // How many decode times to keep for the percentiles; clears the ones kept so far.
    void setWindowSize(qsizetype windowSize);
    qsizetype windowSize() const { return m_windowSize; }

    QJsonObject toJson() const;
    QString summary() const;

Q_SIGNALS:
    void changed();

private:
    qsizetype m_windowSize;
    QList<double> m_samples; // ring buffer of decode times
    qsizetype m_nextSample = 0;
    quint64 m_seen = 0;
    quint64 m_decoded = 0;
    quint64 m_dropped = 0;
    quint64 m_withCode = 0;
    quint64 m_errors = 0;
    qint64 m_firstCodeFrame = -1;
    double m_lastMs = 0;
};

} // namespace passgate
