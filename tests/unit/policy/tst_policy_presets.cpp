#include "policy/PolicyCatalog.h"
#include "policy/PolicyReasons.h"
#include "policy/PresetPolicy_p.h"
#include "support/PresetProducts.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(passgate::Evidence)
Q_DECLARE_METATYPE(passgate::Verdict)

namespace {

const QTimeZone seoul("Asia/Seoul");
const QTimeZone berlin("Europe/Berlin");

QDateTime at(const QTimeZone &zone, int y, int m, int d, int hh = 12, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), zone);
}

DecodedPass passWith(Statement statement, const QString &birthDate = u"1980-05-05"_s)
{
    DecodedPass pass;
    pass.birthDate = birthDate;
    pass.statement = std::move(statement);
    return pass;
}

Vaccination dose(int number, int total, const QDate &date, const QString &product = u"EU/1/20/1528"_s)
{
    Vaccination v;
    v.disease = dcc::covid19;
    v.product = product;
    v.doseNumber = number;
    v.seriesTotal = total;
    v.date = date;
    return v;
}

TestResult testResult(const QDateTime &sample, const QString &type = dcc::naat,
                      const QString &result = dcc::testNotDetected)
{
    TestResult t;
    t.disease = dcc::covid19;
    t.testType = type;
    t.sampleTime = sample.toUTC();
    t.result = result;
    return t;
}

Recovery recovery(const QDate &from, const QDate &until)
{
    Recovery r;
    r.disease = dcc::covid19;
    r.firstPositive = from.addDays(-11);
    r.validFrom = from;
    r.validUntil = until;
    return r;
}

Evidence qr(Statement statement, const QString &birthDate = u"1980-05-05"_s)
{
    Evidence evidence;
    evidence.passes.append(passWith(std::move(statement), birthDate));
    return evidence;
}

// Two passes shown one after the other (2G+).
Evidence qr(Statement first, Statement second)
{
    Evidence evidence;
    evidence.passes = {passWith(std::move(first)), passWith(std::move(second))};
    return evidence;
}

Evidence paper(Statement statement, bool idChecked)
{
    Evidence evidence;
    evidence.mode = CheckInMode::Paper;
    evidence.paperStatements.append(std::move(statement));
    evidence.idChecked = idChecked;
    return evidence;
}

QStringList codes(const Decision &decision)
{
    QStringList list;
    for (const Reason &reason : decision.reasons)
        list.append(reason.code);
    return list;
}

// Codes with their arguments, "vaccine-not-recognised{Sputnik-V}": what preset and rendition must
// both give, to the argument.
QStringList codesWithArgs(const Decision &decision)
{
    QStringList list;
    for (const Reason &reason : decision.reasons)
        list.append(reason.code + u'{' + reason.args.join(u',') + u'}');
    return list;
}

} // namespace

