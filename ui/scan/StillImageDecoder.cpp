#include "scan/StillImageDecoder.h"

#include <QImageReader>

#include <ZXing/ReadBarcode.h>

#include <exception>

namespace passgate {

QStringList StillImageDecoder::decode(const QImage &image) const
{
    if (image.isNull())
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(m_options.tryHarder);
    hints.setTryRotate(m_options.tryRotate);
    hints.setMaxNumberOfSymbols(static_cast<uint8_t>(m_options.maxSymbols));

    QStringList texts;
    try {
        for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
            if (result.isValid())
                texts.append(QString::fromStdString(result.text()));
        }
    } catch (const std::exception &) {
        // ZXing throws on images it cannot handle (e.g. degenerate sizes): that is "no code here".
        return {};
    }
    return texts;
}

QStringList StillImageDecoder::decodeFile(const QString &path, QString *error) const
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = QStringLiteral("cannot read image %1: %2").arg(path, reader.errorString());
        return {};
    }
    return decode(image);
}

} // namespace passgate
