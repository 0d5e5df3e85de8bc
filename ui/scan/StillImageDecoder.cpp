#include "scan/StillImageDecoder.h"

#include "scan/LumaDecoder.h"
#include "scan/ScanLog.h"

#include <QImageReader>

namespace passgate {

StillImageDecoder::Reading StillImageDecoder::read(const QImage &image) const
{
    Reading reading;
    if (image.isNull()) {
        reading.error = QStringLiteral("empty image");
        return reading;
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const LumaView view{gray.constBits(), gray.width(), gray.height(), gray.bytesPerLine(), 1};
    const LumaDecoder decoder(LumaDecoder::Options{.tryHarder = m_options.tryHarder,
                                                   .tryRotate = m_options.tryRotate,
                                                   .maxSymbols = m_options.maxSymbols});
    const QList<DecodeAttempt> plan = attempts();
    for (qsizetype index = 0; index < plan.size(); ++index) {
        const auto texts = decoder.read(view, plan[index]);
        if (!texts.ok()) {
            reading.error = texts.error().reason;
            continue;
        }
        if (!texts->isEmpty()) {
            reading.texts = *texts;
            reading.attemptIndex = static_cast<int>(index);
            reading.error.clear();
            return reading;
        }
    }
    return reading;
}

QStringList StillImageDecoder::decode(const QImage &image) const
{
    const Reading reading = read(image);
    if (!reading.error.isEmpty())
        qCWarning(lcScan) << "still image:" << reading.error;
    return reading.texts;
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
