#include "scan/CameraChoice.h"

#include "scan/FrameLuma.h"

#include <QCameraDevice>
#include <QCameraFormat>

#include <cmath>
#include <tuple>

namespace passgate {

namespace {

// Higher is better: raw YUV read in place, then RGB (read in place too, but 2-4 times the bytes), then
// MJPEG, then anything that needs a GPU round trip.
int formatRank(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_Jpeg:
        return 1;
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        return 2;
    default:
        return lumaLayout(format) ? 3 : 0;
    }
}

} // namespace

qsizetype chooseCameraMode(const QList<CameraMode> &modes, const CameraModeWish &wish)
{
    const double wishedArea = double(qMax(1, wish.resolution.width())) * qMax(1, wish.resolution.height());
    const auto key = [&](const CameraMode &mode) {
        const double area = double(qMax(1, mode.resolution.width())) * qMax(1, mode.resolution.height());
        const double ratio = area / wishedArea;
        const bool fastEnough = mode.maxFrameRate >= wish.minFrameRate;
        const bool aboutRightSize = ratio >= 0.5 && ratio <= 2.5;
        const double sizeDistance = std::abs(std::log(ratio));
        return std::make_tuple(fastEnough, aboutRightSize, formatRank(mode.pixelFormat), -sizeDistance,
                               mode.maxFrameRate);
    };
    qsizetype best = -1;
    for (qsizetype index = 0; index < modes.size(); ++index) {
        if (best < 0 || key(modes[index]) > key(modes[best]))
            best = index;
    }
    return best;
}

CameraMode cameraModeOf(const QCameraFormat &format)
{
    return CameraMode{format.pixelFormat(), format.resolution(), format.minFrameRate(),
                      format.maxFrameRate()};
}

CameraIdentity cameraIdentityOf(const QCameraDevice &device)
{
    return CameraIdentity{device.id(), device.description(), device.isDefault()};
}

qsizetype chooseCamera(const QList<CameraIdentity> &present, const QString &wanted)
{
    if (present.isEmpty())
        return -1;
    if (wanted.isEmpty()) {
        for (qsizetype index = 0; index < present.size(); ++index) {
            if (present[index].isDefault)
                return index;
        }
        return 0;
    }
    for (qsizetype index = 0; index < present.size(); ++index) {
        if (QString::fromUtf8(present[index].id) == wanted || present[index].description == wanted)
            return index;
    }
    bool isNumber = false;
    const qsizetype number = wanted.toLongLong(&isNumber);
    if (isNumber && number >= 0 && number < present.size())
        return number;
    return -1;
}

} // namespace passgate
