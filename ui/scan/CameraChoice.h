#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>
#include <QVideoFrameFormat>

class QCameraDevice;
class QCameraFormat;

namespace passgate {

// One format a camera offers (QCameraFormat has no public constructor, so the choice below works on
// this plain copy and stays testable without a camera).
struct CameraMode
{
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    QSize resolution;
    float minFrameRate = 0;
    float maxFrameRate = 0;
};

struct CameraModeWish
{
    QSize resolution{1280, 720};
    float minFrameRate = 15;
};

// The index of the mode to use, or -1 for an empty list. Qt would pick the highest resolution, which
// costs decode time and frame rate for nothing; a QR needs about 720p. In order of importance:
// at least wish.minFrameRate; a resolution about the wished one (half to 2.5 times its area); raw YUV
// whose luminance is read in place (NV12, YUYV, ...) before 32-bit RGB before MJPEG (decoded through
// QImage); the resolution closest to the wished one; the higher frame rate.
qsizetype chooseCameraMode(const QList<CameraMode> &modes, const CameraModeWish &wish = {});

CameraMode cameraModeOf(const QCameraFormat &format);

// A camera as the choice below needs it.
struct CameraIdentity
{
    QByteArray id;
    QString description;
    bool isDefault = false;
};

CameraIdentity cameraIdentityOf(const QCameraDevice &device);

// Which of the cameras present to open for WANTED (from "camera:ID"): empty means the system default,
// else the first one; otherwise a camera whose id or description equals WANTED, or the N-th camera
// (0-based) when WANTED is a number. -1 when none matches (the source then waits for one).
qsizetype chooseCamera(const QList<CameraIdentity> &present, const QString &wanted);

} // namespace passgate
