#include "crypto/EcdsaSignatureFormat.h"

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
