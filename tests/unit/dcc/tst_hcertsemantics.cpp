#include "formats/dcc/HcertSemantics_p.h"
#include "support/DccSamples.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::dcc;
using namespace passgate::test;
using DccSamples::with;

namespace {

// The samples' statements lie in 2021; the passes here are issued on 2021-12-13 at noon UTC, which is
// already 2021-12-14 in UTC+14: the latest day the issue time falls on.
const QDateTime issued(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc());

} // namespace

// Each semantic check: what it finds, where, and what it must leave alone.
class HcertSemanticsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("code"); // empty: nothing to find
        QTest::addColumn<QString>("field");
        const QJsonObject v = DccSamples::vaccination(), t = DccSamples::pcrTest(),
                          r = DccSamples::recovery();
        const QString none;

        QTest::newRow("sound vaccination") << v << none << none;
        QTest::newRow("sound test") << t << none << none;
        QTest::newRow("sound recovery") << r << none << none;

        // birth-after-issue
        QTest::newRow("born after issue") << with(v, QStringLiteral("dob"), QStringLiteral("2022-01-05"))
                                          << dataproblem::birthAfterIssue << QStringLiteral("dob");
        QTest::newRow("born the day after issue (the issue day in UTC+14)")
            << with(v, QStringLiteral("dob"), QStringLiteral("2021-12-14")) << none << none;
        QTest::newRow("born two days after issue")
            << with(v, QStringLiteral("dob"), QStringLiteral("2021-12-15")) << dataproblem::birthAfterIssue
            << QStringLiteral("dob");
        QTest::newRow("born in the issue year, no month")
            << with(v, QStringLiteral("dob"), QStringLiteral("2021")) << none << none;
        QTest::newRow("born the year after, no month")
            << with(v, QStringLiteral("dob"), QStringLiteral("2022")) << dataproblem::birthAfterIssue
            << QStringLiteral("dob");
        QTest::newRow("born in the issue month")
            << with(v, QStringLiteral("dob"), QStringLiteral("2021-12")) << none << none;
        // The schema's pattern lets these through; ISO 8601, which it names, has no such dates.
        QTest::newRow("birth month 00") << with(v, QStringLiteral("dob"), QStringLiteral("1963-00"))
                                        << dataproblem::unreadableDate << QStringLiteral("dob");
        QTest::newRow("birth day 00") << with(v, QStringLiteral("dob"), QStringLiteral("1963-05-00"))
                                      << dataproblem::unreadableDate << QStringLiteral("dob");
        QTest::newRow("born 30 February") << with(v, QStringLiteral("dob"), QStringLiteral("2021-02-30"))
                                          << dataproblem::unreadableDate << QStringLiteral("dob");
        QTest::newRow("born 29 February of a leap year")
            << with(v, QStringLiteral("dob"), QStringLiteral("2000-02-29")) << none << none;
        QTest::newRow("birth date empty")
            << with(v, QStringLiteral("dob"), QStringLiteral("")) << none << none;
        QTest::newRow("birth date with a time")
            << with(v, QStringLiteral("dob"), QStringLiteral("1978-01-26T00:00:00")) << none << none;

        // vaccination-after-issue
        QTest::newRow("vaccinated after issue")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("2021-12-20"))
            << dataproblem::vaccinationAfterIssue << QStringLiteral("v[0].dt");
        QTest::newRow("vaccinated on the issue day")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("2021-12-13")) << none << none;
        QTest::newRow("vaccinated with a time after issue")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("2021-12-20T10:00:00+01:00"))
            << dataproblem::vaccinationAfterIssue << QStringLiteral("v[0].dt");
        QTest::newRow("booster 3/2 is no finding")
            << with(with(v, QStringLiteral("v/0/dn"), 3), QStringLiteral("v/0/sd"), 2) << none << none;

        // test-after-issue
        QTest::newRow("sampled after issue")
            << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-12-16T09:00:00Z"))
            << dataproblem::testAfterIssue << QStringLiteral("t[0].sc");
        QTest::newRow("sampled hours after issue, same day")
            << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-12-13T09:00:00+09:00")) << none << none;

        // recovery-after-issue; reversed validity is the policy's (a refusal), not a finding
        QTest::newRow("positive after issue")
            << with(r, QStringLiteral("r/0/fr"), QStringLiteral("2022-02-01"))
            << dataproblem::recoveryAfterIssue << QStringLiteral("r[0].fr");
        QTest::newRow("valid from after valid until")
            << with(with(r, QStringLiteral("r/0/df"), QStringLiteral("2021-12-01")), QStringLiteral("r/0/du"),
                    QStringLiteral("2021-06-01"))
            << none << none;
        QTest::newRow("valid for one day")
            << with(with(r, QStringLiteral("r/0/df"), QStringLiteral("2021-12-01")), QStringLiteral("r/0/du"),
                    QStringLiteral("2021-12-01"))
            << none << none;

        // unreadable-date
        QTest::newRow("vaccination date German style")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("18.02.2021")) << dataproblem::unreadableDate
            << QStringLiteral("v[0].dt");
        QTest::newRow("vaccination date impossible")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("2021-02-30")) << dataproblem::unreadableDate
            << QStringLiteral("v[0].dt");
        QTest::newRow("sample time without a time")
            << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-12-12")) << dataproblem::unreadableDate
            << QStringLiteral("t[0].sc");
        QTest::newRow("sample time 25 o'clock")
            << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-12-12T25:00:00Z"))
            << dataproblem::unreadableDate << QStringLiteral("t[0].sc");
        QTest::newRow("valid-until month 13")
            << with(r, QStringLiteral("r/0/du"), QStringLiteral("2022-13-01")) << dataproblem::unreadableDate
            << QStringLiteral("r[0].du");
        QTest::newRow("a date that is a number is the schema's finding")
            << with(v, QStringLiteral("v/0/dt"), 20211120) << none << none;
    }
    void findings()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QList<PassDataProblem> problems = checkHcertSemantics(payload, issued);
        if (code.isEmpty()) {
            QVERIFY2(problems.isEmpty(),
                     qPrintable(problems.value(0).code + u' ' + problems.value(0).detail));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, code);
        QCOMPARE(problems.first().field, field);
        QVERIFY(!problems.first().detail.isEmpty());
    }

    // Every entry of a group is looked at, and findings add up.
    void severalFindings()
    {
        QJsonObject payload = with(DccSamples::vaccination(), QStringLiteral("dob"), QStringLiteral("2030"));
        payload = with(payload, QStringLiteral("v/1"), payload.value(QStringLiteral("v")).toArray().at(0));
        payload = with(payload, QStringLiteral("v/1/dt"), QStringLiteral("2022-01-01"));
        const QList<PassDataProblem> problems = checkHcertSemantics(payload, issued);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).code, dataproblem::birthAfterIssue);
        QCOMPARE(problems.at(1).field, QStringLiteral("v[1].dt"));
    }
};

QTEST_APPLESS_MAIN(HcertSemanticsTest)
#include "tst_hcertsemantics.moc"
