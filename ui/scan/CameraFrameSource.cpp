#include "scan/CameraFrameSource.h"

#include <QCameraDevice>
#include <QCameraFormat>

namespace passgate {

namespace {
constexpr int retryIntervalMs = 3000;
}

CameraFrameSource::CameraFrameSource(const QString &wanted, QObject *parent)
    : FrameSource(parent)
    , m_wanted(wanted)
{
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraFrameSource::reconcile);
    m_retry.setInterval(retryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &CameraFrameSource::reconcile);
}

CameraFrameSource::~CameraFrameSource()
{
    if (m_camera) {
        m_camera->disconnect(this);
        m_session.setCamera(nullptr);
    }
}

QString CameraFrameSource::description() const
{
    return m_wanted.isEmpty() ? QStringLiteral("camera") : QStringLiteral("camera:") + m_wanted;
}

void CameraFrameSource::start()
{
    m_started = true;
    reconcile();
}

void CameraFrameSource::stop()
{
    m_started = false;
    m_retry.stop();
    close();
    setState(State::Stopped, tr("Camera off"));
}

void CameraFrameSource::reconcile()
{
    if (!m_started)
        return;
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    if (m_camera) {
        const bool stillThere = std::any_of(inputs.cbegin(), inputs.cend(),
                                            [&](const QCameraDevice &d) { return d.id() == m_openId; });
        if (stillThere)
            return;
        const QString name = m_openName;
        close();
        wait(QStringLiteral("Camera \u201c%1\u201d was unplugged; waiting for it to come back").arg(name));
    }

    QList<CameraIdentity> identities;
    for (const QCameraDevice &device : inputs)
        identities.append(cameraIdentityOf(device));
    const qsizetype chosen = chooseCamera(identities, m_wanted);
    if (chosen < 0) {
        if (state() != State::Waiting) // keep "was unplugged" on screen rather than a vaguer sentence
            wait(m_wanted.isEmpty()
                     ? QStringLiteral("No camera found; plug one in")
                     : QStringLiteral("Camera \u201c%1\u201d not found; waiting for it").arg(m_wanted));
        return;
    }
    open(inputs[chosen]);
}

void CameraFrameSource::open(const QCameraDevice &device)
{
    m_retry.stop();
    m_camera = std::make_unique<QCamera>(device);
    m_openId = device.id();
    m_openName = device.description();

    const QList<QCameraFormat> formats = device.videoFormats();
    QList<CameraMode> modes;
    for (const QCameraFormat &format : formats)
        modes.append(cameraModeOf(format));
    const qsizetype chosen = chooseCameraMode(modes);
    if (chosen >= 0) {
        m_camera->setCameraFormat(formats[chosen]);
        m_openMode = modes[chosen];
    }

    connect(m_camera.get(), &QCamera::activeChanged, this, [this](bool active) {
        if (active) {
            setState(State::Running, tr("Camera “%1”: %2x%3 %4 up to %5 fps")
                                         .arg(m_openName)
                                         .arg(m_openMode.resolution.width())
                                         .arg(m_openMode.resolution.height())
                                         .arg(QVideoFrameFormat::pixelFormatToString(m_openMode.pixelFormat))
                                         .arg(double(m_openMode.maxFrameRate)));
        } else if (state() == State::Running) {
            const QString name = m_openName;
            close(); // stopped by itself: most often unplugged before the device list says so
            wait(QStringLiteral("Camera \u201c%1\u201d stopped; waiting for it to come back").arg(name));
        }
    });
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        const QString name = m_openName;
        close();
        wait(QStringLiteral("Camera \u201c%1\u201d failed (%2); trying again").arg(name, message));
    });

    m_session.setCamera(m_camera.get());
    m_session.setVideoSink(videoSink());
    setState(State::Starting, tr("Opening camera “%1”").arg(m_openName));
    m_camera->start();
}

void CameraFrameSource::close()
{
    if (!m_camera)
        return;
    m_camera->disconnect(this);
    m_camera->stop();
    m_session.setCamera(nullptr);
    // Deleted later: close() may run inside one of the camera's own signals.
    m_camera.release()->deleteLater();
    m_openId.clear();
    m_openName.clear();
    m_openMode = {};
}

void CameraFrameSource::wait(const QString &why)
{
    setState(State::Waiting, why);
    if (m_started)
        m_retry.start();
}

} // namespace passgate
