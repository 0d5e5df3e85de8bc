#include "scan/BarcodeReader.h"
#include "scan/FrameSourceSpec.h"
#include "scan/QrCodeImage.h"
#include "scan/ScanSession.h"
#include "support/DccSamples.h"
#include "support/TestIssuer.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QVideoSink>

using namespace passgate;
using namespace std::chrono_literals;

namespace {

constexpr int frameRate = 10;
constexpr int framesPerPass = 10; // one second each
constexpr int framesBetween = 5;  // and half a second of nothing in between

// Four EU DCCs signed with a test key, as a visitor's phone would show them: a vaccination, a PCR test,
// a rapid test and a recovery (each HC1: text a few hundred characters long).
QStringList signPasses()
{
    const test::TestIssuer issuer(test::TestSigner::generate());
    QStringList payloads;
    const QDateTime issued(QDate(2021, 12, 14), QTime(8, 0), QTimeZone::utc());
    for (const QJsonObject &dcc : {test::DccSamples::vaccination(), test::DccSamples::pcrTest(),
                                   test::DccSamples::rapidTest(), test::DccSamples::recovery()}) {
        test::DccPassSpec spec;
        spec.payload = dcc;
        spec.issuedAt = issued;
        spec.expiresAt = issued.addDays(365);
        payloads.append(issuer.issue(spec));
    }
    return payloads;
}

const QStringList &passPayloads()
{
    static const QStringList payloads = signPasses();
    return payloads;
}

// A 640x480 frame: a grey counter, a white phone screen, the pass's QR code on it (or nothing).
QImage scene(const QString &payload)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(70, 75, 80));
    QPainter painter(&image);
    painter.fillRect(QRect(150, 20, 340, 440), Qt::white);
    if (!payload.isEmpty()) {
        const auto code = renderQrCode(payload, 4, 2);
        Q_ASSERT(code.ok() && code->height() <= 440);
        painter.drawImage(QPoint(320 - code->width() / 2, 240 - code->height() / 2), *code);
    }
    return image;
}

} // namespace

