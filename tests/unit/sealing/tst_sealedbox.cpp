#include "crypto/SealedBox_p.h"
#include "crypto/X25519Key.h"

#include <QTest>

using namespace passgate;
using namespace passgate::crypto;

namespace {

const QByteArray Context("passgate contact v1");

X25519Key newKey()
{
    auto key = X25519Key::generate();
    if (!key)
        qFatal("cannot generate a key");
    return std::move(key).value();
}

X25519Key privateFromRaw(const QByteArray &raw)
{
    auto key = X25519Key::fromRawPrivateKey(raw);
    if (!key)
        qFatal("not a raw X25519 key: %s", qPrintable(key.error().reason));
    return std::move(key).value();
}

} // namespace

class SealedBoxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("phone") << QByteArray("+82 10-1234-5678");
        QTest::newRow("safety number") << QStringLiteral(u"12가34나").toUtf8();
        QTest::newRow("export sized") << QByteArray(200000, 'x');
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        const X25519Key owner = newKey();
        auto box = SealedBox::seal(owner.publicKey(), plaintext, Context);
        QVERIFY2(box.ok(), qPrintable(box.ok() ? QString() : box.error().reason));
        QCOMPARE(box->size(), plaintext.size() + SealedBox::Overhead);
        if (plaintext.size() >= 8)
            QVERIFY(!box->contains(plaintext.left(8)));
        auto opened = SealedBox::open(owner, *box, Context);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, plaintext);
    }

    // A box made by an independent implementation (Python 'cryptography': X25519, HKDF-SHA256 with
    // salt eph_pub||recipient_pub and info "passgate sealed box v1", AES-256-GCM) opens here: the
    // construction is what SealedBox.h documents, byte for byte.
    void opensIndependentVector()
    {
        const auto recipient = privateFromRaw(
            QByteArray::fromHex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"));
        const QByteArray box =
            QByteArray::fromHex("015714769d116bf76436ae74bc793d2c30ad1903c59ac5273805c7e2698b410c36c8c9cacbcc"
                                "cdcecfd0d1d2d36637130c"
                                "920a59fe7a7a12ada37a9a3cf21b5848194aa9ee5c120aaf8abcad02");
        auto opened = SealedBox::open(recipient, box, Context);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().reason));
        QCOMPARE(*opened, QByteArray("+82 10-1234-5678"));
    }

    void sealingTwiceDiffers()
    {
        const X25519Key owner = newKey();
        auto first = SealedBox::seal(owner.publicKey(), "010-0000-0000", Context);
        auto second = SealedBox::seal(owner.publicKey(), "010-0000-0000", Context);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(*first != *second); // fresh ephemeral key and nonce: equal numbers are not linkable
    }

    void refusesToOpen_data()
    {
        QTest::addColumn<int>("flipAt"); // -1: no flip
        QTest::addColumn<bool>("otherKey");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<int>("expected");
        QTest::newRow("other private key") << -1 << true << Context << int(SealCode::OpenFailed);
        QTest::newRow("other context")
            << -1 << false << QByteArray("passgate ledger export v1") << int(SealCode::OpenFailed);
        QTest::newRow("version byte") << 0 << false << Context << int(SealCode::Malformed);
        QTest::newRow("ephemeral key") << 5 << false << Context << int(SealCode::OpenFailed);
        QTest::newRow("nonce") << 40 << false << Context << int(SealCode::OpenFailed);
        QTest::newRow("ciphertext") << 50 << false << Context << int(SealCode::OpenFailed);
        QTest::newRow("tag (last byte)") << 1000 << false << Context << int(SealCode::OpenFailed);
    }
    void refusesToOpen()
    {
        QFETCH(int, flipAt);
        QFETCH(bool, otherKey);
        QFETCH(QByteArray, context);
        QFETCH(int, expected);
        const X25519Key owner = newKey();
        const X25519Key stranger = newKey();
        auto box = SealedBox::seal(owner.publicKey(), "+82 10-9876-5432 and some more", Context);
        QVERIFY(box.ok());
        QByteArray altered = *box;
        if (flipAt >= 0) {
            const int at = qMin(flipAt, int(altered.size()) - 1);
            altered[at] = char(altered.at(at) ^ 0x01);
        }
        auto opened = SealedBox::open(otherKey ? stranger : owner, altered, context);
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().code), expected);
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("box");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("shorter than the overhead") << QByteArray(SealedBox::Overhead - 1, '\x01');
    }
    void malformedInput()
    {
        QFETCH(QByteArray, box);
        const X25519Key owner = newKey();
        auto opened = SealedBox::open(owner, box, Context);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, SealCode::Malformed);
    }

    void badRecipientKeys_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::newRow("31 bytes") << QByteArray(31, '\x09');
        QTest::newRow("empty") << QByteArray();
        // Small-order points force an all-zero shared secret; the box must refuse them.
        QTest::newRow("zero point") << QByteArray(32, '\0');
        QTest::newRow("order-1 point")
            << QByteArray::fromHex("0100000000000000000000000000000000000000000000000000000000000000");
    }
    void badRecipientKeys()
    {
        QFETCH(QByteArray, publicKey);
        auto box = SealedBox::seal(publicKey, "secret", Context);
        QVERIFY(!box.ok());
        QCOMPARE(box.error().code, SealCode::InvalidKey);
    }
};

QTEST_APPLESS_MAIN(SealedBoxTest)
#include "tst_sealedbox.moc"
