#include "scan/LumaDecoder.h"
#include "scan/QrCodeImage.h"
#include "scan/StillImageDecoder.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;

class StillImageDecoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAndReadsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("modulePixels");
        QTest::newRow("dcc prefix") << QStringLiteral(
                                           "HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH-R6IOO6+IDOEZ-SBE6")
                                    << 4;
        QTest::newRow("shc numeric")
            << QStringLiteral(
                   "shc:/"
                   "56762909524320603460292437404460312229595326546034602925407728043360287028647167452228092"
                   "86133314564376531415906402203064504590856435503414245413640370636654171372412363803043756"
                   "22046737407532323925433443326057360106452931531270742428395038692212766728666731266342087"
                   "42257377630206204102243765868534325582000216728760758570810550562275228240767080968050769"
                   "23617733233566343424396644405967614104433776672026632244336745305961754000383970526121402"
                   "92974753658337372662132066669047253044469405210524536242721550377673434280323045475690310"
                   "23367056222741456709055565350763625053723952277621120531256144256828201272683863003908712"
                   "70424637169365355356029283930655800727631584375003412095469042104583832575866301010331234"
                   "22114008776058732325243477645920113037325929083272452931606933110529113800577340566109693"
                   "354052870683031627427696560077126313862523130325244396956716011090474293769733269276537")
            << 2;
        QTest::newRow("utf-8") << QStringLiteral("홍길동 Hong Gildong – Ångström") << 4;
        QTest::newRow("one module per pixel")
            << QStringLiteral("NZCP:/1/2KCEVIQEIVVWK6JNGEASNICZAEP2KALYDZSGSZB2O5SWEOTO") << 1;
    }
    void rendersAndReadsBack()
    {
        QFETCH(QString, text);
        QFETCH(int, modulePixels);
        const auto image = renderQrCode(text, modulePixels);
        QVERIFY(image.ok());
        QCOMPARE(image->format(), QImage::Format_Grayscale8);
        QCOMPARE(image->width(), image->height());
        QCOMPARE(StillImageDecoder().decode(*image), QStringList{text});
    }

    void refusesWhatCannotBeRendered()
    {
        const auto empty = renderQrCode(QString());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ScanError::EncodeFailed);
        const auto tooLong = renderQrCode(QString(8000, QLatin1Char('x')));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code, ScanError::EncodeFailed);
        QVERIFY(!renderQrCode(QStringLiteral("x"), 0).ok());
    }

    // ZXing-C++ 1.4 cannot read light-on-dark codes by itself; the second attempt can.
    void darkModeCodeIsReadInverted()
    {
        const QString text = QStringLiteral("HC1:6BFOXN*TS0BI$ZD8UHYE9");
        auto code = renderQrCode(text, 5);
        QVERIFY(code.ok());
        QImage darkMode = *code;
        darkMode.invertPixels();
        const StillImageDecoder::Reading reading = StillImageDecoder().read(darkMode);
        QCOMPARE(reading.texts, QStringList{text});
        QCOMPARE(StillImageDecoder::attempts().at(reading.attemptIndex).name(), QStringLiteral("inverted"));
        QCOMPARE(StillImageDecoder::attempts().at(0).name(), QStringLiteral("plain"));
    }

    void nothingInABlankPicture()
    {
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const StillImageDecoder::Reading reading = StillImageDecoder().read(blank);
        QCOMPARE(reading.texts, QStringList());
        QCOMPARE(reading.attemptIndex, -1);
        QCOMPARE(StillImageDecoder().decode(QImage()), QStringList());
    }

    void decodesFiles()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("shc:/56762909524320603460292437404460");
        auto code = renderQrCode(text, 3);
        QVERIFY(code.ok());
        const QString path = dir.filePath(QStringLiteral("pass.png"));
        QVERIFY(code->save(path));
        QCOMPARE(StillImageDecoder().decodeFile(path), QStringList{text});

        QString error;
        QCOMPARE(StillImageDecoder().decodeFile(dir.filePath(QStringLiteral("missing.png")), &error),
                 QStringList());
        QVERIFY(error.contains(QStringLiteral("missing.png")));
    }

    void lumaDecoderReadsStridedViewsAndRefusesEmptyOnes()
    {
        const QString text = QStringLiteral("HC1:STRIDE");
        auto code = renderQrCode(text, 3);
        QVERIFY(code.ok());
        // Samples two bytes apart, as in a YUYV frame.
        QByteArray packed(code->width() * 2 * code->height(), char(128));
        for (int y = 0; y < code->height(); ++y)
            for (int x = 0; x < code->width(); ++x)
                packed[y * code->width() * 2 + x * 2] = char(code->constScanLine(y)[x]);
        const LumaView view{reinterpret_cast<const uchar *>(packed.constData()), code->width(),
                            code->height(), code->width() * 2, 2};
        const LumaDecoder decoder;
        QCOMPARE(decoder.read(view, DecodeAttempt{}).value(), QStringList{text});
        QCOMPARE(decoder.read(view, DecodeAttempt{.inverted = true}).value(), QStringList());
        QCOMPARE(decoder.read(view, DecodeAttempt{.scale = 0.5}).value(), QStringList{text});

        const auto empty = decoder.read(LumaView{}, DecodeAttempt{});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ScanError::DecoderFailure);
    }
};

QTEST_MAIN(StillImageDecoderTest)
#include "tst_stillimagedecoder.moc"
