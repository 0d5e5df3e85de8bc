#pragma once

#include "scan/LumaView.h"

#include <QImage>
#include <QString>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <optional>

namespace passgate {

// Where the 8-bit luminance samples of a pixel format sit, so a frame can be read without converting it.
struct LumaLayout
{
    int plane = 0;
    int offset = 0;      // bytes from the start of a row to its first sample
    int pixelStride = 1; // bytes from one sample to the next

    friend bool operator==(const LumaLayout &, const LumaLayout &) = default;
};

// The in-place layout for FORMAT, or nothing when the frame must be converted (JPEG, GPU-only formats).
// Planar and semi-planar YUV: plane 0. Packed YUYV/UYVY/AYUV: every 2nd or 4th byte. 16-bit luma
// (Y16, P010, P016): the high byte of each little-endian sample. 32-bit RGB: the green byte, which
// carries most of the luminance of a black-and-white code.
std::optional<LumaLayout> lumaLayout(QVideoFrameFormat::PixelFormat format);

// A frame mapped for reading, and a view of its luminance: in place where lumaLayout() knows the format,
// through QVideoFrame::toImage() otherwise. Unmaps when destroyed; keep it alive while using view().
class FrameLuma
{
public:
    explicit FrameLuma(const QVideoFrame &frame);
    ~FrameLuma();
    FrameLuma(const FrameLuma &) = delete;
    FrameLuma &operator=(const FrameLuma &) = delete;

    bool isValid() const { return !m_view.isNull(); }
    const LumaView &view() const { return m_view; }
    bool inPlace() const { return m_inPlace; }
    // Why there is no view (an invalid frame, a failed map, a conversion that gave nothing).
    const QString &error() const { return m_error; }

private:
    void convert();

    QVideoFrame m_frame;
    bool m_mapped = false;
    bool m_inPlace = false;
    QImage m_converted;
    LumaView m_view;
    QString m_error;
};

} // namespace passgate
