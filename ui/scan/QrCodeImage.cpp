#include "scan/QrCodeImage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <exception>

namespace passgate {

Result<QImage, ScanFailure> renderQrCode(const QString &text, int modulePixels, int quietZoneModules)
{
    if (text.isEmpty())
        return fail(ScanError::EncodeFailed, QStringLiteral("cannot render an empty text as a QR code"));
    if (modulePixels < 1 || quietZoneModules < 0)
        return fail(ScanError::EncodeFailed,
                    QStringLiteral("bad QR geometry: %1 px per module, %2 quiet modules")
                        .arg(modulePixels)
                        .arg(quietZoneModules));

    ZXing::BitMatrix modules;
    try {
        // Size 0 asks for one pixel per module and no margin: the exact module grid, scaled below.
        // Plain ASCII (every pass payload) goes without an ECI header, as phones and issuers write it.
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0);
        const bool ascii =
            std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii)
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        modules = writer.encode(text.toStdString(), 0, 0);
    } catch (const std::exception &exception) {
        return fail(ScanError::EncodeFailed, QStringLiteral("cannot render %1 characters as a QR code: %2")
                                                 .arg(text.size())
                                                 .arg(QString::fromLocal8Bit(exception.what())));
    }

    const int side = (modules.width() + 2 * quietZoneModules) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules.height(); ++y) {
        for (int x = 0; x < modules.width(); ++x) {
            if (!modules.get(x, y))
                continue;
            const int left = (x + quietZoneModules) * modulePixels;
            const int top = (y + quietZoneModules) * modulePixels;
            for (int row = top; row < top + modulePixels; ++row)
                std::fill_n(image.scanLine(row) + left, modulePixels, uchar(0));
        }
    }
    return image;
}

} // namespace passgate
