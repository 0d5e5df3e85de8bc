#include "scan/FrameSourceSpec.h"

#include <QTest>

using namespace passgate;
using Kind = FrameSourceSpec::Kind;

Q_DECLARE_METATYPE(passgate::FrameSourceSpec::Kind)

class FrameSourceSpecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("argument");
        QTest::newRow("camera") << QStringLiteral("camera") << Kind::Camera << QString();
        QTest::newRow("camera:ID") << QStringLiteral("camera:/dev/video2") << Kind::Camera
                                   << QStringLiteral("/dev/video2");
        QTest::newRow("video:FILE") << QStringLiteral("video:/tmp/a b.mkv") << Kind::VideoFile
                                    << QStringLiteral("/tmp/a b.mkv");
        QTest::newRow("video: keeps later colons")
            << QStringLiteral("video:C:/x.mp4") << Kind::VideoFile << QStringLiteral("C:/x.mp4");
        QTest::newRow("images:DIR") << QStringLiteral("images:photos") << Kind::ImageFolder
                                    << QStringLiteral("photos");
        QTest::newRow("demo") << QStringLiteral("demo") << Kind::Demo << QString();
        QTest::newRow("demo:LIST") << QStringLiteral("demo:/tmp/passes.txt") << Kind::Demo
                                   << QStringLiteral("/tmp/passes.txt");
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, argument);
        const auto spec = parseFrameSourceSpec(text);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().reason));
        QCOMPARE(spec->kind, kind);
        QCOMPARE(spec->argument, argument);
        QCOMPARE(spec->toString(), text);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QString() << QStringLiteral("unknown frame source ''");
        QTest::newRow("unknown") << QStringLiteral("webcam") << QStringLiteral("expected camera[:ID]");
        QTest::newRow("video without file") << QStringLiteral("video") << QStringLiteral("video:FILE");
        QTest::newRow("video: empty") << QStringLiteral("video:") << QStringLiteral("needs a file");
        QTest::newRow("images without dir") << QStringLiteral("images:") << QStringLiteral("images:DIR");
        QTest::newRow("camera: empty") << QStringLiteral("camera:") << QStringLiteral("camera id");
        QTest::newRow("demo: empty") << QStringLiteral("demo:") << QStringLiteral("pass list");
        QTest::newRow("case matters") << QStringLiteral("Camera") << QStringLiteral("unknown frame source");
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonPart);
        const auto spec = parseFrameSourceSpec(text);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code, ScanError::BadSourceSpec);
        QVERIFY2(spec.error().reason.contains(reasonPart), qPrintable(spec.error().reason));
    }

    void createsTheNamedSource_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("origin");
        QTest::newRow("camera") << QStringLiteral("camera:x") << int(ScanOrigin::Camera);
        QTest::newRow("video") << QStringLiteral("video:x.mkv") << int(ScanOrigin::VideoFile);
        QTest::newRow("images") << QStringLiteral("images:x") << int(ScanOrigin::ImageFolder);
        QTest::newRow("demo") << QStringLiteral("demo:x.txt") << int(ScanOrigin::Demo);
    }
    void createsTheNamedSource()
    {
        QFETCH(QString, text);
        QFETCH(int, origin);
        const auto spec = parseFrameSourceSpec(text);
        QVERIFY(spec.ok());
        const std::unique_ptr<FrameSource> source = createFrameSource(*spec);
        QVERIFY(source);
        QCOMPARE(int(source->origin()), origin);
        QCOMPARE(source->description(), text);
        QCOMPARE(source->state(), FrameSource::State::Stopped);
    }
};

QTEST_MAIN(FrameSourceSpecTest)
#include "tst_framesourcespec.moc"
