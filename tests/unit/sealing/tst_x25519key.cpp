#include "crypto/X25519Key.h"

#include <QTest>

using namespace passgate;
using namespace passgate::crypto;

class X25519KeyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encryptedPemRoundTrip()
    {
        auto key = X25519Key::generate();
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey().size(), X25519Key::RawSize);
        auto pem = key->encryptedPrivatePem("correct horse battery");
        QVERIFY2(pem.ok(), qPrintable(pem.ok() ? QString() : pem.error().reason));
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        auto loaded = X25519Key::fromPrivatePem(*pem, "correct horse battery");
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().reason));
        QCOMPARE(loaded->publicKey(), key->publicKey());
    }

    void publicPemRoundTrip()
    {
        auto key = X25519Key::generate();
        QVERIFY(key.ok());
        const QByteArray pem = key->publicPem();
        QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
        auto raw = X25519Key::publicKeyFromPem(pem);
        QVERIFY(raw.ok());
        QCOMPARE(*raw, key->publicKey());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("expected");
        QTest::newRow("wrong passphrase") << QStringLiteral("wrong") << int(KeyCode::WrongPassphrase);
        QTest::newRow("not a pem") << QStringLiteral("garbage") << int(KeyCode::NotAKey);
        QTest::newRow("public pem as private") << QStringLiteral("public") << int(KeyCode::NotAKey);
        QTest::newRow("ec key") << QStringLiteral("ec") << int(KeyCode::NotAKey);
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(int, expected);
        auto key = X25519Key::generate();
        QVERIFY(key.ok());
        QByteArray pem;
        if (what == QStringLiteral("wrong"))
            pem = key->encryptedPrivatePem("the right passphrase").value();
        else if (what == QStringLiteral("public"))
            pem = key->publicPem();
        else if (what == QStringLiteral("ec"))
            pem = "-----BEGIN PRIVATE KEY-----\n"
                  "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgZOA5tdSjAy5WLaNc\n"
                  "vu5xOHi3dQWfzcEPdlXYAccBDg+hRANCAAQncHPQ1a6pjaaZgdNL0nZn5byp3Oyh\n"
                  "nZzbrllcoU/LOnx6be/zQ1uUYMxAe+72JuoeZxokyZ1sDO9DOOKA7kT9\n"
                  "-----END PRIVATE KEY-----\n";
        else
            pem = "-----BEGIN PRIVATE KEY-----\nnot base64 at all\n-----END PRIVATE KEY-----\n";
        auto loaded = X25519Key::fromPrivatePem(pem, "a wrong passphrase");
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().code), expected);
    }

    void weakPassphraseRefused()
    {
        auto key = X25519Key::generate();
        QVERIFY(key.ok());
        auto pem = key->encryptedPrivatePem("short");
        QVERIFY(!pem.ok());
        QCOMPARE(pem.error().code, KeyCode::WeakPassphrase);
    }

    void publicKeyFromGarbage()
    {
        auto raw =
            X25519Key::publicKeyFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().code, KeyCode::NotAKey);
    }
};

QTEST_APPLESS_MAIN(X25519KeyTest)
#include "tst_x25519key.moc"
