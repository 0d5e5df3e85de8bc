#include "crypto/Hmac.h"

#include <QTest>

using namespace passgate;

class HmacTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 4231 test cases 1, 2, 3 and 6 (HMAC-SHA-256).
    void rfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                << QByteArray(
                                       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                << QByteArray(
                                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                                << QByteArray(
                                       "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        QTest::newRow("case 6 key longer than a block")
            << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }
    void rfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, expectedHex);
        QCOMPARE(crypto::hmacSha256(key, message).toHex(), expectedHex);
    }

    void sameIdSameVenueOnly()
    {
        const QByteArray venueA(32, 'a');
        const QByteArray venueB(32, 'b');
        const QByteArray id("URN:UVCI:01:DE:187/37512422923");
        QCOMPARE(crypto::hmacSha256(venueA, id), crypto::hmacSha256(venueA, id));
        QVERIFY(crypto::hmacSha256(venueA, id) != crypto::hmacSha256(venueB, id));
        QCOMPARE(crypto::hmacSha256(venueA, id).size(), 32);
    }

    void emptyKeyAndMessage()
    {
        // RFC 2104 with an all-empty input; value computed independently with `openssl dgst -hmac ""`.
        QCOMPARE(crypto::hmacSha256(QByteArray(), QByteArray()).toHex(),
                 QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }
};

QTEST_APPLESS_MAIN(HmacTest)
#include "tst_hmac.moc"
