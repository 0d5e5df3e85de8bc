#include "TestFrames.h"

#include "scan/BarcodeReader.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

#include <atomic>
#include <optional>

using namespace passgate;
using namespace passgate::test;
using F = QVideoFrameFormat;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

namespace {

const QString payload = QStringLiteral("HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH-R6IOO6+IDOEZ-SBE6");

FrameDecoder::Options everyRetry()
{
    FrameDecoder::Options options;
    options.exhaustive = true; // deterministic: no time budget decides what is tried
    return options;
}

// Pushes FRAME through a sink into a fresh reader; the reading of that one frame, if one came.
std::optional<FrameReading> readThroughSink(const QVideoFrame &frame)
{
    BarcodeReader reader(everyRetry());
    QVideoSink sink;
    reader.setVideoSink(&sink);
    QSignalSpy spy(&reader, &BarcodeReader::frameRead);
    sink.setVideoFrame(frame);
    if (!spy.wait(10000))
        return std::nullopt;
    return spy.constFirst().constFirst().value<FrameReading>();
}

} // namespace

class BarcodeReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryPixelFormat_data()
    {
        QTest::addColumn<F::PixelFormat>("format");
        QTest::addColumn<bool>("inPlace");
        const QList<F::PixelFormat> inPlace = {
            F::Format_NV12,     F::Format_NV21,     F::Format_YUV420P,  F::Format_YV12,
            F::Format_YUV422P,  F::Format_Y8,       F::Format_YUYV,     F::Format_UYVY,
            F::Format_AYUV,     F::Format_IMC1,     F::Format_IMC2,     F::Format_IMC3,
            F::Format_IMC4,     F::Format_Y16,      F::Format_P010,     F::Format_P016,
            F::Format_BGRA8888, F::Format_BGRX8888, F::Format_ARGB8888, F::Format_XRGB8888,
            F::Format_ABGR8888, F::Format_RGBA8888,
        };
        for (const F::PixelFormat format : inPlace)
            QTest::newRow(qPrintable(F::pixelFormatToString(format))) << format << true;
        QTest::newRow("Jpeg") << F::Format_Jpeg << false;
    }
    void readsEveryPixelFormat()
    {
        QFETCH(F::PixelFormat, format);
        QFETCH(bool, inPlace);
        const QVideoFrame frame = frameWithLuma(format, sceneWithCode(QSize(320, 240), payload));
        QVERIFY(frame.isValid());
        const auto reading = readThroughSink(frame);
        QVERIFY(reading);
        QCOMPARE(reading->error, QString());
        QCOMPARE(reading->texts, QStringList{payload});
        QCOMPARE(reading->inPlace, inPlace);
        QCOMPARE(reading->attempt, QStringLiteral("plain"));
    }

    void frameWithoutCodeYieldsNothing_data()
    {
        QTest::addColumn<F::PixelFormat>("format");
        QTest::newRow("NV12") << F::Format_NV12;
        QTest::newRow("YUYV") << F::Format_YUYV;
        QTest::newRow("Jpeg") << F::Format_Jpeg;
    }
    void frameWithoutCodeYieldsNothing()
    {
        QFETCH(F::PixelFormat, format);
        BarcodeReader reader(everyRetry());
        QVideoSink sink;
        reader.setVideoSink(&sink);
        QSignalSpy frames(&reader, &BarcodeReader::frameRead);
        QSignalSpy codes(&reader, &BarcodeReader::codeRead);
        sink.setVideoFrame(frameWithLuma(format, sceneWithCode(QSize(320, 240), QString())));
        QVERIFY(frames.wait(10000));
        const auto reading = frames.constFirst().constFirst().value<FrameReading>();
        QCOMPARE(reading.texts, QStringList());
        QCOMPARE(reading.error, QString());
        QCOMPARE(reading.attemptsTried, 1 + int(liveFrameRetries().size())); // plain, then every retry
        QCOMPARE(codes.size(), 0);
        QCOMPARE(reader.metrics()->framesWithCode(), quint64(0));
        QCOMPARE(reader.metrics()->framesDecoded(), quint64(1));
    }

    void garbageFramesDoNotCrash_data()
    {
        QTest::addColumn<QVideoFrame>("frame");
        QTest::addColumn<bool>("unreadable");
        for (quint32 seed = 1; seed <= 3; ++seed) {
            QTest::addRow("NV12 noise %u", seed)
                << garbageFrame(F::Format_NV12, QSize(640, 480), seed) << false;
            QTest::addRow("YUYV noise %u", seed) << garbageFrame(F::Format_YUYV, QSize(64, 2), seed) << false;
        }
        QTest::newRow("Jpeg noise") << garbageFrame(F::Format_Jpeg, QSize(320, 240), 7) << true;
        QTest::newRow("1x1 Y8") << garbageFrame(F::Format_Y8, QSize(1, 1), 9) << false;
    }
    void garbageFramesDoNotCrash()
    {
        QFETCH(QVideoFrame, frame);
        QFETCH(bool, unreadable);
        const auto reading = readThroughSink(frame);
        QVERIFY(reading);
        QCOMPARE(reading->texts, QStringList());
        QCOMPARE(!reading->error.isEmpty(), unreadable);
    }

    void invalidFrameIsReportedNotRead()
    {
        // A sink never passes on an invalid frame; a caller of offerFrame() might.
        BarcodeReader reader(everyRetry());
        QSignalSpy frames(&reader, &BarcodeReader::frameRead);
        QVERIFY(reader.offerFrame(QVideoFrame()));
        QVERIFY(frames.wait(10000));
        const auto reading = frames.constFirst().constFirst().value<FrameReading>();
        QCOMPARE(reading.texts, QStringList());
        QCOMPARE(reading.error, QStringLiteral("invalid frame"));
        QCOMPARE(reader.metrics()->decodeErrors(), quint64(1));
    }

    void lightOnDarkIsReadByARetry()
    {
        const QVideoFrame frame =
            frameWithLuma(F::Format_NV12, sceneWithCode(QSize(320, 240), payload, 3, /*inverted=*/true));
        const auto reading = readThroughSink(frame);
        QVERIFY(reading);
        QCOMPARE(reading->texts, QStringList{payload});
        QCOMPARE(reading->attempt, QStringLiteral("inverted"));
    }

    void retriesRotateAcrossFramesWithinTheBudget()
    {
        // With no time to spare, each empty frame runs the plain attempt and one retry, the next one each
        // time: an inverted code is read by the time every retry had its turn.
        FrameDecoder::Options options;
        options.budget = std::chrono::milliseconds(0);
        FrameDecoder decoder(options);
        const QVideoFrame frame =
            frameWithLuma(F::Format_NV12, sceneWithCode(QSize(320, 240), payload, 3, /*inverted=*/true));
        const qsizetype invertedAt = liveFrameRetries().indexOf(DecodeAttempt{.inverted = true});
        QVERIFY(invertedAt >= 0);
        for (qsizetype index = 0; index < invertedAt; ++index) {
            const FrameReading reading = decoder.decode(frame, quint64(index));
            QCOMPARE(reading.attemptsTried, 2);
            QVERIFY(reading.texts.isEmpty());
        }
        const FrameReading reading = decoder.decode(frame, quint64(invertedAt));
        QCOMPARE(reading.texts, QStringList{payload});
        QCOMPARE(reading.attemptsTried, 2);
    }

    void atMostOneFrameInFlight()
    {
        // A decoder that holds the worker until released: every offer meanwhile must be dropped, not queued.
        QSemaphore started;
        QSemaphore release;
        std::atomic<int> decoding{0};
        std::atomic<int> mostAtOnce{0};
        BarcodeReader reader([&](const QVideoFrame &, quint64 index) {
            mostAtOnce = std::max(mostAtOnce.load(), ++decoding);
            started.release();
            release.acquire();
            --decoding;
            FrameReading reading;
            reading.frameIndex = index;
            reading.texts = QStringList{QStringLiteral("frame %1").arg(index)};
            return reading;
        });
        QSignalSpy codes(&reader, &BarcodeReader::codeRead);
        const QVideoFrame frame = frameWithLuma(F::Format_Y8, sceneWithCode(QSize(64, 48), QString()));

        QVERIFY(reader.offerFrame(frame));
        QVERIFY(started.tryAcquire(1, 10000));
        for (int i = 0; i < 20; ++i)
            QVERIFY(!reader.offerFrame(frame));
        QCOMPARE(reader.framesDropped(), quint64(20));
        release.release();
        QTRY_COMPARE(codes.size(), 1);
        QTRY_VERIFY(!reader.isBusy());

        // Idle again: the latest frame is taken (index 21: the dropped ones were counted as seen).
        QVERIFY(reader.offerFrame(frame));
        QVERIFY(started.tryAcquire(1, 10000));
        release.release();
        QTRY_COMPARE(codes.size(), 2);
        QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("frame 0"));
        QCOMPARE(codes.at(1).at(0).toString(), QStringLiteral("frame 21"));
        QCOMPARE(mostAtOnce.load(), 1);
        QCOMPARE(reader.framesSeen(), quint64(22));
        QCOMPARE(reader.metrics()->framesDecoded(), quint64(2));
        QCOMPARE(reader.metrics()->framesDropped(), quint64(20));
    }

    // Pictures of passes one after another (a picture folder, a queue): each new code's latency starts
    // when it came into view, not when the first code of the run did.
    void aNewCodeStartsItsOwnLatency()
    {
        BarcodeReader reader([](const QVideoFrame &, quint64 index) {
            FrameReading reading;
            reading.frameIndex = index;
            reading.texts = QStringList{index < 3 ? QStringLiteral("pass A") : QStringLiteral("pass B")};
            return reading;
        });
        QSignalSpy readings(&reader, &BarcodeReader::frameRead);
        const QVideoFrame frame = frameWithLuma(F::Format_Y8, sceneWithCode(QSize(64, 48), QString()));
        for (int i = 0; i < 6; ++i) {
            QTRY_VERIFY(!reader.isBusy());
            QVERIFY(reader.offerFrame(frame));
            QTRY_COMPARE(readings.size(), i + 1);
            QTest::qWait(60);
        }
        const auto since = [&](int i) {
            return readings.at(i).at(0).value<FrameReading>().codeVisibleSinceMs;
        };
        QCOMPARE(since(1), since(0)); // A stays in view: one latency from its first frame
        QCOMPARE(since(2), since(0));
        QVERIFY2(since(3) >= since(0) + 3 * 50,
                 qPrintable(QStringLiteral("B seen since %1, A since %2").arg(since(3)).arg(since(0))));
        QCOMPARE(since(4), since(3));
    }

    void metricsFollowTheFrames()
    {
        BarcodeReader reader(everyRetry());
        QVideoSink sink;
        reader.setVideoSink(&sink);
        QSignalSpy frames(&reader, &BarcodeReader::frameRead);
        QSignalSpy changed(reader.metrics(), &ScanMetrics::changed);
        sink.setVideoFrame(frameWithLuma(F::Format_NV12, sceneWithCode(QSize(320, 240), QString())));
        QVERIFY(frames.wait(10000));
        // The reading is posted just before the worker goes idle: wait for that, or the next frame is
        // dropped.
        QTRY_VERIFY(!reader.isBusy());
        sink.setVideoFrame(frameWithLuma(F::Format_NV12, sceneWithCode(QSize(320, 240), payload)));
        QTRY_COMPARE(frames.size(), 2);
        const ScanMetrics *metrics = reader.metrics();
        QCOMPARE(metrics->framesSeen(), quint64(2));
        QCOMPARE(metrics->framesDecoded(), quint64(2));
        QCOMPARE(metrics->framesWithCode(), quint64(1));
        QCOMPARE(metrics->firstCodeFrame(), qint64(1));
        QVERIFY(metrics->lastDecodeMs() > 0);
        QVERIFY(metrics->decodeMsP99() >= metrics->decodeMsP50());
        QVERIFY(changed.size() >= 2);
    }
};

QTEST_MAIN(BarcodeReaderTest)
#include "tst_barcodereader.moc"
