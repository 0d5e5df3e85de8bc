#include "cli/ConformanceSuite.h"
#include "cli/DccConformanceSuite.h"
#include "scan/QrCodeImage.h"
#include "scan/StillImageDecoder.h"

#include <QBuffer>
#include <QFile>
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

// Counts files, not keys: a file passes when every EXPECTED* key it states matches passgate, and is
// divergent when the only keys that do not are known divergences (the specification wins).
int dccConformanceSuite(const QString &dir, const ConformanceOptions &options, QTextStream &out)
{
    const QString listPath = options.divergences.isEmpty()
                                 ? QStringLiteral(":/conformance/dcc-divergences.json")
                                 : options.divergences;
    QFile listFile(listPath);
    if (!listFile.open(QIODevice::ReadOnly)) {
        out << "cannot read the divergence list " << listPath << ": " << listFile.errorString() << '\n';
        return 2;
    }
    const Result<QList<KnownDivergence>, QString> divergences = readDivergences(listFile.readAll());
    if (!divergences) {
        out << "the divergence list " << listPath << " is unusable: " << divergences.error() << '\n';
        return 2;
    }
    const DccConformanceSuite suite(decodePicture, drawPicture, *divergences);
    const ConformanceReport report = suite.run(dir);
    for (const QString &line : report.lines())
        out << line << '\n';
    if (options.byKey) {
        out << '\n';
        for (const QString &line : report.byKeyLines())
            out << line << '\n';
    }
    out.flush();
    return report.failed() == 0 && report.passed() + report.divergent() > 0 ? 0 : 1;
}

} // namespace passgate::cli
