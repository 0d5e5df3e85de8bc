#pragma once

#include "scan/CameraChoice.h"
#include "scan/FrameSource.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QTimer>

#include <memory>

namespace passgate {

// camera[:ID] - a webcam through QCamera and QMediaCaptureSession, in the format chooseCameraMode()
// picks. A camera that is missing, unplugged or failing puts the source in Waiting with a sentence for
// the screen; it opens the camera again as soon as one matching ID is present (QMediaDevices signals,
// and a poll as a safety net), without a restart.
class CameraFrameSource : public FrameSource
{
    Q_OBJECT

public:
    explicit CameraFrameSource(const QString &wanted = {}, QObject *parent = nullptr);
    ~CameraFrameSource() override;

    void start() override;
    void stop() override;
    ScanOrigin origin() const override { return ScanOrigin::Camera; }
    QString description() const override;

    // The camera in use and its format ("" / Format_Invalid while none is open).
    QString cameraName() const { return m_openName; }
    CameraMode mode() const { return m_openMode; }

private:
    void reconcile();
    void open(const QCameraDevice &device);
    void close();
    void wait(const QString &why);

    QString m_wanted;
    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QByteArray m_openId;
    QString m_openName;
    CameraMode m_openMode;
    QTimer m_retry;
    bool m_started = false;
};

} // namespace passgate
