// make_pass_video LIST OUT.mp4: renders every pass of a demo pass list (LABEL<TAB>PAYLOAD lines) as a
// QR code on a phone-like screen, with empty frames between passes, and encodes it with ffmpeg, so the
// kiosk can be run on `--source video:` with passes shown one after the other like at a counter.
#include "scan/DemoPassList.h"
#include "scan/QrCodeImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace passgate;

namespace {

constexpr int frameRate = 10;
constexpr int framesPerPass = 25; // 2.5 s: the verdict is on screen long before the next pass
constexpr int framesBetween = 15;

QImage scene(const QString &payload)
{
    QImage image(960, 720, QImage::Format_RGB32);
    image.fill(QColor(62, 66, 72));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(20, 20, 24));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRect(300, 40, 360, 640), 36, 36);
    painter.fillRect(QRect(318, 90, 324, 540), Qt::white);
    if (!payload.isEmpty()) {
        const auto code = renderQrCode(payload, 3, 2);
        if (code)
            painter.drawImage(QPoint(480 - code->width() / 2, 360 - code->height() / 2), *code);
    }
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: make_pass_video LIST OUT.mp4\n");
        return 2;
    }
    const auto passes = loadDemoPassList(args.at(1));
    if (!passes) {
        std::fprintf(stderr, "make_pass_video: %s\n", qPrintable(passes.error().reason));
        return 1;
    }
    QTemporaryDir dir;
    int frame = 0;
    const auto write = [&](const QImage &image, int count) {
        for (int i = 0; i < count; ++i)
            image.save(dir.filePath(QStringLiteral("f%1.png").arg(frame++, 5, 10, QLatin1Char('0'))));
    };
    write(scene(QString()), framesBetween * 2); // the kiosk window comes up first
    for (const DemoPass &pass : *passes) {
        write(scene(pass.payload), framesPerPass);
        write(scene(QString()), framesBetween);
    }
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty()) {
        std::fprintf(stderr, "make_pass_video: ffmpeg is not installed\n");
        return 1;
    }
    QProcess encoder;
    encoder.setProcessChannelMode(QProcess::ForwardedChannels);
    encoder.start(ffmpeg,
                  {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                   QStringLiteral("-y"), QStringLiteral("-framerate"), QString::number(frameRate),
                   QStringLiteral("-i"), dir.filePath(QStringLiteral("f%05d.png")), QStringLiteral("-c:v"),
                   QStringLiteral("mpeg4"), QStringLiteral("-q:v"), QStringLiteral("2"),
                   QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), args.at(2)});
    if (!encoder.waitForFinished(300000) || encoder.exitCode() != 0)
        return 1;
    std::printf("%s: %lld passes, %d frames at %d fps\n", qPrintable(args.at(2)), qsizetype(passes->size()),
                frame, frameRate);
    return 0;
}
