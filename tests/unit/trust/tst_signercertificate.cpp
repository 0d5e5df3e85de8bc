#include "crypto/Sha256_p.h"
#include "formats/SignerCertificate.h"
#include "support/TestSigner.h"

#include <QTest>

using namespace passgate;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::SignerUsages)

class SignerCertificateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usagesFromOids_data()
    {
        QTest::addColumn<QStringList>("oids");
        QTest::addColumn<SignerUsages>("usages");
        QTest::newRow("none: unrestricted") << QStringList() << SignerUsages();
        QTest::newRow("only foreign OIDs: unrestricted")
            << QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2")} << SignerUsages();
        QTest::newRow("test") << QStringList{TestSigner::oidTest} << SignerUsages(SignerUsage::Test);
        QTest::newRow("vaccination") << QStringList{TestSigner::oidVaccination}
                                     << SignerUsages(SignerUsage::Vaccination);
        QTest::newRow("recovery") << QStringList{TestSigner::oidRecovery}
                                  << SignerUsages(SignerUsage::Recovery);
        QTest::newRow("test, second family")
            << QStringList{TestSigner::oidTestAlt} << SignerUsages(SignerUsage::Test);
        QTest::newRow("vaccination, second family")
            << QStringList{TestSigner::oidVaccinationAlt} << SignerUsages(SignerUsage::Vaccination);
        QTest::newRow("recovery, second family")
            << QStringList{TestSigner::oidRecoveryAlt} << SignerUsages(SignerUsage::Recovery);
        QTest::newRow("families mixed") << QStringList{TestSigner::oidTest, TestSigner::oidRecoveryAlt,
                                                       QStringLiteral("1.3.6.1.5.5.7.3.4")}
                                        << (SignerUsage::Test | SignerUsage::Recovery);
        QTest::newRow("a near miss is not a usage")
            << QStringList{QStringLiteral("1.3.6.1.4.1.1847.2021.1.4")} << SignerUsages();
    }
    void usagesFromOids()
    {
        QFETCH(QStringList, oids);
        QFETCH(SignerUsages, usages);
        QCOMPARE(SignerCertificate::usagesFromOids(oids), usages);
    }

    void allowsStatementTypes_data()
    {
        QTest::addColumn<QStringList>("oids");
        QTest::addColumn<bool>("vaccination");
        QTest::addColumn<bool>("test");
        QTest::addColumn<bool>("recovery");
        QTest::newRow("no OID: anything") << QStringList() << true << true << true;
        QTest::newRow("vaccination only")
            << QStringList{TestSigner::oidVaccination} << true << false << false;
        QTest::newRow("test and recovery")
            << QStringList{TestSigner::oidTestAlt, TestSigner::oidRecovery} << false << true << true;
    }
    void allowsStatementTypes()
    {
        QFETCH(QStringList, oids);
        QFETCH(bool, vaccination);
        QFETCH(bool, test);
        QFETCH(bool, recovery);
        const SignerCertificate signer =
            TestSigner::generate(TestSigner::KeyType::EcP256, oids).signerCertificate();
        QCOMPARE(signer.allows(StatementType::Vaccination), vaccination);
        QCOMPARE(signer.allows(StatementType::Test), test);
        QCOMPARE(signer.allows(StatementType::Recovery), recovery);
        QVERIFY(!signer.allows(StatementType::Exemption));
    }

    void dccDefaults()
    {
        TestSigner::Options options;
        options.country = QStringLiteral("KR");
        const TestSigner issuer = TestSigner::generate(options);
        const SignerCertificate signer = issuer.signerCertificate();
        QCOMPARE(signer.kid(), sha256(issuer.certificateDer()).left(8));
        QCOMPARE(signer.kid().size(), 8);
        QCOMPARE(signer.country(), QStringLiteral("KR"));
        QCOMPARE(signer.publicKey().subjectPublicKeyInfo(),
                 X509Certificate::fromDer(issuer.certificateDer())->publicKey().subjectPublicKeyInfo());
    }

    void explicitKidAndCountry()
    {
        const X509Certificate certificate =
            *X509Certificate::fromDer(TestSigner::generate().certificateDer());
        const Result<SignerCertificate, TrustError> signer =
            SignerCertificate::fromCertificate(certificate, QByteArray("12345678"), QStringLiteral("FR"));
        QVERIFY(signer.ok());
        QCOMPARE(signer->kid(), QByteArray("12345678"));
        QCOMPARE(signer->country(), QStringLiteral("FR"));
    }
};

QTEST_APPLESS_MAIN(SignerCertificateTest)
#include "tst_signercertificate.moc"
