#include "cli/ConformanceSuite.h"
#include "cli/DccConformanceSuite.h"
#include "scan/QrCodeImage.h"
#include "scan/StillImageDecoder.h"

#include <QBuffer>
#include <QImage>

namespace passgate::cli {

namespace {

QStringList decodePicture(const QByteArray &encoded, QString *error)
{
    const QImage image = QImage::fromData(encoded);
    if (image.isNull()) {
        *error = QStringLiteral("not a readable image");
        return {};
    }
    return StillImageDecoder().decode(image);
}

QByteArray drawPicture(const QString &text, QString *error)
{
    const Result<QImage, ScanFailure> image = renderQrCode(text);
    if (!image) {
        *error = image.error().reason;
        return {};
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image->save(&buffer, "PNG")) {
        *error = QStringLiteral("cannot encode the drawn QR code as PNG");
        return {};
    }
    return png;
}

} // namespace

// Counts files, not keys: a file passes when every EXPECTED* key it states matches passgate.
int dccConformanceSuite(const QString &dir, QTextStream &out)
{
    const DccConformanceSuite suite(decodePicture, drawPicture);
    const ConformanceReport report = suite.run(dir);
    for (const QString &line : report.lines())
        out << line << '\n';
    out.flush();
    return report.failed() == 0 && report.passed() > 0 ? 0 : 1;
}

} // namespace passgate::cli
