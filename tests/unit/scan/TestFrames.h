#pragma once

#include <QImage>
#include <QString>
#include <QVideoFrame>
#include <QVideoFrameFormat>

namespace passgate::test {

// A QVideoFrame of FORMAT whose luminance is LUMA (Grayscale8) and whose colour is neutral, written
// byte by byte from each format's published layout (not from the reader's own layout table).
// JPEG frames hold a JPEG file of LUMA.
QVideoFrame frameWithLuma(QVideoFrameFormat::PixelFormat format, const QImage &luma);

// A frame-sized Grayscale8 scene: mid-grey background with some structure, and TEXT as a QR code with
// the given module size in the middle (no code when TEXT is empty); inverted = light modules on dark.
QImage sceneWithCode(QSize size, const QString &text, int modulePixels = 3, bool inverted = false);

// Random bytes in a frame of FORMAT: what a broken driver might deliver.
QVideoFrame garbageFrame(QVideoFrameFormat::PixelFormat format, QSize size, quint32 seed);

} // namespace passgate::test