// Boundary days for every preset. Each row runs through the preset (parameters, C++) and through its
// CertLogic rendition (resources/policies/certlogic): both must give the expected verdict and reasons,
// and the same validUntil.
class PolicyPresetsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(seoul.isValid());
        QVERIFY(berlin.isValid());
    }

    void builtInCatalogsHoldEveryPreset()
    {
        const QStringList expected = {
            u"eu-2g"_s,         u"eu-2g-plus"_s,        u"eu-3g"_s, u"hospital-visitor"_s, u"kr-2021-12-13"_s,
            u"kr-2022-01-03"_s, u"nz-my-vaccine-pass"_s};
        QCOMPARE(PolicyCatalog::builtIn().names(), expected);
        QCOMPARE(PolicyCatalog::builtInRuleSets().names(), expected);
        for (const QString &name : expected) {
            const auto preset = PolicyCatalog::builtIn().find(name);
            const auto rules = PolicyCatalog::builtInRuleSets().find(name);
            QVERIFY(preset.ok() && rules.ok());
            const PolicyInfo &a = (*preset)->info();
            const PolicyInfo &b = (*rules)->info();
            QVERIFY(!a.description.isEmpty() && !a.source.isEmpty());
            QCOMPARE(b.description, a.description);
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.effectiveFrom, a.effectiveFrom);
            QCOMPARE(b.effectiveUntil, a.effectiveUntil);
            QCOMPARE(b.timeZoneId, a.timeZoneId);
        }
        const PolicyInfo kr = (*PolicyCatalog::builtIn().find(u"kr-2021-12-13"_s))->info();
        QCOMPARE(kr.timeZoneId, u"Asia/Seoul"_s);
        QCOMPARE(kr.effectiveFrom, QDate(2021, 12, 13));
        QVERIFY(kr.inEffectOn(QDate(2021, 12, 20)));
        QVERIFY(!kr.inEffectOn(QDate(2021, 12, 12)));
        QVERIFY(!PolicyCatalog::builtIn().find(u"kr-2020"_s).ok());
        QCOMPARE(PolicyCatalog::builtIn().find(u"kr-2020"_s).error().code, PolicyError::UnknownPolicy);
    }

    void boundaries_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("venueType");
        QTest::addColumn<Evidence>("evidence");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<QDateTime>("validUntil");

        const QDateTime none;
        const QString pc = u"pcbang"_s;
        for (const QString &kr : {u"kr-2021-12-13"_s, u"kr-2022-01-03"_s}) {
            const auto row = [&kr](const char *name) -> QTestData & {
                return QTest::addRow("%s %s", qPrintable(kr), name);
            };
            const QDate second(2022, 1, 10); // second dose; day 14 is 24 January
            const QDateTime primaryEnd =
                kr == u"kr-2022-01-03" ? at(seoul, 2022, 7, 10, 0) : none; // day 181 starts
            row("day 13 after the second dose")
                << kr << pc << qr(dose(2, 2, second)) << at(seoul, 2022, 1, 23, 23, 59, 59) << Verdict::Deny
                << QStringList{reason::tooEarly} << none;
            // 00:00 in Seoul is still the 23rd in UTC: days are counted in Korea.
            row("day 14 after the second dose")
                << kr << pc << qr(dose(2, 2, second)) << at(seoul, 2022, 1, 24, 0) << Verdict::Admit
                << QStringList{reason::vaccinated} << primaryEnd;
            row("Janssen day 13") << kr << pc << qr(dose(1, 1, second, dcc::janssen))
                                  << at(seoul, 2022, 1, 23, 18) << Verdict::Deny
                                  << QStringList{reason::tooEarly} << none;
            row("Janssen day 14") << kr << pc << qr(dose(1, 1, second, dcc::janssen))
                                  << at(seoul, 2022, 1, 24, 9) << Verdict::Admit
                                  << QStringList{reason::vaccinated} << primaryEnd;
            row("first of two doses") << kr << pc << qr(dose(1, 2, second)) << at(seoul, 2022, 3, 1)
                                      << Verdict::Deny << QStringList{reason::incompleteSeries} << none;
            row("booster on its own day")
                << kr << pc << qr(dose(3, 3, QDate(2022, 1, 20))) << at(seoul, 2022, 1, 20, 0)
                << Verdict::Admit << QStringList{reason::booster} << none;
            row("booster the day before it")
                << kr << pc << qr(dose(3, 3, QDate(2022, 1, 20))) << at(seoul, 2022, 1, 19, 23, 59, 59)
                << Verdict::Deny << QStringList{reason::tooEarly} << none;
            row("booster after Janssen")
                << kr << pc << qr(dose(2, 1, QDate(2022, 1, 20), dcc::janssen)) << at(seoul, 2022, 1, 20, 8)
                << Verdict::Admit << QStringList{reason::booster} << none;
            row("booster two years on")
                << kr << pc << qr(dose(3, 3, QDate(2022, 1, 20))) << at(seoul, 2024, 1, 20) << Verdict::Admit
                << QStringList{reason::booster} << none;

            // PCR sampled 13 Jan 10:00 in Seoul: 48 hours end 15 Jan 10:00; it counts until 16 Jan 00:00.
            const QDateTime sample = at(seoul, 2022, 1, 13, 10);
            const QDateTime midnight = at(seoul, 2022, 1, 16, 0);
            row("PCR hour 47") << kr << pc << qr(testResult(sample)) << sample.addSecs(47 * 3600)
                               << Verdict::Admit << QStringList{reason::tested} << midnight;
            row("PCR hour 49, before midnight")
                << kr << pc << qr(testResult(sample)) << sample.addSecs(49 * 3600) << Verdict::Admit
                << QStringList{reason::tested} << midnight;
            row("PCR last second before midnight")
                << kr << pc << qr(testResult(sample)) << midnight.addSecs(-1) << Verdict::Admit
                << QStringList{reason::tested} << midnight;
            row("PCR at midnight") << kr << pc << qr(testResult(sample)) << midnight << Verdict::Deny
                                   << QStringList{reason::testExpired} << none;
            row("PCR sampled at 23:30") << kr << pc << qr(testResult(at(seoul, 2022, 1, 13, 23, 30)))
                                        << at(seoul, 2022, 1, 15, 23, 59) << Verdict::Admit
                                        << QStringList{reason::tested} << midnight;
            row("PCR positive") << kr << pc << qr(testResult(sample, dcc::naat, dcc::testDetected))
                                << sample.addSecs(3600) << Verdict::Deny << QStringList{reason::testPositive}
                                << none;
            row("rapid antigen test")
                << kr << pc << qr(testResult(sample, dcc::rapidAntigen)) << sample.addSecs(3600)
                << Verdict::Deny << QStringList{reason::testType} << none;
            row("PCR from the future") << kr << pc << qr(testResult(sample)) << sample.addSecs(-60)
                                       << Verdict::Deny << QStringList{reason::testInFuture} << none;

            row("recovered, on paper, ID seen")
                << kr << pc << paper(recovery(QDate(2022, 1, 5), QDate(2022, 7, 3)), true)
                << at(seoul, 2022, 2, 1) << Verdict::Admit << QStringList{reason::recovered}
                << at(seoul, 2022, 7, 4, 0);
            row("recovered, on paper, ID not seen")
                << kr << pc << paper(recovery(QDate(2022, 1, 5), QDate(2022, 7, 3)), false)
                << at(seoul, 2022, 2, 1) << Verdict::StaffCheck
                << QStringList{reason::idCheck, reason::recovered} << none;
            row("recovery last day") << kr << pc
                                     << paper(recovery(QDate(2022, 1, 5), QDate(2022, 7, 3)), true)
                                     << at(seoul, 2022, 7, 3, 23, 59, 59) << Verdict::Admit
                                     << QStringList{reason::recovered} << at(seoul, 2022, 7, 4, 0);
            row("recovery over") << kr << pc << paper(recovery(QDate(2022, 1, 5), QDate(2022, 7, 3)), true)
                                 << at(seoul, 2022, 7, 4, 0) << Verdict::Deny
                                 << QStringList{reason::recoveryExpired} << none;
            Exemption medical;
            medical.kind = Exemption::Kind::Medical;
            row("medical exemption") << kr << pc << paper(medical, true) << at(seoul, 2022, 2, 1)
                                     << Verdict::Admit << QStringList{reason::exemptMedical} << none;
            medical.validUntil = QDate(2022, 1, 31);
            row("medical exemption ended") << kr << pc << paper(medical, true) << at(seoul, 2022, 2, 1, 0)
                                           << Verdict::Deny << QStringList{reason::exemptionExpired} << none;

            // Under 18: exempt whatever the pass says; the 18th birthday starts at midnight in Seoul.
            const Evidence expiredTest = qr(testResult(at(seoul, 2022, 1, 1, 10)), u"2004-01-25"_s);
            row("minor with an expired test") << kr << pc << expiredTest << at(seoul, 2022, 1, 24, 23, 59, 59)
                                              << Verdict::Admit << QStringList{reason::minor} << none;
            row("18th birthday") << kr << pc << expiredTest << at(seoul, 2022, 1, 25, 0) << Verdict::Deny
                                 << QStringList{reason::testExpired} << none;
            Evidence typedMinor;
            typedMinor.mode = CheckInMode::Paper;
            typedMinor.holderBirthDate = u"2010-03"_s;
            row("typed birth date, ID not seen")
                << kr << pc << typedMinor << at(seoul, 2022, 2, 1) << Verdict::StaffCheck
                << QStringList{reason::idCheck, reason::minor} << none;
            typedMinor.idChecked = true;
            row("typed birth date, ID seen") << kr << pc << typedMinor << at(seoul, 2022, 2, 1)
                                             << Verdict::Admit << QStringList{reason::minor} << none;

            row("no pass at a restaurant") << kr << u"restaurant"_s << Evidence() << at(seoul, 2022, 2, 1)
                                           << Verdict::StaffCheck << QStringList{reason::aloneOnly} << none;
            row("expired test at a cafe")
                << kr << u"cafe"_s << qr(testResult(sample)) << midnight << Verdict::StaffCheck
                << QStringList{reason::aloneOnly, reason::testExpired} << none;
            row("valid pass at a cafe") << kr << u"cafe"_s << qr(testResult(sample)) << sample.addSecs(3600)
                                        << Verdict::Admit << QStringList{reason::tested} << midnight;
            row("nothing at a PC bang") << kr << pc << Evidence() << at(seoul, 2022, 2, 1) << Verdict::Deny
                                        << QStringList{reason::noEvidence} << none;
            Vaccination flu = dose(2, 2, QDate(2021, 10, 1));
            flu.disease = u"6142004"_s;
            row("another disease") << kr << pc << qr(flu) << at(seoul, 2022, 2, 1) << Verdict::StaffCheck
                                   << QStringList{reason::diseaseNotRecognised} << none;
            Evidence both = qr(dose(2, 2, second));
            both.passes.append(passWith(testResult(sample)));
            row("too early, but tested") << kr << pc << both << sample.addSecs(3600) << Verdict::Admit
                                         << QStringList{reason::tested} << midnight;
        }

        // kr-2022-01-03: the primary series counts through day 180.
        const QDate second(2021, 8, 1);
        QTest::newRow("kr-2022-01-03 day 180")
            << u"kr-2022-01-03"_s << pc << qr(dose(2, 2, second)) << at(seoul, 2022, 1, 28, 23, 59, 59)
            << Verdict::Admit << QStringList{reason::vaccinated} << at(seoul, 2022, 1, 29, 0);
        QTest::newRow("kr-2022-01-03 day 181")
            << u"kr-2022-01-03"_s << pc << qr(dose(2, 2, second)) << at(seoul, 2022, 1, 29, 0)
            << Verdict::Deny << QStringList{reason::vaccinationExpired} << none;
        QTest::newRow("kr-2021-12-13 day 181")
            << u"kr-2021-12-13"_s << pc << qr(dose(2, 2, second)) << at(seoul, 2022, 1, 29, 0)
            << Verdict::Admit << QStringList{reason::vaccinated} << none;

        // EU presets count days in the venue's zone (Berlin in these rows).
        const QDate euDose(2022, 2, 1);
        const QDateTime euEnd = at(berlin, 2022, 10, 30, 0); // day 270 is 29 October
        for (const QString &eu : {u"eu-3g"_s, u"eu-2g"_s}) {
            const auto row = [&eu](const char *name) -> QTestData & {
                return QTest::addRow("%s %s", qPrintable(eu), name);
            };
            row("day 13") << eu << u"other"_s << qr(dose(2, 2, euDose)) << at(berlin, 2022, 2, 14, 23, 59, 59)
                          << Verdict::Deny << QStringList{reason::tooEarly} << none;
            row("day 14") << eu << u"other"_s << qr(dose(2, 2, euDose)) << at(berlin, 2022, 2, 15, 0)
                          << Verdict::Admit << QStringList{reason::vaccinated} << euEnd;
            row("day 270") << eu << u"other"_s << qr(dose(2, 2, euDose))
                           << at(berlin, 2022, 10, 29, 23, 59, 59) << Verdict::Admit
                           << QStringList{reason::vaccinated} << euEnd;
            row("day 271") << eu << u"other"_s << qr(dose(2, 2, euDose)) << euEnd << Verdict::Deny
                           << QStringList{reason::vaccinationExpired} << none;
            row("booster own day") << eu << u"other"_s << qr(dose(3, 3, euDose)) << at(berlin, 2022, 2, 1, 0)
                                   << Verdict::Admit << QStringList{reason::booster} << none;
            row("recovered") << eu << u"other"_s << qr(recovery(QDate(2022, 3, 1), QDate(2022, 8, 17)))
                             << at(berlin, 2022, 8, 17, 23) << Verdict::Admit
                             << QStringList{reason::recovered} << at(berlin, 2022, 8, 18, 0);
            row("recovery not yet") << eu << u"other"_s << qr(recovery(QDate(2022, 3, 1), QDate(2022, 8, 17)))
                                    << at(berlin, 2022, 2, 28, 23) << Verdict::Deny
                                    << QStringList{reason::recoveryNotYet} << none;
            row("no age exemption") << eu << u"cafe"_s << qr(dose(1, 2, euDose), u"2015-01-01"_s)
                                    << at(berlin, 2022, 3, 1) << Verdict::Deny
                                    << QStringList{reason::incompleteSeries} << none;
        }
        const QDateTime euSample = at(berlin, 2022, 3, 1, 9);
        QTest::newRow("eu-3g PCR hour 71")
            << u"eu-3g"_s << u"other"_s << qr(testResult(euSample)) << euSample.addSecs(71 * 3600)
            << Verdict::Admit << QStringList{reason::tested} << euSample.addSecs(72 * 3600);
        QTest::newRow("eu-3g PCR hour 72")
            << u"eu-3g"_s << u"other"_s << qr(testResult(euSample)) << euSample.addSecs(72 * 3600)
            << Verdict::Deny << QStringList{reason::testExpired} << none;
        QTest::newRow("eu-3g rapid test hour 23")
            << u"eu-3g"_s << u"other"_s << qr(testResult(euSample, dcc::rapidAntigen))
            << euSample.addSecs(23 * 3600) << Verdict::Admit << QStringList{reason::tested}
            << euSample.addSecs(24 * 3600);
        QTest::newRow("eu-3g rapid test hour 25")
            << u"eu-3g"_s << u"other"_s << qr(testResult(euSample, dcc::rapidAntigen))
            << euSample.addSecs(25 * 3600) << Verdict::Deny << QStringList{reason::testExpired} << none;
        QTest::newRow("eu-2g PCR") << u"eu-2g"_s << u"other"_s << qr(testResult(euSample))
                                   << euSample.addSecs(3600) << Verdict::Deny << QStringList{reason::testType}
                                   << none;

        // 2G+: a primary series older than 180 days, a recovery, or a test counts only beside a second
        // statement; a booster and a recent primary series count alone. The pair counts while both do.
        {
            const QString plus = u"eu-2g-plus"_s;
            const QDate old(2022, 1, 1); // day 180 is 30 June; day 270 is 28 September
            const QDateTime sample = at(berlin, 2022, 7, 10, 9);
            const QDateTime oldEnd = at(berlin, 2022, 9, 29, 0);
            const Recovery recovered = recovery(QDate(2022, 6, 1), QDate(2022, 11, 27));
            const auto row = [](const char *name) -> QTestData & {
                return QTest::addRow("eu-2g-plus %s", name);
            };
            row("primary day 179 alone")
                << plus << u"other"_s << qr(dose(2, 2, old)) << at(berlin, 2022, 6, 29, 23) << Verdict::Admit
                << QStringList{reason::vaccinated} << oldEnd;
            row("primary day 180 alone")
                << plus << u"other"_s << qr(dose(2, 2, old)) << at(berlin, 2022, 6, 30, 0) << Verdict::Deny
                << QStringList{reason::secondStatementNeeded, reason::vaccinated} << none;
            row("primary day 190 with a PCR")
                << plus << u"other"_s << qr(dose(2, 2, old), testResult(sample)) << sample.addSecs(3600)
                << Verdict::Admit << QStringList{reason::vaccinated, reason::tested}
                << sample.addSecs(48 * 3600);
            row("PCR first, then the vaccination")
                << plus << u"other"_s << qr(testResult(sample), dose(2, 2, old)) << sample.addSecs(3600)
                << Verdict::Admit << QStringList{reason::tested, reason::vaccinated}
                << sample.addSecs(48 * 3600);
            row("PCR hour 48 beside the vaccination")
                << plus << u"other"_s << qr(dose(2, 2, old), testResult(sample)) << sample.addSecs(48 * 3600)
                << Verdict::Deny
                << QStringList{reason::secondStatementNeeded, reason::vaccinated, reason::testExpired}
                << none;
            row("PCR alone") << plus << u"other"_s << qr(testResult(sample)) << sample.addSecs(3600)
                             << Verdict::Deny << QStringList{reason::secondStatementNeeded, reason::tested}
                             << none;
            row("two tests") << plus << u"other"_s
                             << qr(testResult(sample), testResult(sample, dcc::rapidAntigen))
                             << sample.addSecs(3600) << Verdict::Deny
                             << QStringList{reason::secondStatementNeeded, reason::tested} << none;
            row("booster alone") << plus << u"other"_s << qr(dose(3, 3, old)) << sample << Verdict::Admit
                                 << QStringList{reason::booster} << none;
            row("recovery alone") << plus << u"other"_s << qr(recovered) << sample << Verdict::Deny
                                  << QStringList{reason::secondStatementNeeded, reason::recovered} << none;
            // The pair ends with the rapid test (24 hours), not with the recovery.
            row("recovery with a rapid test")
                << plus << u"other"_s << qr(recovered, testResult(sample, dcc::rapidAntigen))
                << sample.addSecs(3600) << Verdict::Admit << QStringList{reason::recovered, reason::tested}
                << sample.addSecs(24 * 3600);
            row("expired vaccination with a PCR")
                << plus << u"other"_s << qr(dose(2, 2, old), testResult(at(berlin, 2022, 9, 29, 8)))
                << at(berlin, 2022, 9, 29, 9) << Verdict::Deny
                << QStringList{reason::secondStatementNeeded, reason::tested, reason::vaccinationExpired}
                << none;
        }

        // Hospital visitors: 48 hours from the sample and nothing else.
        const QDateTime visit = at(seoul, 2022, 1, 13, 10);
        QTest::newRow("hospital PCR hour 47")
            << u"hospital-visitor"_s << u"hospital"_s << qr(testResult(visit)) << visit.addSecs(47 * 3600)
            << Verdict::Admit << QStringList{reason::tested} << visit.addSecs(48 * 3600);
        QTest::newRow("hospital PCR hour 49")
            << u"hospital-visitor"_s << u"hospital"_s << qr(testResult(visit)) << visit.addSecs(49 * 3600)
            << Verdict::Deny << QStringList{reason::testExpired} << none;
        QTest::newRow("hospital booster")
            << u"hospital-visitor"_s << u"hospital"_s << qr(dose(3, 3, QDate(2022, 1, 1))) << visit
            << Verdict::Deny << QStringList{reason::notAccepted} << none;
        Exemption medical;
        medical.kind = Exemption::Kind::Medical;
        QTest::newRow("hospital medical exemption")
            << u"hospital-visitor"_s << u"hospital"_s << paper(medical, true) << visit << Verdict::Deny
            << QStringList{reason::notAccepted} << none;
        QTest::newRow("hospital minor")
            << u"hospital-visitor"_s << u"hospital"_s
            << qr(testResult(visit, dcc::rapidAntigen), u"2012-01-01"_s) << visit.addSecs(3600)
            << Verdict::Deny << QStringList{reason::testType} << none;

        // New Zealand: the NZ COVID Pass's issuer-certified vaccination, and nothing dated.
        Vaccination certified;
        certified.disease = dcc::covid19;
        certified.issuerCertified = true;
        const QDateTime auckland = at(QTimeZone("Pacific/Auckland"), 2022, 2, 1, 12);
        QTest::newRow("nz My Vaccine Pass")
            << u"nz-my-vaccine-pass"_s << u"cafe"_s << qr(certified) << auckland << Verdict::Admit
            << QStringList{reason::vaccinated} << none;
        QTest::newRow("nz booster from another pass")
            << u"nz-my-vaccine-pass"_s << u"cafe"_s << qr(dose(3, 3, QDate(2022, 1, 1))) << auckland
            << Verdict::Deny << QStringList{reason::notAccepted} << none;
        QTest::newRow("nz PCR") << u"nz-my-vaccine-pass"_s << u"cafe"_s
                                << qr(testResult(auckland.addSecs(-3600))) << auckland << Verdict::Deny
                                << QStringList{reason::testType} << none;
        QTest::newRow("eu-3g and an issuer-certified pass")
            << u"eu-3g"_s << u"cafe"_s << qr(certified) << at(berlin, 2022, 2, 1, 12) << Verdict::Deny
            << QStringList{reason::notAccepted} << none;
    }
    void boundaries()
    {
        QFETCH(QString, policy);
        QFETCH(QString, venueType);
        QFETCH(Evidence, evidence);
        QFETCH(QDateTime, now);
        QFETCH(Verdict, verdict);
        QFETCH(QStringList, reasons);
        QFETCH(QDateTime, validUntil);

        // The venue's own zone matters only to presets without one (eu-*, hospital-visitor).
        const Venue venue{venueType, policy.startsWith(u"eu-") ? berlin : seoul};
        const auto preset = PolicyCatalog::builtIn().find(policy);
        const auto rules = PolicyCatalog::builtInRuleSets().find(policy);
        QVERIFY(preset.ok());
        QVERIFY(rules.ok());
        const FixedClock clock(now);
        const Decision fromPreset = (*preset)->decide(evidence, venue, clock);
        const Decision fromRules = (*rules)->decide(evidence, venue, clock);

        QCOMPARE(fromPreset.verdict, verdict);
        QCOMPARE(codes(fromPreset), reasons);
        QCOMPARE(fromPreset.validUntil, validUntil.toUTC());
        QCOMPARE(fromRules.verdict, verdict);
        QCOMPARE(codes(fromRules), reasons);
        QCOMPARE(codesWithArgs(fromRules), codesWithArgs(fromPreset));
        QCOMPARE(fromRules.validUntil, validUntil.toUTC());
        // What would complete a half of a 2G+ pair: the same from both, and only then.
        QCOMPARE(fromRules.awaiting, fromPreset.awaiting);
        QCOMPARE(fromPreset.awaiting.isEmpty(), !reasons.contains(reason::secondStatementNeeded));
    }

    // A genuine pass naming a vaccine, test type or disease the preset's lists do not is a question
    // for staff, the code shown with it, wherever such a statement could count; both renditions
    // agree to the argument. Every recognised product counts (a booster: admitted on its own day).
    void unrecognisedCodesGoToStaff_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<Evidence>("evidence");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QStringList>("reasons"); // codes with their arguments
        const QString none;

        const QDate day(2022, 2, 10);
        for (const QString &policy :
             {u"kr-2021-12-13"_s, u"kr-2022-01-03"_s, u"eu-3g"_s, u"eu-2g"_s, u"eu-2g-plus"_s}) {
            const QTimeZone zone = policy.startsWith(u"kr") ? seoul : berlin;
            const QDateTime now = at(zone, 2022, 2, 10, 12);
            const auto row = [&policy](const QString &name) -> QTestData & {
                return QTest::addRow("%s %s", qPrintable(policy), qPrintable(name));
            };
            for (const QString &product : test::PresetProducts::of(policy))
                row(u"recognised "_s + product) << policy << qr(dose(3, 3, day, product)) << now
                                                << Verdict::Admit << QStringList{u"booster{}"_s};
            row(u"no product"_s) << policy << qr(dose(3, 3, day, none)) << now << Verdict::StaffCheck
                                 << QStringList{u"vaccine-not-recognised{}"_s};
            for (const QString &product : test::PresetProducts::others) {
                if (!test::PresetProducts::of(policy).contains(product))
                    row(u"unrecognised "_s + product)
                        << policy << qr(dose(3, 3, day, product)) << now << Verdict::StaffCheck
                        << QStringList{u"vaccine-not-recognised{"_s + product + u'}'};
            }
            // Staff judge the product first: a later dose would otherwise still be too early.
            row(u"unrecognised product, too early to count anyway"_s)
                << policy << qr(dose(2, 2, day, u"Sputnik-V"_s)) << now << Verdict::StaffCheck
                << QStringList{u"vaccine-not-recognised{Sputnik-V}"_s};
            Vaccination measles = dose(3, 3, day);
            measles.disease = u"14189004"_s;
            row(u"vaccination against another disease"_s)
                << policy << qr(measles) << now << Verdict::StaffCheck
                << QStringList{u"disease-not-recognised{14189004}"_s};
            measles.disease.clear();
            row(u"vaccination naming no disease"_s) << policy << qr(measles) << now << Verdict::StaffCheck
                                                    << QStringList{u"disease-not-recognised{}"_s};
            Recovery flu = recovery(QDate(2022, 2, 1), QDate(2022, 7, 1));
            flu.disease = u"6142004"_s;
            row(u"recovery from another disease"_s) << policy << qr(flu) << now << Verdict::StaffCheck
                                                    << QStringList{u"disease-not-recognised{6142004}"_s};
        }

        // Tests: a type outside the EU value set, or about another disease, goes to staff where a
        // test can count at all; a known type the preset does not take stays a Deny.
        for (const QString &policy :
             {u"kr-2021-12-13"_s, u"kr-2022-01-03"_s, u"eu-3g"_s, u"hospital-visitor"_s}) {
            const QDateTime sample = at(policy.startsWith(u"eu") ? berlin : seoul, 2022, 2, 10, 9);
            const auto row = [&policy](const char *name) -> QTestData & {
                return QTest::addRow("%s %s", qPrintable(policy), name);
            };
            row("test of an unknown type")
                << policy << qr(testResult(sample, u"LP1234-5"_s)) << sample.addSecs(3600)
                << Verdict::StaffCheck << QStringList{u"test-type-not-recognised{LP1234-5}"_s};
            row("test of no type") << policy << qr(testResult(sample, none)) << sample.addSecs(3600)
                                   << Verdict::StaffCheck << QStringList{u"test-type-not-recognised{}"_s};
            TestResult influenza = testResult(sample);
            influenza.disease = u"6142004"_s;
            row("test for another disease")
                << policy << qr(influenza) << sample.addSecs(3600) << Verdict::StaffCheck
                << QStringList{u"disease-not-recognised{6142004}"_s};
        }
        const QDateTime euSample = at(berlin, 2022, 2, 10, 9);
        QTest::newRow("eu-3g rapid antigen test still counts")
            << u"eu-3g"_s << qr(testResult(euSample, dcc::rapidAntigen)) << euSample.addSecs(3600)
            << Verdict::Admit << QStringList{u"tested{}"_s};
        QTest::newRow("kr-2022-01-03 rapid antigen test: a known type it does not take")
            << u"kr-2022-01-03"_s << qr(testResult(euSample, dcc::rapidAntigen)) << euSample.addSecs(3600)
            << Verdict::Deny << QStringList{u"test-type{}"_s};
        // Where no test or no vaccination counts, what it names changes nothing.
        QTest::newRow("eu-2g test of an unknown type")
            << u"eu-2g"_s << qr(testResult(euSample, u"LP1234-5"_s)) << euSample.addSecs(3600)
            << Verdict::Deny << QStringList{u"test-type{}"_s};
        QTest::newRow("hospital-visitor vaccination of an unknown product")
            << u"hospital-visitor"_s << qr(dose(3, 3, day, u"Sputnik-V"_s)) << at(seoul, 2022, 2, 10, 12)
            << Verdict::Deny << QStringList{u"not-accepted{}"_s};
        Recovery fluRecovery = recovery(QDate(2022, 2, 1), QDate(2022, 7, 1));
        fluRecovery.disease = u"6142004"_s;
        QTest::newRow("hospital-visitor recovery from another disease")
            << u"hospital-visitor"_s << qr(fluRecovery) << at(seoul, 2022, 2, 10, 12) << Verdict::Deny
            << QStringList{u"not-accepted{}"_s};
        const QDateTime auckland = at(QTimeZone("Pacific/Auckland"), 2022, 2, 10, 12);
        QTest::newRow("nz dated dose of an unknown product")
            << u"nz-my-vaccine-pass"_s << qr(dose(3, 3, day, u"Sputnik-V"_s)) << auckland << Verdict::Deny
            << QStringList{u"not-accepted{}"_s};
        QTest::newRow("nz test of an unknown type")
            << u"nz-my-vaccine-pass"_s << qr(testResult(auckland.addSecs(-3600), u"LP1234-5"_s)) << auckland
            << Verdict::Deny << QStringList{u"test-type{}"_s};
        // The NZ COVID Pass names no product: the product rule never touches it.
        Vaccination certified;
        certified.disease = dcc::covid19;
        certified.issuerCertified = true;
        QTest::newRow("nz issuer-certified, no product")
            << u"nz-my-vaccine-pass"_s << qr(certified) << auckland << Verdict::Admit
            << QStringList{u"vaccinated{}"_s};
        certified.disease = u"6142004"_s;
        QTest::newRow("nz issuer-certified, another disease")
            << u"nz-my-vaccine-pass"_s << qr(certified) << auckland << Verdict::StaffCheck
            << QStringList{u"disease-not-recognised{6142004}"_s};

        // How a question for staff sits beside other statements: any Admit still wins.
        const QDateTime seoulNow = at(seoul, 2022, 2, 10, 12);
        QTest::newRow("kr-2022-01-03 a recognised booster beside an unrecognised one")
            << u"kr-2022-01-03"_s << qr(dose(3, 3, day, u"Sputnik-V"_s), dose(3, 3, day, u"EU/1/20/1528"_s))
            << seoulNow << Verdict::Admit << QStringList{u"booster{}"_s};
        QTest::newRow("kr-2022-01-03 a minor with an unrecognised vaccine")
            << u"kr-2022-01-03"_s << qr(dose(2, 2, day, u"Sputnik-V"_s), u"2010-01-01"_s) << seoulNow
            << Verdict::Admit << QStringList{u"minor{}"_s};
        QTest::newRow("kr-2022-01-03 an expired test beside an unrecognised vaccine")
            << u"kr-2022-01-03"_s << qr(testResult(seoulNow.addDays(-5)), dose(3, 3, day, u"Sputnik-V"_s))
            << seoulNow << Verdict::StaffCheck
            << QStringList{u"vaccine-not-recognised{Sputnik-V}"_s, u"test-expired{}"_s};
        // 2G+: a half that waits for a test, and a test staff must judge: staff decide the pair.
        const QDate old(2022, 1, 1);
        const QDateTime plusSample = at(berlin, 2022, 7, 10, 9);
        QTest::newRow("eu-2g-plus old vaccination and a test of an unknown type")
            << u"eu-2g-plus"_s << qr(dose(2, 2, old), testResult(plusSample, u"LP1234-5"_s))
            << plusSample.addSecs(3600) << Verdict::StaffCheck
            << QStringList{u"test-type-not-recognised{LP1234-5}"_s, u"second-statement-needed{test}"_s,
                           u"vaccinated{}"_s};
        QTest::newRow("eu-2g-plus a test and an unrecognised vaccine")
            << u"eu-2g-plus"_s << qr(testResult(plusSample), dose(2, 2, old, u"Sputnik-V"_s))
            << plusSample.addSecs(3600) << Verdict::StaffCheck
            << QStringList{u"vaccine-not-recognised{Sputnik-V}"_s,
                           u"second-statement-needed{vaccination,recovery}"_s, u"tested{}"_s};
        QTest::newRow("eu-2g-plus a booster beside a test of an unknown type")
            << u"eu-2g-plus"_s << qr(dose(3, 3, old), testResult(plusSample, u"LP1234-5"_s))
            << plusSample.addSecs(3600) << Verdict::Admit << QStringList{u"booster{}"_s};
    }
    void unrecognisedCodesGoToStaff()
    {
        QFETCH(QString, policy);
        QFETCH(Evidence, evidence);
        QFETCH(QDateTime, now);
        QFETCH(Verdict, verdict);
        QFETCH(QStringList, reasons);

        const Venue venue{u"pcbang"_s, policy.startsWith(u"eu-") ? berlin : seoul};
        const auto preset = PolicyCatalog::builtIn().find(policy);
        const auto rules = PolicyCatalog::builtInRuleSets().find(policy);
        QVERIFY(preset.ok() && rules.ok());
        const FixedClock clock(now);
        const Decision fromPreset = (*preset)->decide(evidence, venue, clock);
        const Decision fromRules = (*rules)->decide(evidence, venue, clock);
        QCOMPARE(fromPreset.verdict, verdict);
        QCOMPARE(codesWithArgs(fromPreset), reasons);
        QCOMPARE(fromRules.verdict, verdict);
        QCOMPARE(codesWithArgs(fromRules), reasons);
        // A question for staff is never held for a second pass.
        QVERIFY(verdict != Verdict::StaffCheck || fromPreset.awaiting.isEmpty());
        QCOMPARE(fromRules.awaiting, fromPreset.awaiting);
    }
};

QTEST_GUILESS_MAIN(PolicyPresetsTest)
#include "tst_policy_presets.moc"
