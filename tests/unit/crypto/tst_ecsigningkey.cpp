#include "crypto/EcSigningKey.h"
#include "crypto/SignatureVerifier.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;

namespace {

// A key made by the openssl tool, as a publisher makes one (README): the reading is tested on what
// another program wrote, not on what this code wrote itself.
QByteArray opensslKey(const QStringList &arguments)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    return openssl.readAllStandardOutput();
}

} // namespace

class EcSigningKeyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsWhatThePublicHalfVerifies_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("PKCS#8 (BEGIN PRIVATE KEY)") << QStringList{
            u"genpkey"_qs, u"-algorithm"_qs, u"EC"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs};
        QTest::newRow("SEC1 (BEGIN EC PRIVATE KEY)")
            << QStringList{u"ecparam"_qs, u"-name"_qs, u"prime256v1"_qs, u"-genkey"_qs, u"-noout"_qs};
    }
    void signsWhatThePublicHalfVerifies()
    {
        QFETCH(QStringList, arguments);
        const QByteArray pem = opensslKey(arguments);
        QVERIFY2(!pem.isEmpty(), "the openssl tool made no key");
        auto key = EcSigningKey::fromPem(pem);
        QVERIFY2(key, qPrintable(key ? QString() : key.error().reason));
        QCOMPARE(key->publicKey().curveName(), u"prime256v1"_qs);
        const QByteArray data("a trust bundle's signed part");
        const QByteArray signature = key->sign(data);
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifySignature(SignatureAlgorithm::Es256, key->publicKey(), data, signature));
        QVERIFY(
            !verifySignature(SignatureAlgorithm::Es256, key->publicKey(), QByteArray(data + "!"), signature));
    }

    void refusesOtherKeys_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<int>("code");
        QTest::newRow("not PEM") << QByteArray("hello") << int(CryptoErrorCode::MalformedKey);
        QTest::newRow("P-384") << opensslKey({u"ecparam"_qs, u"-name"_qs, u"secp384r1"_qs, u"-genkey"_qs,
                                              u"-noout"_qs})
                               << int(CryptoErrorCode::UnsupportedKey);
        QTest::newRow("RSA") << opensslKey({u"genpkey"_qs, u"-algorithm"_qs, u"RSA"_qs, u"-pkeyopt"_qs,
                                            u"rsa_keygen_bits:2048"_qs})
                             << int(CryptoErrorCode::UnsupportedKey);
    }
    void refusesOtherKeys()
    {
        QFETCH(QByteArray, pem);
        QFETCH(int, code);
        const auto key = EcSigningKey::fromPem(pem);
        QVERIFY(!key);
        QCOMPARE(int(key.error().code), code);
    }

    void everyPublicKeyOfAList()
    {
        const QByteArray first = opensslKey(
            {u"genpkey"_qs, u"-algorithm"_qs, u"EC"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs});
        const QByteArray second = opensslKey(
            {u"genpkey"_qs, u"-algorithm"_qs, u"EC"_qs, u"-pkeyopt"_qs, u"ec_paramgen_curve:P-256"_qs});
        const auto a = EcSigningKey::fromPem(first);
        const auto b = EcSigningKey::fromPem(second);
        QVERIFY(a && b);
        const auto pemOf = [](const PublicKey &key) -> QByteArray {
            return "-----BEGIN PUBLIC KEY-----\n" + key.subjectPublicKeyInfo().toBase64() +
                   "\n-----END PUBLIC KEY-----\n";
        };
        const QByteArray both =
            QByteArray("# the venue's publishers\n") + pemOf(a->publicKey()) + pemOf(b->publicKey());
        const auto keys = PublicKey::everyFromPem(both);
        QVERIFY(keys);
        QCOMPARE(keys->size(), 2);
        QCOMPARE(keys->at(1).subjectPublicKeyInfo(), b->publicKey().subjectPublicKeyInfo());
        // A damaged second key is an error, not a list of one.
        QByteArray damaged = both;
        damaged.replace(damaged.lastIndexOf("-----END"), 0, "!!!!\n");
        QVERIFY(!PublicKey::everyFromPem(damaged));
        QVERIFY(!PublicKey::everyFromPem("no key here"));
    }
};

QTEST_GUILESS_MAIN(EcSigningKeyTest)
#include "tst_ecsigningkey.moc"
