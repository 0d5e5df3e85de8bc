#include "formats/PassVerifier.h"
#include "support/DccSamples.h"
#include "support/TestIssuer.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;

class PassVerifierTest : public QObject
{
    Q_OBJECT

private:
    TestIssuer m_issuer{TestSigner::generate()};
    QDateTime m_at{QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc()};

    QString validPass() const
    {
        DccPassSpec spec;
        spec.payload = DccSamples::vaccination();
        spec.issuedAt = m_at.addDays(-1);
        spec.expiresAt = m_at.addDays(1);
        return m_issuer.issue(spec);
    }

private Q_SLOTS:
    void detectsTheFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format"); // passFormatCode, or empty for none
        QTest::newRow("HC1") << QStringLiteral("HC1:NCFOXN") << QStringLiteral("eu-dcc");
        QTest::newRow("HC1 after a line end") << QStringLiteral("\r\nHC1:NCFOXN") << QStringLiteral("eu-dcc");
        QTest::newRow("HC2") << QStringLiteral("HC2:NCFOXN") << QString();
        QTest::newRow("lower case") << QStringLiteral("hc1:NCFOXN") << QString();
        QTest::newRow("SMART Health Card")
            << QStringLiteral("shc:/5676290952432060346029243740") << QStringLiteral("shc");
        QTest::newRow("SMART Health Card chunk")
            << QStringLiteral("shc:/1/2/5676290952432060346029243740") << QStringLiteral("shc");
        QTest::newRow("shc: without its slash") << QStringLiteral("shc:5676") << QStringLiteral("shc");
        QTest::newRow("NZ COVID Pass")
            << QStringLiteral(
                   "NZCP:/1/"
                   "2KCEVIQEIVVWK6JNGEASNICZAEP2KALYDZSGSZB2O5SWEOTOPJRXALTDN53GSZBRHEXGQZLBNR2GQLTOPICRU")
            << QStringLiteral("nzcp");
        QTest::newRow("empty") << QString() << QString();
    }
    void detectsTheFormat()
    {
        QFETCH(QString, text);
        QFETCH(QString, format);
        const std::optional<PassFormat> detected = PassVerifier::detectFormat(text);
        QCOMPARE(detected ? passFormatCode(*detected) : QString(), format);
    }

    void verifiesThroughTheDccDecoder_data()
    {
        QTest::addColumn<QString>("wrapping");
        QTest::newRow("as scanned") << QStringLiteral("%1");
        QTest::newRow("keyboard wedge adds a line end") << QStringLiteral("%1\r\n");
        QTest::newRow("tab before") << QStringLiteral("\t%1");
    }
    void verifiesThroughTheDccDecoder()
    {
        QFETCH(QString, wrapping);
        TrustStore trust;
        trust.add(m_issuer.signer().signerCertificate());
        const FixedClock clock(m_at);
        const PassVerifier verifier(trust, clock);
        const Result<DecodedPass, PassError> pass = verifier.verify(wrapping.arg(validPass()));
        QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().reason));
        QCOMPARE(pass->format, PassFormat::EuDcc);
        QVERIFY(verifier.verify(validPass(), m_at.addDays(2)).error().code == PassErrorCode::Expired);
    }

    void unknownFormatsAreRefusedAtThePrefixStage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("HC2") << QStringLiteral("HC2:NCFOXN") << QStringLiteral("'HC2:' is not supported");
        QTest::newRow("a URL") << QStringLiteral("https://example.org/")
                               << QStringLiteral("no context identifier");
        QTest::newRow("empty") << QString() << QStringLiteral("no context identifier");
    }
    void unknownFormatsAreRefusedAtThePrefixStage()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const TrustStore trust;
        const FixedClock clock(m_at);
        const Result<DecodedPass, PassError> pass = PassVerifier(trust, clock).verify(text);
        QVERIFY(!pass.ok());
        QCOMPARE(pass.error().code, PassErrorCode::UnknownPrefix);
        QCOMPARE(stageName(stageOf(pass.error().code)), QStringLiteral("prefix"));
        QVERIFY2(pass.error().reason.contains(reason), qPrintable(pass.error().reason));
    }

    void stageAndCodeNamesAreStable()
    {
        QCOMPARE(stageName(PassStage::KeyUsage), QStringLiteral("keyusage"));
        QCOMPARE(stageName(PassStage::Validity), QStringLiteral("validity"));
        QCOMPARE(errorCodeName(PassErrorCode::NotYetValid), QStringLiteral("not-yet-valid"));
        QCOMPARE(errorCodeName(PassErrorCode::Expired), QStringLiteral("expired"));
        QCOMPARE(errorCodeName(PassErrorCode::UnknownKeyId), QStringLiteral("unknown-key-id"));
        QCOMPARE(stageOf(PassErrorCode::TooLarge), PassStage::Inflate);
    }

    // Every code's name reads back as that code (the CLI turns a refusal's reason code into its
    // stage this way); a name that is no code's gives none.
    void codeNamesReadBack()
    {
        for (int value = int(PassErrorCode::UnknownPrefix); value <= int(PassErrorCode::SchemaViolation);
             ++value)
            QCOMPARE(errorCodeFromName(errorCodeName(PassErrorCode(value))),
                     std::optional(PassErrorCode(value)));
        QCOMPARE(errorCodeFromName(u"revoked"), std::nullopt);
        QCOMPARE(errorCodeFromName(u""), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(PassVerifierTest)
#include "tst_passverifier.moc"
