#include "cli/Command.h"

#include "scan/StillImageDecoder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTextStream>

namespace passgate::cli {

namespace {

// A payload on one line: multi-line texts (some test photos hold several lines) stay readable.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    if (line.size() > 100)
        line = line.left(97) + QStringLiteral("...");
    return QLatin1Char('"') + line + QLatin1Char('"');
}

bool isImageFile(const QFileInfo &file)
{
    static const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    return formats.contains(file.suffix().toLower().toLatin1());
}

} // namespace

int decodeImagesMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Decodes every image of a zxing-style sample folder (NAME.png/.jpg/.webp beside NAME.txt "
        "holding the exact expected content) as a still photo, prints one line per mismatch and "
        "a closing 'N passed, M failed'."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("the sample folder"));
    const QCommandLineOption expectOption(
        QStringLiteral("expect-at-least"),
        QStringLiteral("succeed when at least N images pass (default: all)"), QStringLiteral("N"));
    const QCommandLineOption attemptsOption(
        QStringLiteral("attempts"),
        QStringLiteral("also print how many images each decode attempt read first"));
    parser.addOption(expectOption);
    parser.addOption(attemptsOption);
    if (!parser.parse(arguments)) {
        err << arguments.value(0) << ": " << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << arguments.value(0) << ": expects exactly one DIR\n\n" << parser.helpText();
        return UsageError;
    }
    const QDir dir(parser.positionalArguments().constFirst());
    if (!dir.exists()) {
        err << arguments.value(0) << ": no such folder: " << dir.path() << "\n";
        return UsageError;
    }
    qsizetype expectAtLeast = -1;
    if (parser.isSet(expectOption)) {
        bool ok = false;
        expectAtLeast = parser.value(expectOption).toLongLong(&ok);
        if (!ok || expectAtLeast < 0) {
            err << arguments.value(0) << ": --expect-at-least wants a count, not '"
                << parser.value(expectOption) << "'\n";
            return UsageError;
        }
    }

    const StillImageDecoder decoder;
    const QList<DecodeAttempt> attempts = StillImageDecoder::attempts();
    QList<int> readByAttempt(attempts.size(), 0);
    qsizetype passed = 0;
    qsizetype failed = 0;
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
        if (!isImageFile(file))
            continue;
        const QString name = file.fileName();
        QFile expectedFile(dir.filePath(file.completeBaseName() + QStringLiteral(".txt")));
        if (!expectedFile.open(QIODevice::ReadOnly)) {
            out << "FAIL " << name << ": no expected text " << expectedFile.fileName() << "\n";
            ++failed;
            continue;
        }
        const QString expected = QString::fromUtf8(expectedFile.readAll());

        QImageReader reader(file.filePath());
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull()) {
            out << "FAIL " << name << ": cannot read the image: " << reader.errorString() << "\n";
            ++failed;
            continue;
        }
        const StillImageDecoder::Reading reading = decoder.read(image);
        if (reading.texts.isEmpty()) {
            out << "FAIL " << name << ": no code found"
                << (reading.error.isEmpty() ? QString()
                                            : QStringLiteral(" (") + reading.error + QLatin1Char(')'))
                << "\n";
            ++failed;
        } else if (reading.texts.constFirst() != expected) {
            out << "FAIL " << name << ": expected " << oneLine(expected) << ", read "
                << oneLine(reading.texts.constFirst()) << "\n";
            ++failed;
        } else {
            ++readByAttempt[reading.attemptIndex];
            ++passed;
        }
    }

    if (parser.isSet(attemptsOption)) {
        for (qsizetype index = 0; index < attempts.size(); ++index)
            out << "attempt " << attempts[index].name() << ": " << readByAttempt[index] << "\n";
    }
    out << passed << " passed, " << failed << " failed\n";
    if (expectAtLeast >= 0)
        return passed >= expectAtLeast ? Success : Failed;
    return failed == 0 ? Success : Failed;
}

} // namespace passgate::cli
