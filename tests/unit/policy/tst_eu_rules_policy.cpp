#include "common/JsonFile.h"
#include "policy/EuRulesPolicy_p.h"
#include "policy/PolicyCatalog.h"
#include "policy/PolicyReasons.h"
#include "policy/PresetPolicy_p.h"
#include "support/TestData.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::Evidence)

namespace {

const QDateTime now(QDate(2021, 12, 20), QTime(12, 0), QTimeZone::utc());

Evidence withStatement(Statement statement)
{
    Evidence evidence;
    DecodedPass pass;
    pass.birthDate = QStringLiteral("1980-01-01");
    pass.statement = std::move(statement);
    evidence.passes.append(pass);
    return evidence;
}

Vaccination dose(int number, int total, const QString &product = QStringLiteral("EU/1/20/1528"))
{
    Vaccination v;
    v.disease = dcc::covid19;
    v.vaccineType = QStringLiteral("1119349007");
    v.product = product;
    v.manufacturer = QStringLiteral("ORG-100030215");
    v.doseNumber = number;
    v.seriesTotal = total;
    v.date = QDate(2021, 11, 1);
    v.country = QStringLiteral("DE");
    return v;
}

TestResult pcr(int hoursAgo, const QString &result = dcc::testNotDetected)
{
    TestResult t;
    t.disease = dcc::covid19;
    t.testType = dcc::naat;
    t.sampleTime = now.addSecs(-3600 * hoursAgo);
    t.result = result;
    t.centre = QStringLiteral("Testzentrum");
    t.country = QStringLiteral("DE");
    return t;
}

} // namespace

// The EU gateway's own rules (shared test data) as a venue policy: run unchanged, every applicable
// rule must hold, the failing ones are named.
class EuRulesPolicyTest : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_ruleSet;

private Q_SLOTS:
    void initTestCase()
    {
        PASSGATE_TESTDATA(dir, "certlogic/rules");
        QJsonArray rules;
        const QDir eu(dir + QStringLiteral("/EU"));
        for (const QString &rule : eu.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            auto document = readJsonFile(eu.filePath(rule + QStringLiteral("/rule.json")));
            QVERIFY(document.ok());
            rules.append(document->object());
        }
        QVERIFY(rules.size() >= 10);
        auto test = readJsonFile(eu.filePath(QStringLiteral("VR-EU-0000/tests/test001.json")));
        QVERIFY(test.ok());
        m_ruleSet = QJsonObject{
            {QStringLiteral("format"), QStringLiteral("eu-dcc-rules")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("eu-gateway")},
            {QStringLiteral("description"), QStringLiteral("the EU's own acceptance rules")},
            {QStringLiteral("source"), QStringLiteral("EU DCC gateway, rules/EU")},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("valueSets"), test->object().value(u"external").toObject().value(u"valueSets")},
        };
    }

    void decides_data()
    {
        QTest::addColumn<Evidence>("evidence");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("failedRules");
        QTest::newRow("complete series")
            << withStatement(dose(2, 2)) << Verdict::Admit << reason::vaccinated << QStringList{};
        QTest::newRow("first of two") << withStatement(dose(1, 2)) << Verdict::Deny << reason::ruleFailed
                                      << QStringList{QStringLiteral("VR-EU-0002")};
        QTest::newRow("vaccine not EMA approved")
            << withStatement(dose(2, 2, QStringLiteral("Sputnik-V"))) << Verdict::Deny << reason::ruleFailed
            << QStringList{QStringLiteral("VR-EU-0001")};
        QTest::newRow("PCR 71 h") << withStatement(pcr(71)) << Verdict::Admit << reason::tested
                                  << QStringList{};
        QTest::newRow("PCR 73 h") << withStatement(pcr(73)) << Verdict::Deny << reason::ruleFailed
                                  << QStringList{QStringLiteral("TR-EU-0006")};
        QTest::newRow("PCR positive") << withStatement(pcr(2, dcc::testDetected)) << Verdict::Deny
                                      << reason::ruleFailed << QStringList{QStringLiteral("TR-EU-0004")};
        Exemption exemption;
        exemption.kind = Exemption::Kind::Medical;
        Evidence paper;
        paper.paperStatements.append(exemption);
        paper.idChecked = true;
        QTest::newRow("exemption is outside the scheme")
            << paper << Verdict::Deny << reason::notAccepted << QStringList{};
    }
    void decides()
    {
        QFETCH(Evidence, evidence);
        QFETCH(Verdict, verdict);
        QFETCH(QString, reason);
        QFETCH(QStringList, failedRules);
        auto policy = policyFromJson(m_ruleSet);
        QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().reason));
        const Decision decision =
            (*policy)->decide(evidence, Venue{QStringLiteral("other"), QTimeZone::utc()}, now);
        QCOMPARE(decision.verdict, verdict);
        QCOMPARE(decision.reasons.size(), 1);
        QCOMPARE(decision.reasons.first().code, reason);
        QCOMPARE(decision.reasons.first().args, failedRules);
    }

    void refusesRulesOutsideCertLogic()
    {
        QJsonObject broken = m_ruleSet;
        QJsonArray rules = broken.value(u"rules").toArray();
        QJsonObject rule = rules.first().toObject();
        rule.insert(QStringLiteral("Logic"), QJsonObject{{QStringLiteral("some"), QJsonArray{1, 2}}});
        rules.replace(0, rule);
        broken.insert(QStringLiteral("rules"), rules);
        const auto policy = policyFromJson(broken);
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().code, PolicyError::NotCertLogic);

        QJsonObject undated = m_ruleSet;
        rules = undated.value(u"rules").toArray();
        rule = rules.first().toObject();
        rule.remove(QStringLiteral("ValidTo"));
        rules.replace(0, rule);
        undated.insert(QStringLiteral("rules"), rules);
        QCOMPARE(policyFromJson(undated).error().code, PolicyError::Malformed);
    }
};

QTEST_GUILESS_MAIN(EuRulesPolicyTest)
#include "tst_eu_rules_policy.moc"
