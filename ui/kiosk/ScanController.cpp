#include "kiosk/ScanController.h"

#include "kiosk/CheckInController.h"
#include "scan/BarcodeReader.h"
#include "scan/FrameReading.h"
#include "scan/HidScanner.h"
#include "scan/KeyboardWedgeDetector.h"
#include "scan/ScanMetrics.h"

#include <QVideoFrame>

#include <algorithm>

namespace passgate {

ScanController::ScanController(FrameSourceSpec spec, FrameSourceSettings settings, QObject *parent)
    : ScanController(spec, createFrameSource(spec, settings), parent)
{}

ScanController::ScanController(FrameSourceSpec spec, std::unique_ptr<FrameSource> source, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_source(std::move(source))
    , m_reader(std::make_unique<BarcodeReader>())
    , m_session(std::make_unique<ScanSession>())
    , m_wedge(std::make_unique<KeyboardWedgeDetector>())
    , m_ownSink(std::make_unique<QVideoSink>())
{
    if (m_source)
        connect(m_source.get(), &FrameSource::stateChanged, this, &ScanController::stateChanged);
    // Readings come back in this (the GUI) thread, in frame order.
    connect(m_reader.get(), &BarcodeReader::frameRead, this, [this](const FrameReading &reading) {
        for (const QString &text : reading.texts)
            offer(text, m_source ? m_source->origin() : ScanOrigin::Camera, reading.codeVisibleSinceMs);
    });
    connect(m_wedge.get(), &KeyboardWedgeDetector::scanned, this,
            [this](const QString &payload) { offer(payload, ScanOrigin::KeyboardWedge, monotonicMs()); });
    setVideoSink(m_ownSink.get());
}

ScanController::~ScanController()
{
    // The source first: no frame may arrive while the reader goes away.
    if (m_source)
        m_source->stop();
    QObject::disconnect(m_sinkConnection);
    m_source.reset();
    m_reader.reset();
}

void ScanController::setVideoSink(QVideoSink *sink)
{
    if (!sink)
        sink = m_ownSink.get();
    if (sink == m_sink)
        return;
    QObject::disconnect(m_sinkConnection);
    m_sink = sink;
    // Direct: runs in the thread that delivers the frame; it only notes the time and hands it over.
    m_sinkConnection = connect(
        sink, &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame &frame) { m_reader->offerFrame(frame); }, Qt::DirectConnection);
    if (m_source)
        m_source->setVideoSink(sink);
    Q_EMIT videoSinkChanged();
}

void ScanController::offer(const QString &text, ScanOrigin origin, qint64 arrivedAtMs)
{
    if (m_session->offer(text, origin))
        Q_EMIT payloadScanned(text, arrivedAtMs, origin);
}

void ScanController::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_source)
        m_source->start();
}

void ScanController::setScannerDevice(const QString &path)
{
    if (m_scanner && m_scanner->device() == path)
        return;
    m_scanner.reset(); // lets the old device go (ungrabbed) before the new one is opened
    if (!path.isEmpty()) {
        m_scanner = std::make_unique<HidScanner>(path);
        // The kernel's time of the terminating key: the check-in latency counts from the scan itself.
        connect(m_scanner.get(), &HidScanner::scanned, this,
                [this](const QString &payload, qint64 arrivedAtMs) {
                    offer(payload, ScanOrigin::UsbScanner, arrivedAtMs);
                });
        // Reading needs no window and no camera: the scanner starts at once.
        m_scanner->start();
    }
    Q_EMIT scannerChanged();
}

void ScanController::forgetSeen()
{
    m_session->reset();
}

QString ScanController::description() const
{
    return m_source ? m_source->description() : m_spec.toString();
}

QString ScanController::status() const
{
    return m_source ? m_source->status() : tr("No frame source");
}

bool ScanController::running() const
{
    return m_source && m_source->state() == FrameSource::State::Running;
}

FrameSource::State ScanController::state() const
{
    return m_source ? m_source->state() : FrameSource::State::Failed;
}

ScanMetrics *ScanController::metrics() const
{
    return m_reader->metrics();
}

} // namespace passgate
