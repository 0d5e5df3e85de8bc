#include "TestFrames.h"

#include "scan/FrameLuma.h"

#include <QTest>

using namespace passgate;
using namespace passgate::test;
using F = QVideoFrameFormat;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

class FrameLumaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every format the reader reads in place gives back the very samples written into it.
    void readsLumaInPlace_data()
    {
        QTest::addColumn<F::PixelFormat>("format");
        for (int value = F::Format_Invalid + 1; value < F::NPixelFormats; ++value) {
            const auto format = F::PixelFormat(value);
            if (lumaLayout(format))
                QTest::newRow(qPrintable(F::pixelFormatToString(format))) << format;
        }
    }
    void readsLumaInPlace()
    {
        QFETCH(F::PixelFormat, format);
        QImage luma(37, 11, QImage::Format_Grayscale8); // odd sizes: strides are not the width
        for (int y = 0; y < luma.height(); ++y)
            for (int x = 0; x < luma.width(); ++x)
                luma.scanLine(y)[x] = uchar((x * 7 + y * 13) % 256);
        const QVideoFrame frame = frameWithLuma(format, luma);
        const FrameLuma read(frame);
        QVERIFY2(read.isValid(), qPrintable(read.error()));
        QVERIFY(read.inPlace());
        const LumaView &view = read.view();
        QCOMPARE(view.width, luma.width());
        QCOMPARE(view.height, luma.height());
        for (int y = 0; y < luma.height(); ++y)
            for (int x = 0; x < luma.width(); ++x)
                QCOMPARE(int(view.data[y * view.rowStride + x * view.pixelStride]), int(luma.scanLine(y)[x]));
    }

    void convertsTheRest_data()
    {
        QTest::addColumn<F::PixelFormat>("format");
        QTest::newRow("Jpeg") << F::Format_Jpeg;
    }
    void convertsTheRest()
    {
        QFETCH(F::PixelFormat, format);
        QVERIFY(!lumaLayout(format));
        QImage luma(64, 48, QImage::Format_Grayscale8);
        luma.fill(200);
        const FrameLuma read(frameWithLuma(format, luma));
        QVERIFY2(read.isValid(), qPrintable(read.error()));
        QVERIFY(!read.inPlace());
        QCOMPARE(read.view().width, 64);
        QVERIFY(qAbs(int(read.view().data[10]) - 200) <= 2); // JPEG is lossy
    }

    void layouts_data()
    {
        QTest::addColumn<F::PixelFormat>("format");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("pixelStride");
        QTest::newRow("NV12") << F::Format_NV12 << 0 << 1;
        QTest::newRow("YUV420P") << F::Format_YUV420P << 0 << 1;
        QTest::newRow("YUYV") << F::Format_YUYV << 0 << 2;
        QTest::newRow("UYVY") << F::Format_UYVY << 1 << 2;
        QTest::newRow("AYUV") << F::Format_AYUV << 1 << 4;
        QTest::newRow("P010") << F::Format_P010 << 1 << 2;
        QTest::newRow("BGRA8888") << F::Format_BGRA8888 << 1 << 4;
        QTest::newRow("ARGB8888") << F::Format_ARGB8888 << 2 << 4;
    }
    void layouts()
    {
        QFETCH(F::PixelFormat, format);
        QFETCH(int, offset);
        QFETCH(int, pixelStride);
        QCOMPARE(lumaLayout(format), (LumaLayout{0, offset, pixelStride}));
    }

    void refusesInconsistentFrames()
    {
        QVERIFY(!FrameLuma(QVideoFrame()).isValid());
        QCOMPARE(FrameLuma(QVideoFrame()).error(), QStringLiteral("invalid frame"));
    }
};

QTEST_MAIN(FrameLumaTest)
#include "tst_frameluma.moc"
