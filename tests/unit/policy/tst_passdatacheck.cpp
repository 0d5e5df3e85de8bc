#include "formats/PassVerifier.h"
#include "policy/PassDataCheck.h"
#include "policy/PolicyReasons.h"
#include "station/AdmissionRule.h"
#include "support/DccSamples.h"
#include "support/ReasonCodes.h"
#include "support/TestIssuer.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;
using DccSamples::with;

Q_DECLARE_METATYPE(passgate::Verdict)

namespace {

const QDateTime issued(QDate(2021, 12, 10), QTime(9, 0), QTimeZone::utc());
const QDateTime now(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc());

} // namespace

// A genuine pass (signature, trust, expiry fine) whose data breaks the schema or a semantic check,
// or that was issued after the kiosk's clock, goes to staff: StaffCheck with the finding first,
// never Deny and never Admit. Passes are signed here by a test issuer and read by the real verifier.
class PassDataCheckTest : public QObject
{
    Q_OBJECT

private:
    TestIssuer m_issuer{TestSigner::generate()};

    // The kiosk's path without the ledger: verify the text, then the venue's decision (eu-3g).
    Decision checkIn(const QJsonObject &payload, const QDateTime &issuedAt = issued) const
    {
        DccPassSpec spec;
        spec.payload = payload;
        spec.issuedAt = issuedAt;
        spec.expiresAt = issuedAt.addYears(1);
        TrustStore trust;
        trust.add(m_issuer.signer().signerCertificate());
        const FixedClock clock(now);
        const Result<DecodedPass, PassError> pass = PassVerifier(trust, clock).verify(m_issuer.issue(spec));
        if (!pass)
            return Decision{Verdict::Deny, {{errorCodeName(pass.error().code), {pass.error().reason}}}, {}};
        Evidence evidence;
        evidence.passes.append(*pass);
        const AdmissionRule venue(PolicyCatalog::builtIn(), QStringLiteral("eu-3g"),
                                  Venue{QStringLiteral("cafe"), QTimeZone::utc()});
        return venue.decide(evidence, now, nullptr);
    }

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QDateTime>("issuedAt");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("first");  // the first reason's code
        QTest::addColumn<QString>("field");  // its first argument (the field), where it has one
        QTest::addColumn<QString>("policy"); // a reason of the policy's that must still be there
        const QJsonObject v = DccSamples::vaccination(QDate(2021, 11, 20));
        const QJsonObject t =
            DccSamples::pcrTest(QDateTime(QDate(2021, 12, 13), QTime(9, 0), QTimeZone::utc()));
        const QDateTime at = issued;
        const QDateTime testIssued = now.addSecs(-2 * 3600); // the lab signs after the sample (09:00)

