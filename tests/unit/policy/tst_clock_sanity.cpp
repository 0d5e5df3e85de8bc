#include "common/IsoDateTime.h"
#include "policy/ClockSanity_p.h"
#include "policy/PolicyReasons.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::Verdict)

namespace {

QDateTime utc(int day, int hour)
{
    return QDateTime(QDate(2022, 1, day), QTime(hour, 0), QTimeZone::utc());
}

} // namespace

class ClockSanityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data()
    {
        QTest::addColumn<Verdict>("policyVerdict");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("ledger");
        QTest::addColumn<QDateTime>("issued");
        QTest::addColumn<QDateTime>("expires");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QStringList>("reasons");

        const QDateTime none;
        const QString vaccinated = reason::vaccinated;
        QTest::newRow("all in order") << Verdict::Admit << utc(10, 12) << utc(10, 11) << utc(9, 0)
                                      << utc(20, 0) << Verdict::Admit << QStringList{vaccinated};
        QTest::newRow("nothing known yet") << Verdict::Admit << utc(10, 12) << none << none << none
                                           << Verdict::Admit << QStringList{vaccinated};
        QTest::newRow("behind the ledger")
            << Verdict::Admit << utc(10, 10) << utc(10, 11) << utc(9, 0) << utc(20, 0) << Verdict::StaffCheck
            << QStringList{reason::clock, vaccinated};
        QTest::newRow("behind the bundle") << Verdict::Admit << utc(8, 23) << none << utc(9, 0) << utc(20, 0)
                                           << Verdict::StaffCheck << QStringList{reason::clock, vaccinated};
        QTest::newRow("a deny too") << Verdict::Deny << utc(8, 23) << utc(9, 1) << none << none
                                    << Verdict::StaffCheck << QStringList{reason::clock, vaccinated};
        QTest::newRow("equal to the ledger") << Verdict::Admit << utc(10, 11) << utc(10, 11) << none << none
                                             << Verdict::Admit << QStringList{vaccinated};
        QTest::newRow("bundle expired")
            << Verdict::Admit << utc(20, 0) << utc(19, 0) << utc(9, 0) << utc(20, 0) << Verdict::StaffCheck
            << QStringList{reason::trustListExpired, vaccinated};
        QTest::newRow("bundle expired, deny stays")
            << Verdict::Deny << utc(21, 0) << none << utc(9, 0) << utc(20, 0) << Verdict::Deny
            << QStringList{reason::trustListExpired, vaccinated};
        QTest::newRow("bundle one hour from expiry")
            << Verdict::Admit << utc(19, 23) << none << utc(9, 0) << utc(20, 0) << Verdict::Admit
            << QStringList{vaccinated};
    }
    void checks()
    {
        QFETCH(Verdict, policyVerdict);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, ledger);
        QFETCH(QDateTime, issued);
        QFETCH(QDateTime, expires);
        QFETCH(Verdict, verdict);
        QFETCH(QStringList, reasons);

        Decision decision;
        decision.verdict = policyVerdict;
        decision.reasons = {{reason::vaccinated, {}}};
        decision.validUntil = utc(25, 0);
        const Decision checked = checkClockAndTrust(decision, now, {ledger, issued, expires});
        QCOMPARE(checked.verdict, verdict);
        QStringList codes;
        for (const Reason &r : checked.reasons)
            codes.append(r.code);
        QCOMPARE(codes, reasons);
        if (codes.first() == reason::clock) {
            QCOMPARE(checked.reasons.first().args.size(), 2);
            QCOMPARE(checked.reasons.first().args.at(0), now.toUTC().toString(Qt::ISODate));
            QVERIFY(!checked.validUntil.isValid());
        }
    }

    // A pass issued after `now` already gave a clock reason (checkPassData): the decision keeps one,
    // first, naming the latest known time, whichever gave it.
    void oneClockReasonWithTheLatestReference_data()
    {
        QTest::addColumn<QDateTime>("passIssued");
        QTest::addColumn<QDateTime>("ledger");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("the pass is later") << utc(12, 0) << utc(11, 0) << utc(12, 0);
        QTest::newRow("the ledger is later") << utc(11, 0) << utc(12, 0) << utc(12, 0);
    }
    void oneClockReasonWithTheLatestReference()
    {
        QFETCH(QDateTime, passIssued);
        QFETCH(QDateTime, ledger);
        QFETCH(QDateTime, expected);
        const QDateTime now = utc(10, 0);
        Decision decision;
        decision.verdict = Verdict::StaffCheck;
        decision.reasons = {{reason::clock, {formatIsoDateTime(now), formatIsoDateTime(passIssued)}},
                            {reason::vaccinated, {}}};
        const Decision checked = checkClockAndTrust(decision, now, {ledger, {}, {}});
        QCOMPARE(checked.reasons.size(), 2);
        QCOMPARE(checked.reasons.first().code, reason::clock);
        QCOMPARE(parseIsoDateTime(checked.reasons.first().args.value(1)), std::optional(expected));
        QCOMPARE(clockBehind(now, {ledger, {}, {}}), std::optional(ledger));
        QCOMPARE(clockBehind(ledger, {ledger, {}, {}}), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(ClockSanityTest)
#include "tst_clock_sanity.moc"
