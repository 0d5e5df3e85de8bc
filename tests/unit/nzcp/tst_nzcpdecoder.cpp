#include "common/Clock.h"
#include "formats/PassVerifier.h"
#include "formats/nzcp/Base32.h"
#include "formats/nzcp/NzcpDecoder.h"
#include "support/TestData.h"
#include "support/TestNzcpIssuer.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::PassErrorCode)

namespace {

// The decoder's answer as one comparable word: "ok" or the error code's name.
QString outcome(const Result<DecodedPass, PassError> &pass)
{
    return pass.ok() ? QStringLiteral("ok") : errorCodeName(pass.error().code);
}

const QDateTime checkTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());

} // namespace

class NzcpDecoderTest : public QObject
{
    Q_OBJECT

private:
    TestNzcpIssuer m_issuer;
    TestNzcpIssuer m_otherIssuer;

    TrustStore trusting(std::initializer_list<IssuerKey> keys) const
    {
        TrustStore trust;
        for (const IssuerKey &key : keys)
            trust.addIssuerKey(key);
        return trust;
    }

private Q_SLOTS:
    void verifiesAValidPass()
    {
        const TrustStore trust = trusting({m_issuer.issuerKey()});
        const FixedClock clock(checkTime);
        const nzcp::NzcpDecoder decoder(trust, clock);
        const auto pass = decoder.decode(m_issuer.issue());
        QVERIFY2(pass.ok(), qPrintable(pass.ok() ? QString() : pass.error().reason));
        QCOMPARE(pass->format, PassFormat::NzCovidPass);
        QCOMPARE(pass->holder.given, QStringLiteral("Aroha"));
        QCOMPARE(pass->holder.family, QStringLiteral("Ngata"));
        QCOMPARE(pass->holder.familyStandardised, QStringLiteral("NGATA"));
        QCOMPARE(pass->birthDate, QStringLiteral("1985-02-11"));
        QCOMPARE(pass->issuer, QStringLiteral("did:web:nzcp.test.passgate"));
        QCOMPARE(pass->issuerCountry, QStringLiteral("NZ"));
        QCOMPARE(pass->certificateId, QStringLiteral("urn:uuid:60a4f54d-4e30-4332-be33-ad78b1eafa4b"));
        QCOMPARE(pass->kid, QByteArray("key-1"));
        QCOMPARE(pass->expires, NzcpPassSpec().expires);
        QVERIFY(std::holds_alternative<Vaccination>(pass->statement));
        const auto &vaccination = std::get<Vaccination>(pass->statement);
        QVERIFY(vaccination.issuerCertified);
        QCOMPARE(vaccination.disease, QStringLiteral("840539006"));
        QCOMPARE(vaccination.doseNumber, 0); // a PublicCovidPass states no doses
        QVERIFY(!vaccination.date.isValid());
        // Through the one entry point too, with the line end a keyboard-wedge scanner adds.
        QCOMPARE(PassVerifier::detectFormat(m_issuer.issue()), std::optional(PassFormat::NzCovidPass));
        QVERIFY(PassVerifier(trust, clock).verify(QString(m_issuer.issue() + QStringLiteral("\r\n"))).ok());
    }

