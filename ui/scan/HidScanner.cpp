#include "scan/HidScanner.h"

#include "common/NativePath.h"
#include "scan/ScanLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <libevdev/libevdev.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <time.h>
#include <unistd.h>

namespace passgate {

namespace {

constexpr auto retryInterval = std::chrono::seconds(3);

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

HidScanner::HidScanner(QString device, ScannerKeystrokes::Options options, QObject *parent)
    : QObject(parent)
    , m_device(std::move(device))
    , m_keys(std::move(options))
{
    m_retry.setInterval(retryInterval);
    connect(&m_retry, &QTimer::timeout, this, &HidScanner::tryOpen);
    // udev makes the node, then sets its group and mode: a change in the folder is worth a new try.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (m_state == State::Absent || m_state == State::Failed)
            tryOpen();
    });
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        deliver(m_keys.idle(
            std::chrono::seconds(now.tv_sec) +
            std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::nanoseconds(now.tv_nsec))));
    });
}

HidScanner::~HidScanner()
{
    close();
}

QString HidScanner::summary() const
{
    QString state;
    switch (m_state) {
    case State::Stopped:
        state = QStringLiteral("stopped");
        break;
    case State::Absent:
        state = QStringLiteral("not connected");
        break;
    case State::Reading:
        state = QStringLiteral("reading");
        break;
    case State::Failed:
        state = QStringLiteral("failed: ") + m_problem;
        break;
    }
    return QStringLiteral("scanner %1 (%2): %3; %4 scans, %5 rejected bursts%6")
        .arg(m_device, m_name.isEmpty() ? QStringLiteral("?") : m_name, state)
        .arg(m_scans)
        .arg(m_rejected)
        .arg(m_lastRejection.isEmpty() ? QString() : QStringLiteral(" (last: %1)").arg(m_lastRejection));
}

void HidScanner::start()
{
    if (m_state != State::Stopped)
        return;
    m_state = State::Absent;
    watchForDevice();
    m_retry.start();
    tryOpen();
}

void HidScanner::stop()
{
    m_retry.stop();
    close();
    setState(State::Stopped, QString());
}

void HidScanner::watchForDevice()
{
    // /dev/input/by-id disappears with its last device; /dev/input stays: the nearest folder that
    // exists is watched, and the watch moves only when that changes (this runs on every retry).
    QString nearest;
    for (QString folder = QFileInfo(m_device).absolutePath(); !folder.isEmpty() && folder != u"/";
         folder = QFileInfo(folder).absolutePath()) {
        if (QFileInfo(folder).isDir()) {
            nearest = folder;
            break;
        }
    }
    const QStringList watched = m_watcher.directories();
    if (watched == (nearest.isEmpty() ? QStringList() : QStringList{nearest}))
        return;
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    if (!nearest.isEmpty())
        m_watcher.addPath(nearest);
}

void HidScanner::tryOpen()
{
    if (m_state == State::Reading || m_state == State::Stopped)
        return;
    watchForDevice();
    const QByteArray path = nativePath(m_device);
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENODEV || error == ENXIO)
            setState(State::Absent, tr("Scanner not connected: %1").arg(m_device));
        else if (error == EACCES || error == EPERM)
            setState(State::Failed, tr("No permission to read the scanner %1: add the kiosk's user to the "
                                       "'input' group, or install the udev rule from the README")
                                        .arg(m_device));
        else
            setState(State::Failed, tr("Cannot open the scanner %1: %2").arg(m_device, errorText(error)));
        return;
    }
    libevdev *evdev = nullptr;
    if (const int rc = libevdev_new_from_fd(fd, &evdev); rc < 0) {
        ::close(fd);
        setState(State::Failed, tr("%1 is not an input device (%2)").arg(m_device, errorText(-rc)));
        return;
    }
    if (!libevdev_has_event_code(evdev, EV_KEY, KEY_ENTER) ||
        !libevdev_has_event_code(evdev, EV_KEY, KEY_A)) {
        const QString name = QString::fromUtf8(libevdev_get_name(evdev));
        libevdev_free(evdev);
        ::close(fd);
        setState(
            State::Failed,
            tr("%1 (%2) has no letter keys: it is not a keyboard or barcode scanner").arg(m_device, name));
        return;
    }
    // Kernel timestamps on the steady clock, comparable with the kiosk's own latency clock.
    libevdev_set_clock_id(evdev, CLOCK_MONOTONIC);
    if (const int rc = libevdev_grab(evdev, LIBEVDEV_GRAB); rc < 0) {
        libevdev_free(evdev);
        ::close(fd);
        setState(State::Failed,
                 tr("Another program holds the scanner %1 (%2)").arg(m_device, errorText(-rc)));
        return;
    }
    m_fd = fd;
    m_evdev = evdev;
    m_name = QString::fromUtf8(libevdev_get_name(evdev));
    m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &HidScanner::readEvents);
    m_retry.stop();
    qCInfo(lcScan).noquote() << "scanner" << m_device << "opened and grabbed:" << m_name;
    setState(State::Reading, QString());
}

