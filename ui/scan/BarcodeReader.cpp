#include "scan/BarcodeReader.h"

#include "scan/ScanLog.h"

#include <algorithm>
#include <chrono>
#include <memory>

namespace passgate {

namespace {
constexpr quint64 summaryEveryFrames = 600;
}

BarcodeReader::BarcodeReader(QObject *parent)
    : BarcodeReader(FrameDecoder::Options{}, parent)
{}

BarcodeReader::BarcodeReader(FrameDecoder::Options options, QObject *parent)
    : BarcodeReader([decoder = std::make_shared<FrameDecoder>(options)](
                        const QVideoFrame &frame, quint64 index) { return decoder->decode(frame, index); },
                    parent)
{}

BarcodeReader::BarcodeReader(DecodeFunction decode, QObject *parent)
    : QObject(parent)
    , m_decode(std::move(decode))
    , m_workerContext(new QObject)
    , m_metrics(new ScanMetrics(1000, this))
{
    m_thread.setObjectName(QStringLiteral("passgate-barcode-reader"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
}

BarcodeReader::~BarcodeReader()
{
    setVideoSink(nullptr);
    m_thread.quit();
    m_thread.wait();
    delete m_workerContext;
}

void BarcodeReader::setVideoSink(QVideoSink *sink)
{
    if (m_sinkConnection)
        disconnect(m_sinkConnection);
    m_sink = sink;
    if (!sink)
        return;
    // Direct: runs in the thread that delivers the frame and returns at once (see offerFrame).
    m_sinkConnection = connect(
        sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) { offerFrame(frame); },
        Qt::DirectConnection);
}

bool BarcodeReader::offerFrame(const QVideoFrame &frame)
{
    const quint64 index = m_seen.fetch_add(1);
    m_arrivals[index % arrivalSlots].store(std::chrono::duration_cast<std::chrono::milliseconds>(
                                               std::chrono::steady_clock::now().time_since_epoch())
                                               .count());
    bool idle = false;
    if (!m_busy.compare_exchange_strong(idle, true)) {
        m_dropped.fetch_add(1);
        return false;
    }
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, frame, index] {
            const FrameReading reading = m_decode(frame, index);
            // Posted before going idle: whoever sees the reader idle can rely on the reading being queued.
            QMetaObject::invokeMethod(
                this, [this, reading] { handleReading(reading); }, Qt::QueuedConnection);
            m_busy.store(false);
        },
        Qt::QueuedConnection);
    return true;
}

void BarcodeReader::handleReading(FrameReading reading)
{
    // A code is visible since the first frame after the last one that showed no code or another code:
    // a new pass held up right after the last one (a picture folder, a queue at the counter) starts
    // its own latency instead of continuing the previous pass's.
    if (reading.texts.isEmpty()) {
        m_streakStart = qint64(reading.frameIndex) + 1;
        m_streakTexts.clear();
    } else {
        if (reading.texts != m_streakTexts) {
            if (!m_streakTexts.isEmpty())
                m_streakStart = m_lastReadFrame + 1;
            m_streakTexts = reading.texts;
        }
        const qint64 oldestKept = qint64(reading.frameIndex) - qint64(arrivalSlots) + 1;
        const qint64 first = std::max({m_streakStart, oldestKept, qint64(0)});
        reading.codeVisibleSinceMs = m_arrivals[std::size_t(first) % arrivalSlots].load();
    }
    m_lastReadFrame = qint64(reading.frameIndex);
    m_metrics->record(reading, m_seen.load(), m_dropped.load());
    qCDebug(lcScan).nospace() << "frame " << reading.frameIndex << ": " << reading.decodeMs << " ms, "
                              << reading.attemptsTried << " attempts, "
                              << (reading.inPlace ? "in place" : "converted") << ", "
                              << (reading.texts.isEmpty() ? QStringLiteral("no code") : reading.attempt);
    if (!reading.error.isEmpty()) {
        // A camera sending broken frames would flood the log: the first few, then the count in the summary.
        if (m_errorsLogged++ < 5)
            qCWarning(lcScan).noquote() << "frame" << reading.frameIndex << "unreadable:" << reading.error;
    }
    if (m_metrics->framesDecoded() % summaryEveryFrames == 0)
        qCInfo(lcScan).noquote() << m_metrics->summary();
    Q_EMIT frameRead(reading);
    for (const QString &text : reading.texts)
        Q_EMIT codeRead(text);
}

} // namespace passgate
