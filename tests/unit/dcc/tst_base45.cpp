#include "formats/dcc/Base45.h"

#include <QRandomGenerator>
#include <QTest>

using namespace passgate;
using namespace passgate::dcc;

class Base45Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The examples of RFC 9285 §4.
    void rfcExamples_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("AB") << QByteArray("AB") << QStringLiteral("BB8");
        QTest::newRow("Hello!!") << QByteArray("Hello!!") << QStringLiteral("%69 VD92EX0");
        QTest::newRow("base-45") << QByteArray("base-45") << QStringLiteral("UJCLQE7W581");
        QTest::newRow("ietf!") << QByteArray("ietf!") << QStringLiteral("QED8WEX0");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("0x0000") << QByteArray(2, '\0') << QStringLiteral("000");
        QTest::newRow("0xFFFF (largest triplet)") << QByteArray(2, '\xFF') << QStringLiteral("FGW");
        QTest::newRow("0xFF (largest pair)") << QByteArray(1, '\xFF') << QStringLiteral("U5");
    }
    void rfcExamples()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(encodeBase45(bytes), text);
        const Result<QByteArray, PassError> decoded = decodeBase45(text);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, bytes);
    }

    void invalidTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("lower case") << QStringLiteral("bb8")
                                    << QStringLiteral(
                                           "character 'b' at position 0 is not in the base45 alphabet");
        QTest::newRow("equals sign") << QStringLiteral("BB8=") << QStringLiteral("impossible");
        QTest::newRow("character outside the alphabet")
            << QStringLiteral("BB8AB#") << QStringLiteral("character '#' at position 5");
        QTest::newRow("non-ASCII") << QStringLiteral("BBÄ") << QStringLiteral("U+00C4");
        QTest::newRow("length 3n+1") << QStringLiteral("BB8B")
                                     << QStringLiteral("4 characters is impossible");
        // RFC 9285 §4.3: "GGW" is 65536, one more than two bytes hold.
        QTest::newRow("triplet above 65535")
            << QStringLiteral("GGW") << QStringLiteral("'GGW' at position 0 is 65536");
        QTest::newRow("largest triplet value") << QStringLiteral("::::") << QStringLiteral("impossible");
        QTest::newRow("final pair above 255")
            << QStringLiteral("BB8::") << QStringLiteral("final base45 pair '::' is 2024");
    }
    void invalidTextIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const Result<QByteArray, PassError> decoded = decodeBase45(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, PassErrorCode::InvalidBase45);
        QCOMPARE(stageOf(decoded.error().code), PassStage::Base45);
        QVERIFY2(decoded.error().reason.contains(reason), qPrintable(decoded.error().reason));
    }

    void randomRoundTrips()
    {
        QRandomGenerator random(45);
        for (int length = 0; length < 300; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &byte : bytes)
                byte = static_cast<char>(random.bounded(256));
            const QString text = encodeBase45(bytes);
            QCOMPARE(text.size(), length / 2 * 3 + (length % 2) * 2);
            const Result<QByteArray, PassError> decoded = decodeBase45(text);
            QVERIFY(decoded.ok());
            QCOMPARE(*decoded, bytes);
        }
    }
};

QTEST_APPLESS_MAIN(Base45Test)
#include "tst_base45.moc"