    // Passes made here to break one rule each; `expected` is the error code's name.
    void refusesEachBrokenRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("stage");
        const NzcpPassSpec valid;
        auto with = [&](auto change) {
            NzcpPassSpec spec;
            change(spec);
            return m_issuer.issue(spec);
        };
        QTest::newRow("expired") << m_issuer.issue() << valid.expires.addSecs(1) << "expired"
                                 << "validity";
        QTest::newRow("expired at exp itself") << m_issuer.issue() << valid.expires << "expired"
                                               << "validity";
        QTest::newRow("bad signature")
            << with([](NzcpPassSpec &s) { s.flipSignatureBit = true; }) << checkTime << "signature-invalid"
            << "signature";
        QTest::newRow("signed by another key") << m_otherIssuer.issue() << checkTime << "signature-invalid"
                                               << "signature";
        QTest::newRow("unknown issuer")
            << with([](NzcpPassSpec &s) { s.issuer = QStringLiteral("did:web:forger.example"); }) << checkTime
            << "unknown-issuer"
            << "signature";
        QTest::newRow("kid not in the DID document")
            << with([](NzcpPassSpec &s) { s.kid = QStringLiteral("key-9"); }) << checkTime << "unknown-key-id"
            << "signature";
        QTest::newRow("kid of another issuer")
            << with([](NzcpPassSpec &s) { s.kid = QStringLiteral("other-key"); }) << checkTime
            << "key-not-of-issuer"
            << "signature";
        QTest::newRow("version 2") << with([](NzcpPassSpec &s) { s.prefix = QStringLiteral("NZCP:/2/"); })
                                   << checkTime << "unknown-prefix"
                                   << "prefix";
        QTest::newRow("no version") << with([](NzcpPassSpec &s) { s.prefix = QStringLiteral("NZCP:/"); })
                                    << checkTime << "unknown-prefix"
                                    << "prefix";
        QTest::newRow("padding") << QString(m_issuer.issue() + QStringLiteral("======")) << checkTime
                                 << "invalid-base32"
                                 << "base32";
        QTest::newRow("space inside")
            << QString(m_issuer.issue().insert(20, u' ')) << checkTime << "invalid-base32"
            << "base32";
        QTest::newRow("truncated") << m_issuer.issue().chopped(16) << checkTime << "malformed-cose"
                                   << "cose";
        QTest::newRow("no tag 18") << with([](NzcpPassSpec &s) { s.coseTag = false; }) << checkTime
                                   << "malformed-cose"
                                   << "cose";
        QTest::newRow("kid unprotected")
            << with([](NzcpPassSpec &s) { s.kidProtected = false; }) << checkTime << "missing-key-id"
            << "signature";
        QTest::newRow("PS256") << with([](NzcpPassSpec &s) { s.algorithm = -37; }) << checkTime
                               << "unsupported-algorithm"
                               << "cose";
        QTest::newRow("no cti") << with([](NzcpPassSpec &s) {
            s.claimsOverride = QCborMap{{1, s.issuer}, {4, 1900000000}, {5, 1700000000}};
        }) << checkTime << "missing-claim"
                                << "cbor";
        QTest::newRow("not a PublicCovidPass")
            << with([](NzcpPassSpec &s) { s.types = {QStringLiteral("VerifiableCredential")}; }) << checkTime
            << "malformed-credential"
            << "structure";
        QTest::newRow("birth year only") << with([](NzcpPassSpec &s) { s.dob = QStringLiteral("1985"); })
                                         << checkTime << "malformed-credential"
                                         << "structure";
        QTest::newRow("no given name")
            << with([](NzcpPassSpec &s) { s.givenName.clear(); }) << checkTime << "malformed-credential"
            << "structure";
        QTest::newRow("credential version 2")
            << with([](NzcpPassSpec &s) { s.version = QStringLiteral("2.0.0"); }) << checkTime
            << "malformed-credential"
            << "structure";
    }
    void refusesEachBrokenRule()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, at);
        QFETCH(QString, expected);
        QFETCH(QString, stage);
        NzcpPassSpec otherIssuersKey;
        otherIssuersKey.issuer = QStringLiteral("did:web:other.example");
        otherIssuersKey.kid = QStringLiteral("other-key");
        const TrustStore trust = trusting({m_issuer.issuerKey(), m_otherIssuer.issuerKey(otherIssuersKey)});
        const FixedClock clock(at);
        const auto pass = nzcp::NzcpDecoder(trust, clock).decode(text, at);
        QCOMPARE(outcome(pass), expected);
        QCOMPARE(stageName(stageOf(pass.error().code)), stage);
    }

    // Not yet valid is the kiosk clock's question (the decision asks staff), so decode() returns the
    // pass; the stage on its own says NotYetValid.
    void notYetValidIsLeftToTheDecision()
    {
        const TrustStore trust = trusting({m_issuer.issuerKey()});
        const QDateTime early = NzcpPassSpec().notBefore.addSecs(-1);
        const FixedClock clock(early);
        const auto pass = nzcp::NzcpDecoder(trust, clock).decode(m_issuer.issue());
        QVERIFY(pass.ok());
        QCOMPARE(pass->issued, NzcpPassSpec().notBefore);
        const auto message =
            nzcp::NzcpDecoder::parseCose(*nzcp::decodeBase32(QStringView(m_issuer.issue()).sliced(8)));
        QVERIFY(message.ok());
        const auto claims = nzcp::NzcpClaims::parse(message->payload);
        QVERIFY(claims.ok());
        const auto valid = nzcp::NzcpDecoder::checkValidity(*claims, early);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, PassErrorCode::NotYetValid);
    }

    void unknownIssuerWithoutAnyTrustIsNoCrash()
    {
        const TrustStore none;
        const FixedClock clock(checkTime);
        const auto pass = nzcp::NzcpDecoder(none, clock).decode(m_issuer.issue());
        QCOMPARE(outcome(pass), QStringLiteral("unknown-issuer"));
    }

    // The specification's example set (../shared/testdata/nzcp), trusting its example DID document,
    // at a time between the valid example's nbf and exp.
    void theSpecificationExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid") << "valid/nzcp.txt"
                               << "ok";
        QTest::newRow("bad public key") << "invalid/nzcp-bad-public-key.txt"
                                        << "signature-invalid";
        QTest::newRow("modified payload") << "invalid/nzcp-modified-payload.txt"
                                          << "signature-invalid";
        QTest::newRow("modified signature") << "invalid/nzcp-modified-sig.txt"
                                            << "signature-invalid";
        QTest::newRow("key not associated") << "invalid/nzcp-not-associated-public-key.txt"
                                            << "unknown-key-id";
        QTest::newRow("expired") << "invalid/nzcp-expired-payload.txt"
                                 << "expired";
        QTest::newRow("not active") << "invalid/nzcp-notactive-payload.txt"
                                    << "not-yet-valid";
    }
    void theSpecificationExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        PASSGATE_TESTDATA(dir, "nzcp");
        QFile did(dir + QStringLiteral("/valid/did.json"));
        QVERIFY(did.open(QIODevice::ReadOnly));
        const auto keys = IssuerKeys::fromDidDocument(did.readAll(), QStringLiteral("NZ"));
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().reason));
        TrustStore trust;
        for (const IssuerKey &key : *keys)
            trust.addIssuerKey(key);
        QFile pass(dir + u'/' + file);
        QVERIFY(pass.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(pass.readAll()).trimmed();
        const QDateTime at(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
        const FixedClock clock(at);
        const nzcp::NzcpDecoder decoder(trust, clock);
        Result<DecodedPass, PassError> decoded = decoder.decode(text, at);
        if (decoded.ok() && expected == u"not-yet-valid") {
            // decode() leaves not-yet-valid to the decision: ask the validity stage itself.
            const auto message =
                nzcp::NzcpDecoder::parseCose(*nzcp::decodeBase32(*nzcp::NzcpDecoder::unprefix(text)));
            const auto valid =
                nzcp::NzcpDecoder::checkValidity(*nzcp::NzcpClaims::parse(message->payload), at);
            QVERIFY(!valid.ok());
            decoded = fail(valid.error());
        }
        QCOMPARE(outcome(decoded), expected);
        if (decoded.ok()) {
            QCOMPARE(decoded->holder.given, QStringLiteral("Jack"));
            QCOMPARE(decoded->holder.family, QStringLiteral("Sparrow"));
            QCOMPARE(decoded->birthDate, QStringLiteral("1960-04-16"));
        }
    }
};

QTEST_APPLESS_MAIN(NzcpDecoderTest)
#include "tst_nzcpdecoder.moc"