void HidScanner::readEvents()
{
    input_event event{};
    int rc = 0;
    bool keys = false;
    const auto toEvent = [](const input_event &e) {
        return EvdevEvent{std::chrono::seconds(e.input_event_sec) +
                              std::chrono::microseconds(e.input_event_usec),
                          e.type, e.code, e.value};
    };
    do {
        rc = libevdev_next_event(m_evdev, LIBEVDEV_READ_FLAG_NORMAL, &event);
        if (rc == LIBEVDEV_READ_STATUS_SYNC) {
            // The kernel's buffer overflowed: the burst lost keys. Catch up with the device's state.
            qCWarning(lcScan).noquote() << "scanner" << m_device << "dropped events";
            deliver(m_keys.feed(toEvent(event)));
            while (rc == LIBEVDEV_READ_STATUS_SYNC)
                rc = libevdev_next_event(m_evdev, LIBEVDEV_READ_FLAG_SYNC, &event);
        } else if (rc == LIBEVDEV_READ_STATUS_SUCCESS) {
            deliver(m_keys.feed(toEvent(event)));
            keys = keys || event.type == EV_KEY;
        }
    } while (rc == LIBEVDEV_READ_STATUS_SUCCESS || rc == LIBEVDEV_READ_STATUS_SYNC);
    if (rc == -EAGAIN) {
        if (keys && m_keys.inBurst())
            m_idle.start(std::chrono::duration_cast<std::chrono::milliseconds>(m_keys.options().maxKeyGap) +
                         std::chrono::milliseconds(5));
        return;
    }
    // ENODEV: unplugged. Anything else: the device cannot be read any more either way.
    deliver(m_keys.cut(ScannerKeystrokes::Rejection::Unplugged));
    close();
    if (rc == -ENODEV) {
        qCWarning(lcScan).noquote() << "scanner" << m_device << "unplugged";
        setState(State::Absent, tr("Scanner unplugged: %1").arg(m_device));
    } else {
        setState(State::Absent, tr("Scanner %1 stopped answering: %2").arg(m_device, errorText(-rc)));
    }
    m_retry.start();
    tryOpen(); // a replug that already happened
}

void HidScanner::deliver(const std::optional<ScannerKeystrokes::Outcome> &outcome)
{
    if (!outcome)
        return;
    if (outcome->isScan()) {
        ++m_scans;
        qCInfo(lcScan).noquote() << "scanner" << m_device << "scan of" << outcome->length << "characters";
        Q_EMIT metricsChanged();
        Q_EMIT scanned(*outcome->payload,
                       std::chrono::duration_cast<std::chrono::milliseconds>(outcome->at).count());
        return;
    }
    ++m_rejected;
    m_lastRejection = QStringLiteral("%1 (%2 characters)")
                          .arg(scannerRejectionName(outcome->rejection))
                          .arg(outcome->length);
    qCInfo(lcScan).noquote() << "scanner" << m_device << "burst rejected:" << m_lastRejection;
    Q_EMIT metricsChanged();
}

void HidScanner::close()
{
    m_idle.stop();
    m_notifier.reset();
    if (m_evdev) {
        libevdev_grab(m_evdev, LIBEVDEV_UNGRAB);
        libevdev_free(m_evdev);
        m_evdev = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void HidScanner::setState(State state, const QString &problem)
{
    if (state == m_state && problem == m_problem)
        return;
    if (!problem.isEmpty() && problem != m_problem)
        qCWarning(lcScan).noquote() << problem;
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged();
}

} // namespace passgate
