#include "scan/MediaBackend.h"

#include <QTest>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::FrameSourceSpec::Kind)

// The media backend the kiosk picks before Qt does, and what a source needs from it.
class MediaBackendTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choice_data()
    {
        QTest::addColumn<QString>("userSetting");
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("setByUser");
        const QStringList both{QStringLiteral("gstreamer"), QStringLiteral("ffmpeg")};
        QTest::newRow("Qt's default order avoided") << QString() << both << QStringLiteral("ffmpeg") << false;
        QTest::newRow("the user's choice wins")
            << QStringLiteral("gstreamer") << both << QStringLiteral("gstreamer") << true;
        QTest::newRow("no ffmpeg plugin")
            << QString() << QStringList{QStringLiteral("gstreamer")} << QStringLiteral("gstreamer") << false;
        QTest::newRow("nothing installed") << QString() << QStringList() << QString() << false;
    }
    void choice()
    {
        QFETCH(QString, userSetting);
        QFETCH(QStringList, installed);
        QFETCH(QString, expected);
        QFETCH(bool, setByUser);
        const MediaBackend backend = chooseMediaBackend(userSetting, installed);
        QCOMPARE(backend.name, expected);
        QCOMPARE(backend.setByUser, setByUser);
        QVERIFY(!backend.reason.isEmpty());
    }

    // This machine's Qt has the ffmpeg plugin (libqt6multimedia6): the kiosk finds it.
    void installedPluginsAreFound()
    {
        QVERIFY2(installedMediaBackends().contains(u"ffmpeg"),
                 qPrintable(installedMediaBackends().join(u' ')));
    }

    void missingPieces_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<FrameSourceSpec::Kind>("kind");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("expectedWords"); // empty: nothing missing
        const QStringList core{QStringLiteral("queue"), QStringLiteral("input-selector")};
        const QStringList base{QStringLiteral("uridecodebin"), QStringLiteral("decodebin"),
                               QStringLiteral("videoconvert"), QStringLiteral("videoscale")};
        QTest::newRow("ffmpeg video")
            << QStringLiteral("ffmpeg") << FrameSourceSpec::Kind::VideoFile << QStringList() << QStringList();
        QTest::newRow("ffmpeg camera")
            << QStringLiteral("ffmpeg") << FrameSourceSpec::Kind::Camera << QStringList() << QStringList();
        QTest::newRow("gstreamer, core only (Debian's libgstreamer1.0-0)")
            << QStringLiteral("gstreamer") << FrameSourceSpec::Kind::VideoFile << core
            << QStringList{QStringLiteral("videoconvert"), QStringLiteral("uridecodebin"),
                           QStringLiteral("gstreamer1.0-plugins-base")};
        QTest::newRow("gstreamer with plugins-base")
            << QStringLiteral("gstreamer") << FrameSourceSpec::Kind::VideoFile << core + base
            << QStringList();
        QTest::newRow("gstreamer camera without v4l2src")
            << QStringLiteral("gstreamer") << FrameSourceSpec::Kind::Camera << core + base
            << QStringList{QStringLiteral("v4l2src"), QStringLiteral("gstreamer1.0-plugins-good")};
        QTest::newRow("images need no backend")
            << QString() << FrameSourceSpec::Kind::ImageFolder << QStringList() << QStringList();
        QTest::newRow("demo needs no backend")
            << QStringLiteral("gstreamer") << FrameSourceSpec::Kind::Demo << QStringList() << QStringList();
        QTest::newRow("no backend at all") << QString() << FrameSourceSpec::Kind::VideoFile << QStringList()
                                           << QStringList{QStringLiteral("libqt6multimedia6")};
    }
    void missingPieces()
    {
        QFETCH(QString, backend);
        QFETCH(FrameSourceSpec::Kind, kind);
        QFETCH(QStringList, present);
        QFETCH(QStringList, expectedWords);
        const QString missing = missingMediaPieces(backend, kind, [&present](const char *element) {
            return present.contains(QLatin1String(element));
        });
        if (expectedWords.isEmpty()) {
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
            return;
        }
        for (const QString &word : expectedWords)
            QVERIFY2(missing.contains(word), qPrintable(missing));
        for (const QString &element : present)
            QVERIFY2(!missing.contains(element + u','), qPrintable(missing));
    }

    // The system lookup answers without crashing whether or not gstreamer is installed, and
    // knows the core elements when it is.
    void systemLookupIsSafe()
    {
        const GstElementLookup lookup = systemGstElementLookup();
        QVERIFY(!lookup("no-such-element-anywhere"));
        if (lookup("queue"))
            QVERIFY(lookup("fakesink"));
    }
};

QTEST_GUILESS_MAIN(MediaBackendTest)
#include "tst_mediabackend.moc"
