#include "scan/BarcodeReader.h"
#include "scan/CameraFrameSource.h"
#include "scan/DemoFrameSource.h"
#include "scan/ImageFolderFrameSource.h"
#include "scan/QrCodeImage.h"
#include "scan/ScanSession.h"
#include "scan/VideoFileFrameSource.h"

#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace passgate;
using namespace std::chrono_literals;

namespace {

// source -> sink -> reader -> session, collecting the new payloads in order.
struct Pipeline
{
    explicit Pipeline(FrameSource &source)
    {
        source.setVideoSink(&sink);
        reader.setVideoSink(&sink);
        QObject::connect(&reader, &BarcodeReader::codeRead, &session,
                         [this, &source](const QString &text) { session.offer(text, source.origin()); });
        QObject::connect(&session, &ScanSession::newPayload, &session,
                         [this](const QString &text) { payloads.append(text); });
        QObject::connect(&sink, &QVideoSink::videoFrameChanged, &sink, [this] { ++frames; });
    }

    QVideoSink sink;
    BarcodeReader reader;
    ScanSession session{1h}; // longer than any test: every payload counts once
    QStringList payloads;
    int frames = 0;
};

bool writeQr(const QString &path, const QString &text)
{
    const auto image = renderQrCode(text, 4);
    return image.ok() && image->save(path);
}

} // namespace

class FrameSourcesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageFolderShowsEachPictureInOrder()
    {
        QTemporaryDir dir;
        QVERIFY(writeQr(dir.filePath(QStringLiteral("1-first.png")), QStringLiteral("HC1:FIRST")));
        QVERIFY(writeQr(dir.filePath(QStringLiteral("2-second.jpg")), QStringLiteral("HC1:SECOND")));
        QFile broken(dir.filePath(QStringLiteral("3-broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a png");
        broken.close();
        QVERIFY(writeQr(dir.filePath(QStringLiteral("4-third.png")), QStringLiteral("HC1:THIRD")));
        QFile notes(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();

        ImageFolderFrameSource source(dir.path(), ImageFolderFrameSource::Options{300ms, 20, false});
        Pipeline pipeline(source);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping .*3-broken.png")));
        source.start();
        QCOMPARE(source.state(), FrameSource::State::Running);
        QCOMPARE(source.images().size(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), FrameSource::State::Finished, 20000);
        QTRY_COMPARE(pipeline.payloads.size(), 3);
        QCOMPARE(pipeline.payloads, (QStringList{QStringLiteral("HC1:FIRST"), QStringLiteral("HC1:SECOND"),
                                                 QStringLiteral("HC1:THIRD")}));
        QCOMPARE(pipeline.frames, 3 * 6); // 300 ms at 20 fps, each readable picture
    }

    void imageFolderFailures_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("statusPart");
        QTest::newRow("missing folder") << false << QStringLiteral("No such folder");
        QTest::newRow("no pictures") << true << QStringLiteral("No pictures");
    }
    void imageFolderFailures()
    {
        QFETCH(bool, exists);
        QFETCH(QString, statusPart);
        QTemporaryDir dir;
        ImageFolderFrameSource source(exists ? dir.path() : dir.filePath(QStringLiteral("gone")));
        source.start();
        QCOMPARE(source.state(), FrameSource::State::Failed);
        QVERIFY2(source.status().contains(statusPart), qPrintable(source.status()));
    }

    void demoCyclesThroughItsList()
    {
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("passes.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# demo\nvalid\tHC1:VALID-PASS\nexpired\tHC1:EXPIRED-PASS\nrecovery\tHC1:RECOVERY-PASS\n");
        file.close();

        DemoFrameSource::Options options;
        options.passList = list;
        options.holdTime = 400ms;
        options.gapTime = 100ms;
        options.frameRate = 20;
        options.frameSize = QSize(640, 360);
        options.loop = false;
        DemoFrameSource source(options);
        Pipeline pipeline(source);
        QStringList labels;
        connect(&source, &DemoFrameSource::currentPassChanged, this, [&] {
            if (!source.currentLabel().isEmpty())
                labels.append(source.currentLabel());
        });
        source.start();
        QCOMPARE(source.state(), FrameSource::State::Running);
        QCOMPARE(source.passes().size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), FrameSource::State::Finished, 20000);
        QTRY_COMPARE(pipeline.payloads.size(), 3);
        QCOMPARE(pipeline.payloads,
                 (QStringList{QStringLiteral("HC1:VALID-PASS"), QStringLiteral("HC1:EXPIRED-PASS"),
                              QStringLiteral("HC1:RECOVERY-PASS")}));
        QCOMPARE(labels, (QStringList{QStringLiteral("valid"), QStringLiteral("expired"),
                                      QStringLiteral("recovery")}));
        QCOMPARE(source.description(), QStringLiteral("demo:") + list);
    }

    void demoWithoutAListFails()
    {
        DemoFrameSource::Options options;
        options.passList = QStringLiteral("/nonexistent/passes.txt");
        DemoFrameSource source(options);
        source.start();
        QCOMPARE(source.state(), FrameSource::State::Failed);
        QVERIFY2(source.status().contains(QStringLiteral("/nonexistent/passes.txt")),
                 qPrintable(source.status()));
    }

    // No camera here: the source must say so and wait, not fail or crash; it opens one when it appears.
    void cameraThatIsNotThereIsWaitedFor()
    {
        CameraFrameSource source(QStringLiteral("no-such-camera"));
        QVideoSink sink;
        source.setVideoSink(&sink);
        source.start();
        QCOMPARE(source.state(), FrameSource::State::Waiting);
        QVERIFY2(source.status().contains(QStringLiteral("no-such-camera")), qPrintable(source.status()));
        QCOMPARE(source.cameraName(), QString());
        source.stop();
        QCOMPARE(source.state(), FrameSource::State::Stopped);
    }

    void noCameraAtAllIsWaitedFor()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera");
        CameraFrameSource source;
        source.start();
        QCOMPARE(source.state(), FrameSource::State::Waiting);
        QCOMPARE(source.status(), QStringLiteral("No camera found; plug one in"));
    }

    void videoFileFailures()
    {
        QTemporaryDir dir;
        VideoFileFrameSource missing(dir.filePath(QStringLiteral("none.mkv")));
        missing.start();
        QCOMPARE(missing.state(), FrameSource::State::Failed);
        QVERIFY(missing.status().contains(QStringLiteral("none.mkv")));

        const QString notVideo = dir.filePath(QStringLiteral("text.mkv"));
        QFile file(notVideo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a video");
        file.close();
        VideoFileFrameSource broken(notVideo);
        QVideoSink sink;
        broken.setVideoSink(&sink);
        broken.start();
        QTRY_COMPARE_WITH_TIMEOUT(broken.state(), FrameSource::State::Failed, 20000);
        QVERIFY2(broken.status().contains(QStringLiteral("text.mkv")), qPrintable(broken.status()));
    }
};

QTEST_MAIN(FrameSourcesTest)
#include "tst_framesources.moc"
