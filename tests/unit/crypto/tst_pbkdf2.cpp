#include "crypto/Pbkdf2.h"

#include <QTest>

using namespace passgate;

class Pbkdf2Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Published PBKDF2-HMAC-SHA256 vectors (RFC 7914 section 11, and the widely used ones of the
    // same construction for 1 and 4096 iterations).
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("1 iteration")
            << QByteArray("password") << QByteArray("salt") << 1
            << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        QTest::newRow("4096 iterations")
            << QByteArray("password") << QByteArray("salt") << 4096
            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
        QTest::newRow("RFC 7914, 1 iteration, 64 bytes")
            << QByteArray("passwd") << QByteArray("salt") << 1
            << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                          "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }
    void knownVectors()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, hex);
        const QByteArray expected = QByteArray::fromHex(hex);
        QCOMPARE(crypto::pbkdf2Sha256(secret, salt, iterations, int(expected.size())).toHex(), hex);
    }

    void refusesWhatIsNoDerivation_data()
    {
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("length");
        QTest::newRow("no iteration") << 0 << 32;
        QTest::newRow("negative iterations") << -5 << 32;
        QTest::newRow("no bytes") << 1000 << 0;
    }
    void refusesWhatIsNoDerivation()
    {
        QFETCH(int, iterations);
        QFETCH(int, length);
        QVERIFY(crypto::pbkdf2Sha256("1234", "salt", iterations, length).isEmpty());
    }
};

QTEST_GUILESS_MAIN(Pbkdf2Test)
#include "tst_pbkdf2.moc"
