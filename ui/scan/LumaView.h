#pragma once

#include <QtGlobal>

namespace passgate {

// A non-owning view of 8-bit luminance samples: plane 0 of a planar YUV frame (pixelStride 1), the Y
// bytes of a packed YUYV/UYVY/AYUV frame (pixelStride 2 or 4, data already offset to the first Y), or
// a grayscale image. Keeps ZXing's types out of the headers.
struct LumaView
{
    const uchar *data = nullptr;
    int width = 0;
    int height = 0;
    qsizetype rowStride = 0; // bytes from one row to the next
    int pixelStride = 1;     // bytes from one sample to the next within a row

    bool isNull() const { return !data || width <= 0 || height <= 0 || pixelStride <= 0 || rowStride <= 0; }
};

} // namespace passgate
