#include "formats/dcc/Base45.h"
#include "formats/dcc/DccDecoder.h"
#include "support/DccSamples.h"
#include "support/TestIssuer.h"

#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <map>
#include <memory>

using namespace passgate;
using namespace passgate::dcc;
using namespace passgate::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(passgate::test::TestSigner::KeyType)
Q_DECLARE_METATYPE(passgate::test::DccPassSpec)
Q_DECLARE_METATYPE(passgate::PassErrorCode)

namespace {

const QDateTime issued(QDate(2021, 12, 1), QTime(10, 0), QTimeZone::utc());
const QDateTime expires(QDate(2022, 12, 1), QTime(10, 0), QTimeZone::utc());
const QDateTime checkTime(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc());

DccPassSpec validSpec(const QJsonObject &payload = DccSamples::vaccination())
{
    DccPassSpec spec;
    spec.payload = payload;
    spec.issuedAt = issued;
    spec.expiresAt = expires;
    return spec;
}

// Key generation (RSA above all) is slow: one signer per key type and usage for the whole run.
const TestIssuer &issuerFor(TestSigner::KeyType type, const QStringList &usage = {})
{
    static std::map<QString, std::unique_ptr<TestIssuer>> issuers;
    std::unique_ptr<TestIssuer> &issuer = issuers[QString::number(int(type)) + u'/' + usage.join(u',')];
    if (!issuer)
        issuer = std::make_unique<TestIssuer>(TestSigner::generate(type, usage));
    return *issuer;
}

struct Verifier
{
    explicit Verifier(const TestIssuer &issuer, const QDateTime &at = checkTime)
        : clock(at)
    {
        trust.add(issuer.signer().signerCertificate());
    }
    Result<DecodedPass, PassError> decode(const QString &text) const
    {
        return DccDecoder(trust, clock).decode(text);
    }

    TrustStore trust;
    FixedClock clock;
};

} // namespace

class DccDecoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothAlgorithmsVerify_data()
    {
        QTest::addColumn<TestSigner::KeyType>("keyType");
        QTest::newRow("ES256 P-256") << TestSigner::KeyType::EcP256;
        QTest::newRow("ES256 on P-384") << TestSigner::KeyType::EcP384;
        QTest::newRow("PS256 RSA-2048") << TestSigner::KeyType::Rsa2048;
        QTest::newRow("PS256 RSA-3072") << TestSigner::KeyType::Rsa3072;
    }
    void bothAlgorithmsVerify()
    {
        QFETCH(TestSigner::KeyType, keyType);
        const TestIssuer &issuer = issuerFor(keyType);
        const Result<DecodedPass, PassError> pass = Verifier(issuer).decode(issuer.issue(validSpec()));
        QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().reason));
        QCOMPARE(pass->kid, issuer.signer().kid());
        QCOMPARE(pass->signature.size(), keyType == TestSigner::KeyType::EcP256    ? 64
                                         : keyType == TestSigner::KeyType::EcP384  ? 96
                                         : keyType == TestSigner::KeyType::Rsa2048 ? 256
                                                                                   : 384);
    }

    void vaccinationPassIsComplete()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        DccPassSpec spec = validSpec(DccSamples::vaccination(QDate(2021, 11, 20), 2, 2));
        spec.issuer = QStringLiteral("AT");
        const Result<DecodedPass, PassError> pass = Verifier(issuer).decode(issuer.issue(spec));
        QVERIFY(pass.ok());
        QCOMPARE(pass->format, PassFormat::EuDcc);
        QCOMPARE(pass->holder.family, QStringLiteral("Musterfrau-Gößinger"));
        QCOMPARE(pass->holder.given, QStringLiteral("Gabriele"));
        QCOMPARE(pass->holder.familyStandardised, QStringLiteral("MUSTERFRAU<GOESSINGER"));
        QCOMPARE(pass->holder.givenStandardised, QStringLiteral("GABRIELE"));
        QCOMPARE(pass->birthDate, QStringLiteral("1998-02-26"));
        QCOMPARE(pass->issuerCountry, QStringLiteral("AT"));
        QCOMPARE(pass->certificateId, QStringLiteral("URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#E"));
        QCOMPARE(pass->kid, issuer.signer().kid());
        QCOMPARE(pass->issued, issued);
        QCOMPARE(pass->expires, expires);
        QCOMPARE(pass->schemaVersion, QStringLiteral("1.3.0"));
        QCOMPARE(pass->payload, spec.payload);
        QCOMPARE(statementType(pass->statement), StatementType::Vaccination);
        const auto &v = std::get<Vaccination>(pass->statement);
        QCOMPARE(v.disease, QStringLiteral("840539006"));
        QCOMPARE(v.vaccineType, QStringLiteral("1119349007"));
        QCOMPARE(v.product, QStringLiteral("EU/1/20/1528"));
        QCOMPARE(v.manufacturer, QStringLiteral("ORG-100030215"));
        QCOMPARE(v.doseNumber, 2);
        QCOMPARE(v.seriesTotal, 2);
        QCOMPARE(v.date, QDate(2021, 11, 20));
        QCOMPARE(v.country, QStringLiteral("DE"));
        QCOMPARE(v.issuer, QStringLiteral("Robert Koch-Institut"));
        QCOMPARE(v.certificateId, pass->certificateId);
    }

    void testPassIsComplete()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        const QDateTime sampled(QDate(2021, 12, 13), QTime(9, 30), QTimeZone::utc());
        const Result<DecodedPass, PassError> pass =
            Verifier(issuer).decode(issuer.issue(validSpec(DccSamples::rapidTest(sampled))));
        QVERIFY(pass.ok());
        QCOMPARE(statementType(pass->statement), StatementType::Test);
        const auto &t = std::get<TestResult>(pass->statement);
        QCOMPARE(t.testType, QStringLiteral("LP217198-3"));
        QCOMPARE(t.device, QStringLiteral("1232"));
        QCOMPARE(t.sampleTime, sampled);
        QCOMPARE(t.result, QStringLiteral("260415000"));
        QCOMPARE(t.centre, QStringLiteral("Testzentrum Köln Hbf"));
        QCOMPARE(t.certificateId, pass->certificateId);
    }

    void recoveryPassIsComplete()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        const Result<DecodedPass, PassError> pass =
            Verifier(issuer).decode(issuer.issue(validSpec(DccSamples::recovery(QDate(2021, 10, 1)))));
        QVERIFY(pass.ok());
        const auto &r = std::get<Recovery>(pass->statement);
        QCOMPARE(r.firstPositive, QDate(2021, 10, 1));
        QCOMPARE(r.validFrom, QDate(2021, 10, 12));
        QCOMPARE(r.validUntil, QDate(2022, 3, 30));
        QCOMPARE(r.certificateId, QStringLiteral("URN:UVCI:01DE/5CWLU12RNOB9RXSEOP6FG8#R"));
    }

    void birthDateAsWritten_data()
    {
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("birthDate");
        QTest::newRow("full") << QStringLiteral("1964-08-12") << QStringLiteral("1964-08-12");
        QTest::newRow("year and month") << QStringLiteral("1964-08") << QStringLiteral("1964-08");
        QTest::newRow("year") << QStringLiteral("1964") << QStringLiteral("1964");
        QTest::newRow("unknown") << QString() << QString();
        QTest::newRow("with a time part")
            << QStringLiteral("1964-08-12T00:00:00") << QStringLiteral("1964-08-12");
    }
    void birthDateAsWritten()
    {
        QFETCH(QString, dob);
        QFETCH(QString, birthDate);
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        QJsonObject payload = DccSamples::vaccination();
        payload.insert(QStringLiteral("dob"), dob);
        const Result<DecodedPass, PassError> pass = Verifier(issuer).decode(issuer.issue(validSpec(payload)));
        QVERIFY(pass.ok());
        QCOMPARE(pass->birthDate, birthDate);
    }

    void issuerFallsBackToTheSignersCountry()
    {
        TestSigner::Options options;
        options.country = QStringLiteral("LU");
        const TestIssuer issuer(TestSigner::generate(options));
        DccPassSpec spec = validSpec();
        spec.issuer.clear();
        const Result<DecodedPass, PassError> pass = Verifier(issuer).decode(issuer.issue(spec));
        QVERIFY(pass.ok());
        QCOMPARE(pass->issuerCountry, QStringLiteral("LU"));
    }

    // hcert spec §3.3.1 / common CO18-CO23: the protected kid wins, even when wrong.
    void keyIdRules_data()
    {
        QTest::addColumn<DccPassSpec>("spec");
        QTest::addColumn<int>("error"); // -1: verifies
        const QByteArray wrong("foo");
        DccPassSpec spec = validSpec();
        QTest::newRow("protected right (CO18)") << spec << -1;
        spec.kidPlacement = DccPassSpec::KidPlacement::Unprotected;
        QTest::newRow("unprotected right, none protected (CO19)") << spec << -1;
        spec.kidPlacement = DccPassSpec::KidPlacement::Both;
        QTest::newRow("both right (CO20)") << spec << -1;
        spec.unprotectedKid = wrong;
        QTest::newRow("protected right, unprotected wrong (CO21)") << spec << -1;
        spec.unprotectedKid.reset();
        spec.protectedKid = wrong;
        QTest::newRow("protected wrong, unprotected right (CO22)")
            << spec << int(PassErrorCode::UnknownKeyId);
        spec = validSpec();
        spec.kidPlacement = DccPassSpec::KidPlacement::Unprotected;
        spec.unprotectedKid = wrong;
        QTest::newRow("unprotected wrong, none protected (CO23)") << spec << int(PassErrorCode::UnknownKeyId);
        spec = validSpec();
        spec.kidPlacement = DccPassSpec::KidPlacement::None;
        QTest::newRow("no kid") << spec << int(PassErrorCode::MissingKeyId);
        spec = validSpec();
        spec.kidPlacement = DccPassSpec::KidPlacement::Both;
        spec.algPlacement = DccPassSpec::AlgPlacement::Unprotected;
        QTest::newRow("algorithm in the unprotected header") << spec << -1;
    }
    void keyIdRules()
    {
        QFETCH(DccPassSpec, spec);
        QFETCH(int, error);
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        const Result<DecodedPass, PassError> pass = Verifier(issuer).decode(issuer.issue(spec));
        if (error < 0) {
            QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().reason));
        } else {
            QVERIFY(!pass.ok());
            QCOMPARE(int(pass.error().code), error);
            QCOMPARE(stageOf(pass.error().code), PassStage::Signature);
        }
    }

    // A right kid in the unprotected header does not rescue a wrong protected one, even when the
    // wrong one belongs to another trusted signer: the signature is checked with that signer's key.
    void wrongProtectedKidOfAnotherSignerFails()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        const TestSigner other = TestSigner::generate();
        DccPassSpec spec = validSpec();
        spec.kidPlacement = DccPassSpec::KidPlacement::Both;
        spec.protectedKid = other.kid();
        Verifier verifier(issuer);
        verifier.trust.add(other.signerCertificate());
        const Result<DecodedPass, PassError> pass = verifier.decode(issuer.issue(spec));
        QVERIFY(!pass.ok());
        QCOMPARE(pass.error().code, PassErrorCode::SignatureInvalid);
    }

    // 8-byte kids can collide: every signer with the kid is tried.
    void collidingKidsAreAllTried()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        const TestSigner other = TestSigner::generate();
        TrustStore trust;
        trust.add(*SignerCertificate::fromCertificate(other.signerCertificate().certificate(),
                                                      issuer.signer().kid(), {}));
        trust.add(issuer.signer().signerCertificate());
        const FixedClock clock(checkTime);
        QVERIFY(DccDecoder(trust, clock).decode(issuer.issue(validSpec())).ok());
    }

    void keyUsage_data()
    {
        QTest::addColumn<QStringList>("usage");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<bool>("allowed");
        const QJsonObject v = DccSamples::vaccination(), t = DccSamples::pcrTest(),
                          r = DccSamples::recovery();
        QTest::newRow("no usage OID, vaccination (CO15)") << QStringList() << v << true;
        QTest::newRow("no usage OID, recovery (CO15)") << QStringList() << r << true;
        QTest::newRow("vaccination OID, vaccination (CO13)")
            << QStringList{TestSigner::oidVaccination} << v << true;
        QTest::newRow("test OID, test (CO12)") << QStringList{TestSigner::oidTestAlt} << t << true;
        QTest::newRow("recovery OID, recovery (CO14)")
            << QStringList{TestSigner::oidRecoveryAlt} << r << true;
        QTest::newRow("test OID, vaccination (CO6)") << QStringList{TestSigner::oidTestAlt} << v << false;
        QTest::newRow("test OID, recovery (CO7)") << QStringList{TestSigner::oidTest} << r << false;
        QTest::newRow("vaccination OID, test (CO8)")
            << QStringList{TestSigner::oidVaccinationAlt} << t << false;
        QTest::newRow("vaccination OID, recovery (CO9)")
            << QStringList{TestSigner::oidVaccination} << r << false;
        QTest::newRow("recovery OID, vaccination (CO10)")
            << QStringList{TestSigner::oidRecovery} << v << false;
        QTest::newRow("recovery OID, test (CO11)") << QStringList{TestSigner::oidRecoveryAlt} << t << false;
        QTest::newRow("only TLS OIDs: unrestricted")
            << QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2")} << t << true;
        QTest::newRow("all three of both families")
            << QStringList{TestSigner::oidTest, TestSigner::oidVaccination, TestSigner::oidRecoveryAlt} << r
            << true;
    }
    void keyUsage()
    {
        QFETCH(QStringList, usage);
        QFETCH(QJsonObject, payload);
        QFETCH(bool, allowed);
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256, usage);
        const Result<DecodedPass, PassError> pass = Verifier(issuer).decode(issuer.issue(validSpec(payload)));
        QCOMPARE(pass.ok(), allowed);
        if (!allowed) {
            QCOMPARE(pass.error().code, PassErrorCode::UsageNotAllowed);
            QCOMPARE(stageOf(pass.error().code), PassStage::KeyUsage);
            QVERIFY(pass.error().reason.contains(QLatin1String("may not sign")));
        }
    }

    // Before issued-at the pass still decodes (its `issued` says so; the venue's decision asks staff
    // about the clock); checkValidity, the conformance stage, says NotYetValid.
    void clockEdges_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<int>("error"); // -1: valid
        QTest::newRow("one second before issued-at") << issued.addSecs(-1) << int(PassErrorCode::NotYetValid);
        QTest::newRow("at issued-at") << issued << -1;
        QTest::newRow("in between") << checkTime << -1;
        QTest::newRow("at expiry") << expires << -1;
        QTest::newRow("one second after expiry") << expires.addSecs(1) << int(PassErrorCode::Expired);
        QTest::newRow("a year before") << issued.addYears(-1) << int(PassErrorCode::NotYetValid);
        QTest::newRow("a year after") << expires.addYears(1) << int(PassErrorCode::Expired);
        QTest::newRow("check time in Seoul, same instant as expiry")
            << expires.toTimeZone(QTimeZone(9 * 3600)) << -1;
    }
    void clockEdges()
    {
        QFETCH(QDateTime, at);
        QFETCH(int, error);
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        const Result<DecodedPass, PassError> pass = Verifier(issuer, at).decode(issuer.issue(validSpec()));
        if (error == int(PassErrorCode::NotYetValid)) {
            QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().reason));
            QVERIFY(pass->issued > at);
            CwtClaims claims;
            claims.issuedAt = pass->issued;
            claims.expiresAt = pass->expires;
            const Result<void, PassError> valid = DccDecoder::checkValidity(claims, at);
            QCOMPARE(int(valid.error().code), error);
            QCOMPARE(stageOf(valid.error().code), PassStage::Validity);
            QVERIFY(valid.error().reason.contains(QLatin1String("issued at")));
        } else if (error < 0) {
            QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().reason));
            QVERIFY(pass->dataProblems.isEmpty());
        } else {
            QVERIFY(!pass.ok());
            QCOMPARE(int(pass.error().code), error);
            QCOMPARE(stageOf(pass.error().code), PassStage::Validity);
            QVERIFY(pass.error().reason.contains(
                QLatin1String(error == int(PassErrorCode::Expired) ? "expired at" : "issued at")));
        }
    }

    void clockIsReadAtEachDecode()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        TrustStore trust;
        trust.add(issuer.signer().signerCertificate());
        FixedClock clock(expires);
        const DccDecoder decoder(trust, clock);
        const QString text = issuer.issue(validSpec());
        QVERIFY(decoder.decode(text).ok());
        clock.advance(1s);
        QCOMPARE(decoder.decode(text).error().code, PassErrorCode::Expired);
        QVERIFY(decoder.decode(text, checkTime).ok());
    }

    void fractionalTimes()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        DccPassSpec spec = validSpec();
        spec.fractionalTimes = true; // iat = issued + 0.25 s
        QVERIFY(Verifier(issuer, issued).decode(issuer.issue(spec))->issued > issued);
        const Result<DecodedPass, PassError> pass =
            Verifier(issuer, issued.addSecs(1)).decode(issuer.issue(spec));
        QVERIFY(pass.ok());
        QCOMPARE(pass->issued, issued.addMSecs(250));
    }

    void messageTags_data()
    {
        QTest::addColumn<bool>("coseTag");
        QTest::addColumn<bool>("cwtTag");
        QTest::newRow("untagged") << false << false;
        QTest::newRow("tag 18") << true << false;
        QTest::newRow("tags 61 and 18 (CO28)") << true << true;
    }
    void messageTags()
    {
        QFETCH(bool, coseTag);
        QFETCH(bool, cwtTag);
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::Rsa2048);
        DccPassSpec spec = validSpec();
        spec.coseTag = coseTag;
        spec.cwtTag = cwtTag;
        QVERIFY(Verifier(issuer).decode(issuer.issue(spec)).ok());
    }

    void refusals_data()
    {
        QTest::addColumn<DccPassSpec>("spec");
        QTest::addColumn<PassErrorCode>("code");
        QTest::addColumn<QString>("reason");
        DccPassSpec spec = validSpec();
        spec.prefix = QStringLiteral("HC2:");
        QTest::newRow("HC2 prefix") << spec << PassErrorCode::UnknownPrefix
                                    << QStringLiteral("'HC2:' is not supported");
        spec.prefix.clear();
        QTest::newRow("no prefix") << spec << PassErrorCode::UnknownPrefix
                                   << QStringLiteral("no context identifier");
        spec = validSpec();
        spec.compress = false;
        QTest::newRow("not compressed (Z2)")
            << spec << PassErrorCode::NotCompressed << QStringLiteral("uncompressed COSE");
        spec = validSpec();
        spec.corruptSignature = true;
        QTest::newRow("signature altered (CO5)")
            << spec << PassErrorCode::SignatureInvalid << QStringLiteral("does not verify");
        spec = validSpec();
        spec.algorithm = -37;
        QTest::newRow("PS256 label on an EC signer")
            << spec << PassErrorCode::SignatureInvalid << QStringLiteral("PS256 needs an RSA key");
        spec.algorithm = -35;
        QTest::newRow("ES384") << spec << PassErrorCode::UnsupportedAlgorithm << QStringLiteral("-35");
        spec = validSpec();
        spec.algPlacement = DccPassSpec::AlgPlacement::None;
        QTest::newRow("no algorithm")
            << spec << PassErrorCode::MalformedCose << QStringLiteral("no algorithm");
        spec = validSpec();
        spec.payloadBytes = QByteArray("not CBOR \xff", 10);
        QTest::newRow("payload not CBOR")
            << spec << PassErrorCode::MalformedCbor << QStringLiteral("not CBOR");
        spec = validSpec();
        spec.claimsOverride = QCborMap{{1, QStringLiteral("DE")},
                                       {4, 1700000000},
                                       {6, 1600000000},
                                       {-260, QCborMap{{1, QByteArray("\xff\xff", 2)}}}};
        QTest::newRow("DCC a byte string (CBO1)")
            << spec << PassErrorCode::MalformedClaim << QStringLiteral("not a map");
        spec = validSpec();
        spec.expiresAt = QDateTime();
        QTest::newRow("no expiry") << spec << PassErrorCode::MissingClaim << QStringLiteral("expiry");
        spec = validSpec();
        spec.payload.remove(QStringLiteral("nam"));
        QTest::newRow("not a DCC object: no name")
            << spec << PassErrorCode::MalformedDcc << QStringLiteral("nam: missing");
    }
    void refusals()
    {
        QFETCH(DccPassSpec, spec);
        QFETCH(PassErrorCode, code);
        QFETCH(QString, reason);
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        const Result<DecodedPass, PassError> pass = Verifier(issuer).decode(issuer.issue(spec));
        QVERIFY(!pass.ok());
        QCOMPARE(pass.error().code, code);
        QVERIFY2(pass.error().reason.contains(reason), qPrintable(pass.error().reason));
    }

    void unknownSigner()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        TrustStore empty;
        const FixedClock clock(checkTime);
        const Result<DecodedPass, PassError> pass =
            DccDecoder(empty, clock).decode(issuer.issue(validSpec()));
        QCOMPARE(pass.error().code, PassErrorCode::UnknownKeyId);
        QVERIFY(pass.error().reason.contains(QString::fromLatin1(issuer.signer().kid().toBase64())));
    }

    // Damage anywhere in the signed message never yields a verified pass with other content: flips,
    // insertions and truncations of the COSE bytes are refused at some stage (or, inside the
    // unprotected header, leave the signed content as it was), and nothing crashes.
    void damagedMessagesAreRefused()
    {
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        DccPassSpec spec = validSpec();
        spec.kidPlacement = DccPassSpec::KidPlacement::Both;
        const TestIssuer::Stages pass = issuer.stages(spec);
        const Verifier verifier(issuer);
        const DecodedPass original = *verifier.decode(pass.text);
        QRandomGenerator random(2021);
        int refused = 0;
        for (int round = 0; round < 600; ++round) {
            QByteArray cose = pass.cose;
            const qsizetype at = random.bounded(cose.size());
            switch (round % 3) {
            case 0:
                cose[at] = static_cast<char>(cose[at] ^ (1 << random.bounded(8)));
                break;
            case 1:
                cose.insert(at, static_cast<char>(random.bounded(256)));
                break;
            case 2:
                cose.truncate(at);
                break;
            }
            const Result<DecodedPass, PassError> decoded =
                verifier.decode(QStringLiteral("HC1:") + encodeBase45(TestIssuer::zlibCompress(cose)));
            if (!decoded.ok()) {
                ++refused;
                QVERIFY(!decoded.error().reason.isEmpty());
                continue;
            }
            QCOMPARE(decoded->payload, original.payload);
            QCOMPARE(decoded->expires, original.expires);
        }
        QVERIFY2(refused > 550, qPrintable(QString::number(refused)));
    }

    // A QR-sized text that inflates to 50 MB: refused at the inflate stage, quickly.
    void decompressionBombInAQrText()
    {
        const QString bomb = QStringLiteral("HC1:") +
                             encodeBase45(TestIssuer::zlibCompress(QByteArray(50 * 1024 * 1024, 'A')));
        TrustStore trust;
        const FixedClock clock(checkTime);
        const Result<DecodedPass, PassError> pass = DccDecoder(trust, clock).decode(bomb);
        QCOMPARE(pass.error().code, PassErrorCode::TooLarge);
        DccDecoder::Options small;
        small.maxInflatedSize = 100;
        const TestIssuer &issuer = issuerFor(TestSigner::KeyType::EcP256);
        QCOMPARE(DccDecoder(trust, clock, small).decode(issuer.issue(validSpec())).error().code,
                 PassErrorCode::TooLarge);
    }
};

QTEST_APPLESS_MAIN(DccDecoderTest)
#include "tst_dccdecoder.moc"
