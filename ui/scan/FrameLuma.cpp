#include "scan/FrameLuma.h"

namespace passgate {

std::optional<LumaLayout> lumaLayout(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_Y8:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
        return LumaLayout{0, 0, 1};
    case F::Format_YUYV:
        return LumaLayout{0, 0, 2};
    case F::Format_UYVY:
        return LumaLayout{0, 1, 2};
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
        return LumaLayout{0, 1, 4};
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016:
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
            return LumaLayout{0, 1, 2};
        else
            return LumaLayout{0, 0, 2};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return LumaLayout{0, 1, 4}; // bytes B G R A / R G B A
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return LumaLayout{0, 2, 4}; // bytes A R G B / A B G R
    case F::Format_Invalid:
    case F::Format_SamplerExternalOES:
    case F::Format_Jpeg:
    case F::Format_SamplerRect:
    case F::Format_YUV420P10: // Qt 6.4 maps its 16-bit luma plane with an 8-bit row length
        return std::nullopt;
    }
    return std::nullopt;
}

FrameLuma::FrameLuma(const QVideoFrame &frame)
    : m_frame(frame)
{
    if (!m_frame.isValid() || m_frame.width() <= 0 || m_frame.height() <= 0) {
        m_error = QStringLiteral("invalid frame");
        return;
    }
    const std::optional<LumaLayout> layout = lumaLayout(m_frame.pixelFormat());
    if (!layout) {
        convert();
        return;
    }
    if (!m_frame.map(QVideoFrame::ReadOnly)) {
        m_error = QStringLiteral("cannot map a %1 frame for reading")
                      .arg(QVideoFrameFormat::pixelFormatToString(m_frame.pixelFormat()));
        return;
    }
    m_mapped = true;
    const int width = m_frame.width();
    const int height = m_frame.height();
    const qsizetype rowStride = m_frame.bytesPerLine(layout->plane);
    // A buffer shorter than its format claims (a broken driver, a garbage frame) is never read past.
    const qsizetype rowBytes = layout->offset + qsizetype(width - 1) * layout->pixelStride + 1;
    if (layout->plane >= m_frame.planeCount() || rowStride < rowBytes ||
        m_frame.mappedBytes(layout->plane) < rowStride * (height - 1) + rowBytes) {
        m_error = QStringLiteral("a %1 %2x%3 frame with %4 bytes per line and %5 bytes is inconsistent")
                      .arg(QVideoFrameFormat::pixelFormatToString(m_frame.pixelFormat()))
                      .arg(width)
                      .arg(height)
                      .arg(rowStride)
                      .arg(m_frame.mappedBytes(layout->plane));
        return;
    }
    m_view =
        LumaView{m_frame.bits(layout->plane) + layout->offset, width, height, rowStride, layout->pixelStride};
    m_inPlace = true;
}

FrameLuma::~FrameLuma()
{
    if (m_mapped)
        m_frame.unmap();
}

void FrameLuma::convert()
{
    m_converted = m_frame.toImage().convertToFormat(QImage::Format_Grayscale8);
    if (m_converted.isNull()) {
        m_error = QStringLiteral("cannot convert a %1 frame to an image")
                      .arg(QVideoFrameFormat::pixelFormatToString(m_frame.pixelFormat()));
        return;
    }
    m_view = LumaView{m_converted.constBits(), m_converted.width(), m_converted.height(),
                      m_converted.bytesPerLine(), 1};
}

} // namespace passgate