// A video made at test time (ffmpeg) from signed passes rendered as QR codes, played through video:FILE:
// every pass is reported once, in the order shown.
class VideoScanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        if (ffmpeg.isEmpty())
            QFAIL("ffmpeg is not installed (packaging/debian-packages.txt lists it)");
        QVERIFY(m_dir.isValid());
        for (const QString &payload : passPayloads())
            QVERIFY(payload.startsWith(QStringLiteral("HC1:")) && payload.size() > 200);

        int frame = 0;
        const auto writeFrames = [&](const QImage &image, int count) {
            for (int i = 0; i < count; ++i)
                QVERIFY(image.save(
                    m_dir.filePath(QStringLiteral("frame%1.png").arg(frame++, 4, 10, QLatin1Char('0')))));
        };
        writeFrames(scene(QString()), framesBetween);
        for (const QString &payload : passPayloads()) {
            writeFrames(scene(payload), framesPerPass);
            writeFrames(scene(QString()), framesBetween);
        }
        m_video = m_dir.filePath(QStringLiteral("passes.mp4"));
        QProcess encoder;
        encoder.setProcessChannelMode(QProcess::MergedChannels);
        // mpeg4 is built into every libavcodec; yuv420p is what phones and webcams record.
        encoder.start(ffmpeg,
                      {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                       QStringLiteral("-y"), QStringLiteral("-framerate"), QString::number(frameRate),
                       QStringLiteral("-i"), m_dir.filePath(QStringLiteral("frame%04d.png")),
                       QStringLiteral("-c:v"), QStringLiteral("mpeg4"), QStringLiteral("-q:v"),
                       QStringLiteral("2"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), m_video});
        QVERIFY(encoder.waitForFinished(120000));
        QVERIFY2(encoder.exitCode() == 0, encoder.readAll().constData());
        QVERIFY(QFileInfo(m_video).size() > 0);
    }

    void eachPassOnceInOrder()
    {
        const auto spec = parseFrameSourceSpec(QStringLiteral("video:") + m_video);
        QVERIFY(spec.ok());
        const std::unique_ptr<FrameSource> source = createFrameSource(*spec);
        QVideoSink sink;
        BarcodeReader reader;
        ScanSession session(1h); // longer than the video: a pass seen twice would be a repeat
        source->setVideoSink(&sink);
        reader.setVideoSink(&sink);
        QStringList reported;
        QStringList everyRead;
        connect(&reader, &BarcodeReader::codeRead, &session, [&](const QString &text) {
            everyRead.append(text);
            session.offer(text, source->origin());
        });
        connect(&session, &ScanSession::newPayload, &session,
                [&](const QString &text) { reported.append(text); });

        source->start();
        QTRY_VERIFY_WITH_TIMEOUT(source->state() == FrameSource::State::Finished ||
                                     source->state() == FrameSource::State::Failed,
                                 60000);
        QCOMPARE(source->status(), QStringLiteral("Played %1 to the end").arg(m_video));
        QTRY_VERIFY(!reader.isBusy());
        QCoreApplication::processEvents();

        QCOMPARE(reported, passPayloads());
        for (const QString &text : std::as_const(everyRead))
            QVERIFY2(passPayloads().contains(text), qPrintable(QStringLiteral("misread: ") + text));
        QVERIFY(everyRead.size() > reported.size()); // each pass was in several frames, reported once
        const ScanMetrics *metrics = reader.metrics();
        QVERIFY(metrics->framesSeen() >= quint64(framesPerPass * passPayloads().size()));
        QCOMPARE(metrics->framesSeen(), metrics->framesDecoded() + metrics->framesDropped());
        QCOMPARE(metrics->decodeErrors(), quint64(0));
    }

    void commandLinePrintsEachPassAndASummary()
    {
        QProcess cli;
        cli.start(QStringLiteral(PASSGATE_CLI), {QStringLiteral("scan"), QStringLiteral("video:") + m_video});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QStringList lines =
            QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        const QJsonObject summary = QJsonDocument::fromJson(lines.takeLast().toUtf8()).object();
        QCOMPARE(lines, passPayloads());
        QCOMPARE(summary.value(QStringLiteral("payloads")).toInteger(), passPayloads().size());
        QCOMPARE(summary.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
        QVERIFY(summary.value(QStringLiteral("frames")).toInteger() >= framesPerPass * passPayloads().size());
        QVERIFY(summary.value(QStringLiteral("firstDecodeFrame")).toInteger() >= framesBetween - 1);
        QVERIFY(summary.value(QStringLiteral("decodeMs")).toObject().value(QStringLiteral("p99")).toDouble() >
                0);
    }

    void commandLineStopsAfterNFrames()
    {
        QProcess cli;
        cli.start(QStringLiteral(PASSGATE_CLI), {QStringLiteral("scan"), QStringLiteral("video:") + m_video,
                                                 QStringLiteral("--frames"), QStringLiteral("3")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1); // no pass in the first frames, only the summary
        const QJsonObject summary = QJsonDocument::fromJson(lines.constFirst().toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("frames")).toInteger(), 3);
        QCOMPARE(summary.value(QStringLiteral("payloads")).toInteger(), 0);
        QCOMPARE(summary.value(QStringLiteral("firstDecodeFrame")).toInteger(), -1);
    }

    void commandLineRefusesBadSources_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("state"); // of the JSON summary; empty when there is none
        QTest::newRow("unknown kind") << QStringLiteral("webcam") << 2 << QString();
        QTest::newRow("missing video")
            << QStringLiteral("video:/nonexistent/passes.mp4") << 1 << QStringLiteral("failed");
        QTest::newRow("missing folder")
            << QStringLiteral("images:/nonexistent") << 1 << QStringLiteral("failed");
    }
    void commandLineRefusesBadSources()
    {
        QFETCH(QString, source);
        QFETCH(int, exitCode);
        QFETCH(QString, state);
        QProcess cli;
        cli.start(QStringLiteral(PASSGATE_CLI), {QStringLiteral("scan"), source});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), exitCode);
        const QByteArray output = cli.readAllStandardOutput().trimmed();
        if (state.isEmpty()) {
            QVERIFY(output.isEmpty());
            QVERIFY(cli.readAllStandardError().contains("unknown frame source 'webcam'"));
        } else {
            QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("state")).toString(),
                     state);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_video;
};

QTEST_MAIN(VideoScanTest)
#include "tst_videoscan.moc"
