#pragma once

#include "scan/FrameDecoder.h"
#include "scan/FrameReading.h"
#include "scan/ScanMetrics.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVideoFrame>
#include <QVideoSink>

#include <array>
#include <atomic>
#include <functional>

namespace passgate {

// Reads QR codes from the frames arriving in a QVideoSink on a worker thread of its own.
// The sink's signal is handled in whatever thread emits it (Qt Multimedia's decoding thread) and only
// hands over a shallow copy of the frame when the worker is idle: at most one frame is in flight,
// frames arriving meanwhile are dropped and counted, so the camera never waits on ZXing and nothing
// queues up. Results come back as signals in the reader's own thread.
// Destroy (or stop) the frame source before the reader.
class BarcodeReader : public QObject
{
    Q_OBJECT
    Q_PROPERTY(passgate::ScanMetrics *metrics READ metrics CONSTANT)

public:
    explicit BarcodeReader(QObject *parent = nullptr);
    explicit BarcodeReader(FrameDecoder::Options options, QObject *parent = nullptr);
    // Decodes with DECODE instead of a FrameDecoder (it runs on the worker thread): for tests that need
    // to hold the worker busy, and for benchmarks.
    using DecodeFunction = std::function<FrameReading(const QVideoFrame &frame, quint64 frameIndex)>;
    explicit BarcodeReader(DecodeFunction decode, QObject *parent = nullptr);
    ~BarcodeReader() override;

    // Reads the frames of SINK from now on (replacing any earlier sink); nullptr stops reading.
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const { return m_sink; }

    // Hands FRAME to the worker if it is idle; false when the frame was dropped. Thread-safe.
    bool offerFrame(const QVideoFrame &frame);

    ScanMetrics *metrics() const { return m_metrics; }
    quint64 framesSeen() const { return m_seen.load(); }
    quint64 framesDropped() const { return m_dropped.load(); }
    bool isBusy() const { return m_busy.load(); }

Q_SIGNALS:
    // Every frame that went through the decoder, with or without a code.
    void frameRead(const passgate::FrameReading &reading);
    // The text of each code read, once per frame it was read in: dedupe with a ScanSession.
    void codeRead(const QString &text);

private:
    void handleReading(FrameReading reading);

    DecodeFunction m_decode; // called on the worker thread only
    QThread m_thread;
    QObject *m_workerContext; // lives in m_thread: runs the decoding
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
    ScanMetrics *m_metrics;
    std::atomic<bool> m_busy{false};
    std::atomic<quint64> m_seen{0};
    std::atomic<quint64> m_dropped{0};
    // When each frame was offered (steady ms), by its index: the one frame counter, m_seen, numbers
    // both, so a reading's codeVisibleSinceMs comes from the frames it counts.
    static constexpr std::size_t arrivalSlots = 256;
    std::array<std::atomic<qint64>, arrivalSlots> m_arrivals{};
    // handleReading() only, in this object's thread: where the current code's frames began.
    qint64 m_streakStart = 0;    // first frame that may show the codes read last
    QStringList m_streakTexts;   // the codes read last (empty: none)
    qint64 m_lastReadFrame = -1; // the last frame decoded
    quint64 m_errorsLogged = 0;
};

} // namespace passgate
