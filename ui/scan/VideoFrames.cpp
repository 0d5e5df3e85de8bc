#include "scan/VideoFrames.h"

#include <cstring>

namespace passgate {

QVideoFrame videoFrameFromImage(const QImage &image)
{
    if (image.isNull())
        return {};
    // QImage's 32-bit formats are native-endian words 0xAARRGGBB: B G R A bytes on little-endian machines.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const auto pixelFormat = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? QVideoFrameFormat::Format_BGRX8888
                                                             : QVideoFrameFormat::Format_XRGB8888;
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), pixelFormat));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const qsizetype rowBytes = qsizetype(rgb.width()) * 4;
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), rgb.constScanLine(y), size_t(rowBytes));
    frame.unmap();
    return frame;
}

} // namespace passgate
