#include "scan/LumaDecoder.h"

#include <QImage>

#include <ZXing/ReadBarcode.h>

#include <exception>

namespace passgate {

namespace {

ZXing::Binarizer zxingBinarizer(Binarizer binarizer)
{
    switch (binarizer) {
    case Binarizer::LocalAverage:
        return ZXing::Binarizer::LocalAverage;
    case Binarizer::GlobalHistogram:
        return ZXing::Binarizer::GlobalHistogram;
    case Binarizer::FixedThreshold:
        return ZXing::Binarizer::FixedThreshold;
    }
    return ZXing::Binarizer::LocalAverage;
}

// A dense Grayscale8 copy of the view, for the attempts that must transform the samples.
QImage denseCopy(const LumaView &view)
{
    QImage copy(view.width, view.height, QImage::Format_Grayscale8);
    for (int y = 0; y < view.height; ++y) {
        const uchar *source = view.data + y * view.rowStride;
        uchar *target = copy.scanLine(y);
        if (view.pixelStride == 1) {
            std::copy_n(source, view.width, target);
        } else {
            for (int x = 0; x < view.width; ++x)
                target[x] = source[x * view.pixelStride];
        }
    }
    return copy;
}

ZXing::ImageView zxingView(const LumaView &view)
{
    return {
        view.data,       view.width, view.height, ZXing::ImageFormat::Lum, static_cast<int>(view.rowStride),
        view.pixelStride};
}

} // namespace

Result<QStringList, ScanFailure> LumaDecoder::read(const LumaView &view, const DecodeAttempt &attempt) const
{
    if (view.isNull())
        return fail(ScanError::DecoderFailure,
                    QStringLiteral("empty picture (%1x%2)").arg(view.width).arg(view.height));

    // The transformed copy lives here so the view into it stays valid while ZXing reads.
    QImage transformed;
    LumaView source = view;
    if (attempt.scale != 1.0) {
        const int width = qRound(view.width * attempt.scale);
        const int height = qRound(view.height * attempt.scale);
        if (width < 21 || height < 21 || qMax(width, height) > m_options.maxScaledSide)
            return QStringList(); // no QR fits, or the copy would cost more than the attempt is worth
        transformed = denseCopy(view).scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (attempt.inverted) {
        if (transformed.isNull())
            transformed = denseCopy(view);
        transformed.invertPixels();
    }
    if (!transformed.isNull())
        source = LumaView{transformed.constBits(), transformed.width(), transformed.height(),
                          transformed.bytesPerLine(), 1};

    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode)
        .setTryHarder(m_options.tryHarder)
        .setTryRotate(m_options.tryRotate)
        .setTryDownscale(m_options.tryDownscale)
        .setBinarizer(zxingBinarizer(attempt.binarizer))
        .setMaxNumberOfSymbols(static_cast<uint8_t>(qBound(1, m_options.maxSymbols, 255)));

    QStringList texts;
    try {
        for (const ZXing::Result &result : ZXing::ReadBarcodes(zxingView(source), hints)) {
            if (result.isValid())
                texts.append(QString::fromStdString(result.text()));
        }
    } catch (const std::exception &exception) {
        return fail(ScanError::DecoderFailure, QStringLiteral("ZXing cannot read a %1x%2 picture: %3")
                                                   .arg(source.width)
                                                   .arg(source.height)
                                                   .arg(QString::fromLocal8Bit(exception.what())));
    }
    return texts;
}

} // namespace passgate
