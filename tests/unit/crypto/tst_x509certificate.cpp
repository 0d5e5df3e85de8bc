#include "crypto/Sha256_p.h"
#include "crypto/X509Certificate.h"
#include "support/TestSigner.h"

#include <QTest>

using namespace passgate;
using namespace passgate::test;

class X509CertificateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extendedKeyUsageOids_data()
    {
        QTest::addColumn<QStringList>("oids");
        QTest::newRow("none") << QStringList();
        QTest::newRow("vaccination") << QStringList{TestSigner::oidVaccination};
        QTest::newRow("all, second family")
            << QStringList{TestSigner::oidTestAlt, TestSigner::oidVaccinationAlt, TestSigner::oidRecoveryAlt};
        QTest::newRow("TLS client and e-mail")
            << QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2"), QStringLiteral("1.3.6.1.5.5.7.3.4")};
    }
    void extendedKeyUsageOids()
    {
        QFETCH(QStringList, oids);
        TestSigner::Options options;
        options.extendedKeyUsage = oids;
        const TestSigner signer = TestSigner::generate(options);
        const Result<X509Certificate, CryptoError> certificate =
            X509Certificate::fromDer(signer.certificateDer());
        QVERIFY(certificate.ok());
        QCOMPARE(certificate->extendedKeyUsageOids(), oids);
    }

    void subjectAndValidity()
    {
        TestSigner::Options options;
        options.country = QStringLiteral("AT");
        options.commonName = QStringLiteral("Österreich DSC");
        const TestSigner signer = TestSigner::generate(options);
        const X509Certificate certificate = *X509Certificate::fromDer(signer.certificateDer());
        QCOMPARE(certificate.subjectCountry(), QStringLiteral("AT"));
        QCOMPARE(certificate.subjectCommonName(), QStringLiteral("Österreich DSC"));
        QCOMPARE(certificate.notBefore(), options.notBefore);
        QCOMPARE(certificate.notAfter(), options.notAfter);
        QCOMPARE(certificate.der(), signer.certificateDer());
        QCOMPARE(certificate.publicKey().type(), PublicKey::Type::Ec);
    }

    void pemWithSeveralCertificates()
    {
        const TestSigner first = TestSigner::generate(), second = TestSigner::generate();
        const QByteArray pem = "some comment\n" + first.certificatePem() + second.certificatePem();
        const Result<QList<X509Certificate>, CryptoError> certificates = X509Certificate::fromPem(pem);
        QVERIFY2(certificates.ok(), certificates.ok() ? "" : qPrintable(certificates.error().reason));
        QCOMPARE(certificates->size(), 2);
        QCOMPARE(certificates->at(0).der(), first.certificateDer());
        QCOMPARE(certificates->at(1).der(), second.certificateDer());
    }

    void brokenInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("pem");
        const QByteArray der = TestSigner::generate().certificateDer();
        QTest::newRow("garbage DER") << QByteArray("not a certificate") << false;
        QTest::newRow("truncated DER") << der.left(der.size() - 5) << false;
        QTest::newRow("DER with trailing bytes") << der + "xx" << false;
        QTest::newRow("empty PEM") << QByteArray("no certificate here") << true;
        QTest::newRow("broken PEM body")
            << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n") << true;
    }
    void brokenInputIsRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, pem);
        if (pem) {
            const Result<QList<X509Certificate>, CryptoError> parsed = X509Certificate::fromPem(data);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, CryptoErrorCode::MalformedCertificate);
        } else {
            const Result<X509Certificate, CryptoError> parsed = X509Certificate::fromDer(data);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, CryptoErrorCode::MalformedCertificate);
        }
    }

    void sha256KnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray(
                                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray(
                                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
    void sha256KnownAnswers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(sha256(input).toHex(), digest);
    }
};

QTEST_APPLESS_MAIN(X509CertificateTest)
#include "tst_x509certificate.moc"
