#include "cli/ConformanceSuite.h"

#include "common/JsonFile.h"
#include "policy/certlogic/Evaluator.h"
#include "policy/certlogic/Validator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace passgate::cli {

namespace {

// A test passes when the rule's verdict (its Logic evaluated on {payload, external} is truthy; an
// evaluation error counts as not passing, as in the EU validators) equals the test's `expected`.
void runTest(ConformanceTally &tally, const QString &where, const QJsonValue &logic, const QString &path)
{
    const auto document = readJsonFile(path);
    if (!document) {
        tally.mismatch(where + QStringLiteral(": ") + document.error().reason);
        return;
    }
    const QJsonObject test = document->object();
    const QJsonValue expected = test.value(u"expected");
    if (!expected.isBool()) {
        tally.mismatch(where + QStringLiteral(": malformed test (needs a boolean expected)"));
        return;
    }
    // A test without a payload (or external) leaves it undefined, and CertLogic's `var` reads an
    // undefined path as null: the rule is evaluated on that, not refused.
    QJsonObject data;
    for (const QString &key : {QStringLiteral("payload"), QStringLiteral("external")}) {
        if (test.contains(key))
            data.insert(key, test.value(key));
    }
    const auto result = certlogic::evaluate(logic, data);
    const bool passed = certlogic::evaluatesTruthy(logic, data);
    if (passed == expected.toBool()) {
        tally.pass();
        return;
    }
    const QString outcome = result ? compactJson(*result) : QStringLiteral("error: ") + result.error().reason;
    tally.mismatch(
        QStringLiteral("%1 (%2): expected the rule to %3, it gave %4")
            .arg(where, test.value(u"name").toString(), expected.toBool() ? u"pass" : u"fail", outcome));
}

void runRule(ConformanceTally &tally, const QDir &ruleDir, const QString &label)
{
    const QDir testDir(ruleDir.filePath(QStringLiteral("tests")));
    const QStringList tests = testDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const auto rule = readJsonFile(ruleDir.filePath(QStringLiteral("rule.json")));
    QString refusal;
    if (!rule) {
        refusal = rule.error().reason;
    } else if (!rule->object().contains(u"Logic")) {
        refusal = QStringLiteral("rule.json has no Logic");
    } else {
        const QList<certlogic::ValidationIssue> issues = certlogic::validate(rule->object().value(u"Logic"));
        if (!issues.isEmpty())
            refusal = QStringLiteral("Logic refused by the validator: ") + issues.first().message;
    }
    if (tests.isEmpty()) {
        tally.mismatch(label + QStringLiteral(": no tests/*.json"));
        return;
    }
    for (const QString &test : tests) {
        const QString where = label + QStringLiteral("/tests/") + test;
        if (!refusal.isEmpty())
            tally.mismatch(where + QStringLiteral(": ") + refusal);
        else
            runTest(tally, where, rule->object().value(u"Logic"), testDir.filePath(test));
    }
}

} // namespace

// DIR/<country>/<rule>/rule.json with DIR/<country>/<rule>/tests/*.json.
int certLogicRulesSuite(const QString &dir, const ConformanceOptions &, QTextStream &out)
{
    ConformanceTally tally(out);
    const QDir root(dir);
    for (const QString &country : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir countryDir(root.filePath(country));
        for (const QString &rule : countryDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir ruleDir(countryDir.filePath(rule));
            if (ruleDir.exists(QStringLiteral("rule.json")))
                runRule(tally, ruleDir, country + u'/' + rule);
        }
    }
    return tally.finish();
}

} // namespace passgate::cli