        QTest::newRow("sound pass: the policy decides")
            << v << at << Verdict::Admit << reason::vaccinated << QString() << reason::vaccinated;
        QTest::newRow("lower-case transliteration")
            << with(v, QStringLiteral("nam/fnt"), QStringLiteral("Kim")) << at << Verdict::StaffCheck
            << dataproblem::schema << QStringLiteral("nam.fnt") << reason::vaccinated;
        QTest::newRow("birth date with a time")
            << with(v, QStringLiteral("dob"), QStringLiteral("1978-01-26T00:00:00")) << at
            << Verdict::StaffCheck << dataproblem::schema << QStringLiteral("dob") << reason::vaccinated;
        QTest::newRow("two statement types")
            << with(v, QStringLiteral("r"), DccSamples::recovery().value(QStringLiteral("r"))) << at
            << Verdict::StaffCheck << dataproblem::schema << QString() << QString();
        QTest::newRow("dose number 0") << with(v, QStringLiteral("v/0/dn"), 0) << at << Verdict::StaffCheck
                                       << dataproblem::schema << QStringLiteral("v[0].dn") << QString();
        // The policy would deny a positive test; malformed data still makes it staff's call.
        QTest::newRow("positive test with malformed data, never Deny")
            << with(with(t, QStringLiteral("t/0/tr"), QStringLiteral("260373001")), QStringLiteral("t/0/co"),
                    QStringLiteral("kr"))
            << testIssued << Verdict::StaffCheck << dataproblem::schema << QStringLiteral("t[0].co")
            << reason::testPositive;
        QTest::newRow("positive test, sound data: the policy denies")
            << with(t, QStringLiteral("t/0/tr"), QStringLiteral("260373001")) << testIssued << Verdict::Deny
            << reason::testPositive << QString() << reason::testPositive;
        QTest::newRow("vaccinated after issue")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("2021-12-12")) << at << Verdict::StaffCheck
            << dataproblem::vaccinationAfterIssue << QStringLiteral("v[0].dt") << QString();
        QTest::newRow("born after issue")
            << with(v, QStringLiteral("dob"), QStringLiteral("2022")) << at << Verdict::StaffCheck
            << dataproblem::birthAfterIssue << QStringLiteral("dob") << QString();
        QTest::newRow("unreadable vaccination date")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("20.11.2021")) << at << Verdict::StaffCheck
            << dataproblem::unreadableDate << QStringLiteral("v[0].dt") << QString();
        QTest::newRow("issued after the kiosk's clock") << v << now.addSecs(60) << Verdict::StaffCheck
                                                        << reason::clock << QString() << reason::vaccinated;
    }
    void verdicts()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QDateTime, issuedAt);
        QFETCH(Verdict, verdict);
        QFETCH(QString, first);
        QFETCH(QString, field);
        QFETCH(QString, policy);
        const Decision decision = checkIn(payload, issuedAt);
        QVERIFY2(decision.verdict == verdict, qPrintable(reasonCodes(decision).join(u' ')));
        QCOMPARE(decision.reasons.first().code, first);
        if (!field.isEmpty())
            QCOMPARE(decision.reasons.first().args.value(0), field);
        if (first == reason::clock)
            QCOMPARE(decision.reasons.first().args, (QStringList{QStringLiteral("2021-12-13T12:00:00Z"),
                                                                 QStringLiteral("2021-12-13T12:01:00Z")}));
        if (!policy.isEmpty())
            QVERIFY2(reasonCodes(decision).contains(policy), qPrintable(reasonCodes(decision).join(u' ')));
        if (verdict == Verdict::StaffCheck)
            QVERIFY(!decision.validUntil.isValid());
    }

    // Expired and forged passes stay refusals: only a genuine pass goes to staff.
    void refusalsStayRefusals()
    {
        const Decision expired = checkIn(DccSamples::vaccination(), issued.addYears(-2));
        QCOMPARE(expired.verdict, Verdict::Deny);
        QCOMPARE(expired.reasons.first().code, QStringLiteral("expired"));
        const Decision notAnObject =
            checkIn(with(DccSamples::vaccination(), QStringLiteral("nam"), QStringLiteral("KIM")));
        QCOMPARE(notAnObject.verdict, Verdict::Deny);
        QCOMPARE(notAnObject.reasons.first().code, QStringLiteral("malformed-dcc"));
    }

    // checkPassData on its own: whatever the policy said, findings come first and staff decide.
    void appliedAfterAnyVerdict_data()
    {
        QTest::addColumn<Verdict>("policyVerdict");
        QTest::newRow("admit") << Verdict::Admit;
        QTest::newRow("deny") << Verdict::Deny;
        QTest::newRow("staff check") << Verdict::StaffCheck;
    }
    void appliedAfterAnyVerdict()
    {
        QFETCH(Verdict, policyVerdict);
        DecodedPass pass;
        pass.issued = issued;
        pass.dataProblems = {
            {dataproblem::schema, QStringLiteral("v[0].ma"), QStringLiteral("not a string")},
            {dataproblem::birthAfterIssue, QStringLiteral("dob"), QStringLiteral("born later")}};
        Evidence evidence;
        evidence.passes.append(pass);
        const Decision policy{policyVerdict, {{reason::vaccinated, {}}}, now.addDays(30)};
        const Decision decided = checkPassData(policy, evidence, now);
        QCOMPARE(decided.verdict, Verdict::StaffCheck);
        QCOMPARE(reasonCodes(decided),
                 (QStringList{dataproblem::schema, dataproblem::birthAfterIssue, reason::vaccinated}));
        QCOMPARE(decided.reasons.first().args,
                 (QStringList{QStringLiteral("v[0].ma"), QStringLiteral("not a string")}));
        QVERIFY(!decided.validUntil.isValid());

        pass.dataProblems.clear();
        Evidence sound;
        sound.passes.append(pass);
        const Decision untouched = checkPassData(policy, sound, now);
        QCOMPARE(untouched.verdict, policyVerdict);
        QCOMPARE(untouched.validUntil, now.addDays(30));
        QCOMPARE(reasonCodes(untouched), QStringList{reason::vaccinated});
    }
};

QTEST_APPLESS_MAIN(PassDataCheckTest)
#include "tst_passdatacheck.moc"
