#pragma once

#include "scan/ScannerKeystrokes.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;
struct libevdev;

namespace passgate {

// A USB barcode scanner read straight from its input device (/dev/input/by-id/...-event-kbd) with
// libevdev, before any keyboard layout or input method: the keys it types become payloads whatever
// window has the focus, even with passgate minimised, and whatever language the system types in.
// The device is grabbed (EVIOCGRAB) so the scan does not also type into the POS or the PC-bang
// manager in front of passgate. A scanner that is unplugged is reported and picked up again when it
// returns (the folder of its path is watched, and tried again every few seconds).
class HidScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString device READ device CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY stateChanged)
    Q_PROPERTY(passgate::HidScanner::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(quint64 scans READ scans NOTIFY metricsChanged)
    Q_PROPERTY(quint64 rejectedBursts READ rejectedBursts NOTIFY metricsChanged)
    Q_PROPERTY(QString lastRejection READ lastRejection NOTIFY metricsChanged)

public:
    enum class State
    {
        Stopped,
        Absent,  // not connected: waiting for it
        Reading, // open and grabbed
        Failed,  // present but not readable (permissions, not a keyboard, held by another program)
    };
    Q_ENUM(State)

    explicit HidScanner(QString device, ScannerKeystrokes::Options options = {}, QObject *parent = nullptr);
    ~HidScanner() override;

    const QString &device() const { return m_device; }
    QString name() const { return m_name; }
    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    quint64 scans() const { return m_scans; }
    quint64 rejectedBursts() const { return m_rejected; }
    QString lastRejection() const { return m_lastRejection; }
    // One line for the staff view and the log.
    QString summary() const;

    void start();
    void stop();

Q_SIGNALS:
    // A scan; arrivedAtMs is the terminating key's kernel time on the steady clock (monotonicMs()).
    void scanned(const QString &payload, qint64 arrivedAtMs);
    void stateChanged();
    void metricsChanged();

private:
    void tryOpen();
    void readEvents();
    void deliver(const std::optional<ScannerKeystrokes::Outcome> &outcome);
    void close();
    void setState(State state, const QString &problem);
    void watchForDevice();

    QString m_device;
    ScannerKeystrokes m_keys;
    State m_state = State::Stopped;
    QString m_name;
    QString m_problem;
    int m_fd = -1;
    libevdev *m_evdev = nullptr;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QFileSystemWatcher m_watcher;
    QTimer m_retry;
    QTimer m_idle;
    quint64 m_scans = 0;
    quint64 m_rejected = 0;
    QString m_lastRejection;
};

} // namespace passgate
