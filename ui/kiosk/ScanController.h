#pragma once

#include "scan/FrameSource.h"
#include "scan/FrameSourceSpec.h"
#include "scan/ScanSession.h"

#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace passgate {

class BarcodeReader;
class HidScanner;
class KeyboardWedgeDetector;
class ScanMetrics;

// The kiosk's eyes in one QML-facing object: the frame source named by --source, the barcode reader
// on its worker thread, the session that turns repeated readings into one check-in, and the USB
// scanner (keyboard wedge). The preview's VideoOutput hands its sink in (videoSink); every new payload
// is published (payloadScanned) with the arrival time of the first frame that may have carried it.
class ScanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk owns the scanner")
    Q_MOC_INCLUDE("scan/ScanMetrics.h")
    Q_MOC_INCLUDE("scan/HidScanner.h")
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(QString description READ description CONSTANT)
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(passgate::ScanMetrics *metrics READ metrics CONSTANT)
    // The USB scanner read from its input device; null when none is set.
    Q_PROPERTY(passgate::HidScanner *scanner READ scanner NOTIFY scannerChanged)

public:
    ScanController(FrameSourceSpec spec, FrameSourceSettings settings, QObject *parent = nullptr);
    // With the source already made, or none (null) when it cannot be made on this system: then only
    // the keyboard wedge scans.
    ScanController(FrameSourceSpec spec, std::unique_ptr<FrameSource> source, QObject *parent = nullptr);
    ~ScanController() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    QString description() const;
    QString status() const;
    bool running() const;
    FrameSource::State state() const;
    ScanMetrics *metrics() const;
    // The key filter that turns a USB scanner's keystroke bursts into scans (install on the window).
    KeyboardWedgeDetector *wedge() const { return m_wedge.get(); }
    HidScanner *scanner() const { return m_scanner.get(); }
    // Reads the USB scanner at PATH (a /dev/input device) from now on, or none when PATH is empty.
    void setScannerDevice(const QString &path);

    void start();
    // After a verdict is dismissed the same pass may be shown again on purpose.
    Q_INVOKABLE void forgetSeen();

Q_SIGNALS:
    void videoSinkChanged();
    void scannerChanged();
    void stateChanged();
    // A payload the session has not seen yet; arrivedAtMs is on the steady clock (monotonicMs()).
    void payloadScanned(const QString &text, qint64 arrivedAtMs, passgate::ScanOrigin origin);

private:
    void offer(const QString &text, ScanOrigin origin, qint64 arrivedAtMs);

    FrameSourceSpec m_spec;
    std::unique_ptr<FrameSource> m_source;
    std::unique_ptr<BarcodeReader> m_reader;
    std::unique_ptr<ScanSession> m_session;
    std::unique_ptr<KeyboardWedgeDetector> m_wedge;
    std::unique_ptr<HidScanner> m_scanner;
    std::unique_ptr<QVideoSink> m_ownSink; // until the preview provides one
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
    bool m_started = false;
};

} // namespace passgate
