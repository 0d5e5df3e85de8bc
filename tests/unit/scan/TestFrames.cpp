#include "TestFrames.h"

#include "scan/QrCodeImage.h"

#include <QBuffer>
#include <QPainter>
#include <QRandomGenerator>

#include <cstring>

namespace passgate::test {

namespace {

// Bytes of a packed 4-byte pixel for luminance Y, per Qt's documented byte order.
void writePacked32(uchar *pixel, QVideoFrameFormat::PixelFormat format, uchar y)
{
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied: // A Y U V
        pixel[0] = 255, pixel[1] = y, pixel[2] = 128, pixel[3] = 128;
        break;
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888: // A R G B
    case F::Format_ABGR8888:
    case F::Format_XBGR8888: // A B G R
        pixel[0] = 255, pixel[1] = y, pixel[2] = y, pixel[3] = y;
        break;
    default: // B G R A, R G B A
        pixel[0] = y, pixel[1] = y, pixel[2] = y, pixel[3] = 255;
        break;
    }
}

} // namespace

QVideoFrame frameWithLuma(QVideoFrameFormat::PixelFormat format, const QImage &luma)
{
    using F = QVideoFrameFormat;
    const QImage gray = luma.convertToFormat(QImage::Format_Grayscale8);
    const int width = gray.width();
    const int height = gray.height();
    QVideoFrame frame(F(gray.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};

    if (format == F::Format_Jpeg) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        gray.save(&buffer, "JPG", 95);
        Q_ASSERT(jpeg.size() <= frame.mappedBytes(0));
        std::memcpy(frame.bits(0), jpeg.constData(), size_t(jpeg.size()));
        frame.unmap();
        return frame;
    }

    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
    uchar *rows = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    for (int y = 0; y < height; ++y) {
        const uchar *source = gray.constScanLine(y);
        uchar *row = rows + y * stride;
        for (int x = 0; x < width; ++x) {
            switch (format) {
            case F::Format_YUYV: // Y0 U Y1 V
                row[2 * x] = source[x];
                break;
            case F::Format_UYVY: // U Y0 V Y1
                row[2 * x + 1] = source[x];
                break;
            case F::Format_Y16:
            case F::Format_P010:
            case F::Format_P016: // little-endian 16-bit samples, P010's 10 bits at the top
                row[2 * x] = 0;
                row[2 * x + 1] = source[x];
                break;
            case F::Format_AYUV:
            case F::Format_AYUV_Premultiplied:
            case F::Format_ARGB8888:
            case F::Format_ARGB8888_Premultiplied:
            case F::Format_XRGB8888:
            case F::Format_BGRA8888:
            case F::Format_BGRA8888_Premultiplied:
            case F::Format_BGRX8888:
            case F::Format_ABGR8888:
            case F::Format_XBGR8888:
            case F::Format_RGBA8888:
            case F::Format_RGBX8888:
                writePacked32(row + 4 * x, format, source[x]);
                break;
            default: // planar and semi-planar YUV, Y8: plane 0 is the luminance
                row[x] = source[x];
                break;
            }
        }
    }
    frame.unmap();
    return frame;
}

QImage sceneWithCode(QSize size, const QString &text, int modulePixels, bool inverted)
{
    QImage scene(size, QImage::Format_Grayscale8);
    scene.fill(120);
    QPainter painter(&scene);
    // Some clutter so the binarizer sees more than a flat background.
    for (int i = 0; i < 12; ++i) {
        const int shade = 40 + 15 * i;
        painter.fillRect(
            QRect((i * 53) % size.width(), (i * 37) % size.height(), size.width() / 8, size.height() / 10),
            QColor(shade, shade, shade));
    }
    if (!text.isEmpty()) {
        auto code = passgate::renderQrCode(text, modulePixels, 4);
        Q_ASSERT(code.ok());
        QImage image = *code;
        if (inverted)
            image.invertPixels();
        painter.drawImage(QPoint((size.width() - image.width()) / 2, (size.height() - image.height()) / 2),
                          image);
    }
    return scene;
}

QVideoFrame garbageFrame(QVideoFrameFormat::PixelFormat format, QSize size, quint32 seed)
{
    QVideoFrame frame(QVideoFrameFormat(size, format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return frame;
    QRandomGenerator random(seed);
    for (int plane = 0; plane < frame.planeCount(); ++plane) {
        uchar *bytes = frame.bits(plane);
        for (int i = 0; i < frame.mappedBytes(plane); ++i)
            bytes[i] = uchar(random.bounded(256));
    }
    frame.unmap();
    return frame;
}

} // namespace passgate::test
