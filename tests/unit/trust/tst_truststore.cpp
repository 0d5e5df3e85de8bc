#include "formats/TrustStore.h"
#include "support/TestSigner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace passgate;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::TrustErrorCode)

class TrustStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsByKid()
    {
        const TestSigner first = TestSigner::generate(), second = TestSigner::generate();
        TrustStore trust;
        QVERIFY(trust.isEmpty());
        trust.add(first.signerCertificate());
        trust.add(second.signerCertificate());
        QCOMPARE(trust.size(), 2);
        QVERIFY(trust.contains(first.kid()));
        QCOMPARE(trust.find(second.kid()).size(), 1);
        QCOMPARE(trust.find(second.kid()).first().certificate().der(), second.certificateDer());
        QVERIFY(trust.find("unknown!").isEmpty());
        trust.clear();
        QVERIFY(trust.isEmpty());
        QVERIFY(!trust.contains(first.kid()));
    }

    void sameCertificateTwiceIsOneSigner()
    {
        const TestSigner signer = TestSigner::generate();
        TrustStore trust;
        trust.add(signer.signerCertificate());
        trust.add(signer.signerCertificate());
        QCOMPARE(trust.size(), 1);
    }

    void collidingKidsAreAllKept()
    {
        const TestSigner first = TestSigner::generate(), second = TestSigner::generate();
        const QByteArray kid("samekid!");
        TrustStore trust;
        trust.add(*SignerCertificate::fromCertificate(first.signerCertificate().certificate(), kid,
                                                      QStringLiteral("DE")));
        trust.add(*SignerCertificate::fromCertificate(second.signerCertificate().certificate(), kid,
                                                      QStringLiteral("AT")));
        QCOMPARE(trust.size(), 2);
        QCOMPARE(trust.find(kid).size(), 2);
    }

    void loadsPemAndDerFiles()
    {
        const TestSigner first = TestSigner::generate(),
                         second = TestSigner::generate(TestSigner::KeyType::Rsa2048);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pem = dir.filePath(QStringLiteral("signers.pem"));
        const QString der = dir.filePath(QStringLiteral("signer.der"));
        QFile pemFile(pem), derFile(der);
        QVERIFY(pemFile.open(QIODevice::WriteOnly) && derFile.open(QIODevice::WriteOnly));
        pemFile.write(first.certificatePem() + second.certificatePem());
        derFile.write(second.certificateDer());
        pemFile.close();
        derFile.close();

        TrustStore trust;
        const Result<int, TrustError> fromPem = trust.addFile(pem);
        QVERIFY(fromPem.ok());
        QCOMPARE(*fromPem, 2);
        const Result<int, TrustError> fromDer = trust.addFile(der);
        QVERIFY(fromDer.ok());
        QCOMPARE(*fromDer, 1);
        QCOMPARE(trust.size(), 2); // the DER one was already there
        QVERIFY(trust.contains(first.kid()) && trust.contains(second.kid()));
    }

    void refusesWhatIsNotACertificate_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("createFile");
        QTest::addColumn<TrustErrorCode>("code");
        QTest::newRow("missing file") << QByteArray() << false << TrustErrorCode::UnreadableFile;
        QTest::newRow("garbage") << QByteArray("hello") << true << TrustErrorCode::MalformedCertificate;
        QTest::newRow("a private key, not a certificate")
            << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n") << true
            << TrustErrorCode::MalformedCertificate;
    }
    void refusesWhatIsNotACertificate()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, createFile);
        QFETCH(TrustErrorCode, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input"));
        if (createFile) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        TrustStore trust;
        const Result<int, TrustError> added = trust.addFile(path);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, code);
        QVERIFY(added.error().reason.contains(path));
        QVERIFY(trust.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TrustStoreTest)
#include "tst_truststore.moc"
