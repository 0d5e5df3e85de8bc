#include "crypto/EcdsaSignatureFormat_p.h"

#include <QTest>

using namespace passgate;

class EcdsaSignatureFormatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawAndDer_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("der");
        // SEQUENCE { INTEGER r, INTEGER s }; a high bit needs a 0x00 pad, leading zeros are dropped.
        QTest::newRow("small values") << QByteArray::fromHex("00000001"
                                                             "00000002")
                                      << QByteArray::fromHex("3006020101020102");
        QTest::newRow("high bit padded") << QByteArray::fromHex("80000000"
                                                                "7f000000")
                                         << QByteArray::fromHex("300d020500800000000204"
                                                                "7f000000");
        QTest::newRow("zero") << QByteArray::fromHex("00000000"
                                                     "00000005")
                              << QByteArray::fromHex("3006020100020105");
        // P-521: 66-byte halves make the SEQUENCE longer than 127 bytes (long-form length).
        const QByteArray low = QByteArray(1, '\x01') + QByteArray(65, '\xff');
        const QByteArray high(66, '\xff');
        QTest::newRow("P-521, long-form length")
            << QByteArray(low + low)
            << QByteArray(QByteArray::fromHex("308188") + "\x02\x42" + low + "\x02\x42" + low);
        QTest::newRow("P-521, padded")
            << QByteArray(high + high)
            << QByteArray(QByteArray::fromHex("30818a") + QByteArray("\x02\x43\x00", 3) + high +
                          QByteArray("\x02\x43\x00", 3) + high);
    }
    void rawAndDer()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, der);
        QCOMPARE(ecdsaRawToDer(raw).toHex(), der.toHex());
        QCOMPARE(ecdsaDerToRaw(der, static_cast<int>(raw.size() / 2)).toHex(), raw.toHex());
    }

    void malformedInputGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("odd length") << QByteArray(63, '\x01');
    }
    void malformedInputGivesNothing()
    {
        QFETCH(QByteArray, raw);
        QVERIFY(ecdsaRawToDer(raw).isEmpty());
    }

    void derThatDoesNotFitIsRefused()
    {
        QVERIFY(ecdsaDerToRaw(QByteArray::fromHex("300d020500800000000204"
                                                  "7f000000"),
                              2)
                    .isEmpty());
        QVERIFY(ecdsaDerToRaw("garbage", 32).isEmpty());
    }
};

QTEST_APPLESS_MAIN(EcdsaSignatureFormatTest)
#include "tst_ecdsasignatureformat.moc"
