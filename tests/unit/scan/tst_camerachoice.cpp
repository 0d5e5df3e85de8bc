#include "scan/CameraChoice.h"

#include <QTest>

using namespace passgate;
using F = QVideoFrameFormat;

namespace {

CameraMode mode(F::PixelFormat format, int width, int height, float fps)
{
    return CameraMode{format, QSize(width, height), fps, fps};
}

// What typical UVC webcams offer over USB 2: raw YUYV is limited by bandwidth at high resolutions,
// MJPEG is not.
QList<CameraMode> usb2Webcam()
{
    return {
        mode(F::Format_YUYV, 640, 480, 30),   mode(F::Format_YUYV, 1280, 720, 10),
        mode(F::Format_YUYV, 1920, 1080, 5),  mode(F::Format_Jpeg, 640, 480, 30),
        mode(F::Format_Jpeg, 1280, 720, 30),  mode(F::Format_Jpeg, 1920, 1080, 30),
        mode(F::Format_Jpeg, 3840, 2160, 15),
    };
}

} // namespace

Q_DECLARE_METATYPE(QList<passgate::CameraMode>)

class CameraChoiceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesAFormat_data()
    {
        QTest::addColumn<QList<CameraMode>>("modes");
        QTest::addColumn<int>("expected");

        QTest::newRow("empty") << QList<CameraMode>{} << -1;
        QTest::newRow("only one") << QList<CameraMode>{mode(F::Format_Jpeg, 320, 240, 5)} << 0;
        QTest::newRow("usb2 webcam: MJPEG 720p, not slow YUYV 720p nor 4K") << usb2Webcam() << 4;
        QTest::newRow("NV12 720p at 30 beats MJPEG 720p")
            << QList<CameraMode>{mode(F::Format_Jpeg, 1280, 720, 30), mode(F::Format_NV12, 1280, 720, 30)}
            << 1;
        QTest::newRow("YUYV 720p at 15 is fast enough")
            << QList<CameraMode>{mode(F::Format_Jpeg, 1280, 720, 30), mode(F::Format_YUYV, 1280, 720, 15)}
            << 1;
        QTest::newRow("1080p NV12 beats 720p MJPEG (about the right size, raw)")
            << QList<CameraMode>{mode(F::Format_Jpeg, 1280, 720, 30), mode(F::Format_NV12, 1920, 1080, 30)}
            << 1;
        QTest::newRow("closest size among raw formats")
            << QList<CameraMode>{mode(F::Format_NV12, 1920, 1080, 30), mode(F::Format_NV12, 1280, 720, 30),
                                 mode(F::Format_NV12, 1024, 576, 30)}
            << 1;
        QTest::newRow("not Qt's default: the highest resolution")
            << QList<CameraMode>{mode(F::Format_NV12, 3840, 2160, 30), mode(F::Format_NV12, 1280, 720, 30)}
            << 1;
        QTest::newRow("raw YUV before RGB") << QList<CameraMode>{mode(F::Format_BGRA8888, 1280, 720, 30),
                                                                 mode(F::Format_YUV420P, 1280, 720, 30)}
                                            << 1;
        QTest::newRow("small raw at speed loses to MJPEG about 720p")
            << QList<CameraMode>{mode(F::Format_YUYV, 640, 480, 30), mode(F::Format_Jpeg, 1280, 720, 30)}
            << 1;
        QTest::newRow("nothing about 720p: raw at the closest size")
            << QList<CameraMode>{mode(F::Format_Jpeg, 640, 480, 30), mode(F::Format_YUYV, 320, 240, 30),
                                 mode(F::Format_YUYV, 640, 480, 30)}
            << 2;
        QTest::newRow("nothing fast enough: the right size first, then the frame rate")
            << QList<CameraMode>{mode(F::Format_YUYV, 1280, 720, 8), mode(F::Format_YUYV, 1280, 720, 10),
                                 mode(F::Format_YUYV, 640, 480, 12)}
            << 1;
        QTest::newRow("unreadable GPU format last")
            << QList<CameraMode>{mode(F::Format_SamplerExternalOES, 1280, 720, 30),
                                 mode(F::Format_Jpeg, 1280, 720, 30)}
            << 1;
    }
    void choosesAFormat()
    {
        QFETCH(QList<CameraMode>, modes);
        QFETCH(int, expected);
        QCOMPARE(chooseCameraMode(modes), qsizetype(expected));
    }

    void followsTheWish()
    {
        const CameraModeWish vga{QSize(640, 480), 25};
        QCOMPARE(chooseCameraMode(usb2Webcam(), vga), qsizetype(0));
    }

    void choosesACamera_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << QString() << 1;
        QTest::newRow("by id") << QStringLiteral("/dev/video2") << 2;
        QTest::newRow("by description") << QStringLiteral("Integrated Camera") << 0;
        QTest::newRow("by index") << QStringLiteral("2") << 2;
        QTest::newRow("index out of range") << QStringLiteral("3") << -1;
        QTest::newRow("unknown") << QStringLiteral("/dev/video9") << -1;
    }
    void choosesACamera()
    {
        QFETCH(QString, wanted);
        QFETCH(int, expected);
        const QList<CameraIdentity> present = {
            {QByteArrayLiteral("/dev/video0"), QStringLiteral("Integrated Camera"), false},
            {QByteArrayLiteral("/dev/video1"), QStringLiteral("USB Webcam"), true},
            {QByteArrayLiteral("/dev/video2"), QStringLiteral("Document Camera"), false},
        };
        QCOMPARE(chooseCamera(present, wanted), qsizetype(expected));
    }

    void unplugAndReplug()
    {
        // The source re-runs the choice whenever the device list changes: gone means wait, back means open.
        QList<CameraIdentity> present = {
            {QByteArrayLiteral("/dev/video0"), QStringLiteral("USB Webcam"), true}};
        QCOMPARE(chooseCamera(present, QStringLiteral("USB Webcam")), qsizetype(0));
        present.clear();
        QCOMPARE(chooseCamera(present, QStringLiteral("USB Webcam")), qsizetype(-1));
        QCOMPARE(chooseCamera(present, QString()), qsizetype(-1));
        present = {
            {QByteArrayLiteral("/dev/video4"), QStringLiteral("USB Webcam"), true}}; // new node after replug
        QCOMPARE(chooseCamera(present, QStringLiteral("USB Webcam")), qsizetype(0));
        QCOMPARE(chooseCamera(present, QString()), qsizetype(0));
    }

    void firstCameraWithoutADefault()
    {
        const QList<CameraIdentity> present = {{QByteArrayLiteral("a"), QStringLiteral("A"), false},
                                               {QByteArrayLiteral("b"), QStringLiteral("B"), false}};
        QCOMPARE(chooseCamera(present, QString()), qsizetype(0));
    }
};

QTEST_MAIN(CameraChoiceTest)
#include "tst_camerachoice.moc"
