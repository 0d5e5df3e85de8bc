#pragma once

#include <QImage>
#include <QVideoFrame>

namespace passgate {

// A 32-bit RGB QVideoFrame holding a copy of IMAGE, for sources that make their frames from pictures
// (image folder, demo). An invalid frame for a null image.
QVideoFrame videoFrameFromImage(const QImage &image);

} // namespace passgate
