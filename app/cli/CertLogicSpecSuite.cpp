#include "cli/ConformanceSuite.h"

#include "common/JsonFile.h"
#include "policy/certlogic/Evaluator.h"
#include "policy/certlogic/Validator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace passgate::cli {

namespace {

// One assertion: the expression is validated as CertLogic, then evaluated on `data`; the result
// must equal `expected` exactly (null included). Assertions marked "directive": "skip" are run
// too: the suite marks cases the reference implementation does not meet, passgate meets them.
void checkAssertion(ConformanceTally &tally, const QString &where, const QJsonValue &expression,
                    const QJsonObject &assertion)
{
    const QJsonValue expected = assertion.value(u"expected");
    if (expression.isUndefined() || expected.isUndefined()) {
        tally.mismatch(where +
                       QStringLiteral(": malformed assertion (needs certLogicExpression and expected)"));
        return;
    }
    const QList<certlogic::ValidationIssue> issues = certlogic::validate(expression);
    if (!issues.isEmpty()) {
        tally.mismatch(where + QStringLiteral(": refused by the validator: ") + issues.first().message);
        return;
    }
    const QJsonValue data = assertion.value(u"data").isUndefined() ? QJsonValue() : assertion.value(u"data");
    const auto result = certlogic::evaluate(expression, data);
    if (!result) {
        tally.mismatch(
            where +
            QStringLiteral(": expected %1, got error: %2").arg(compactJson(expected), result.error().reason));
        return;
    }
    if (*result != expected) {
        tally.mismatch(
            where + QStringLiteral(": expected %1, got %2").arg(compactJson(expected), compactJson(*result)));
        return;
    }
    tally.pass();
}

void runFile(ConformanceTally &tally, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    const auto document = readJsonFile(path);
    if (!document) {
        tally.mismatch(document.error().reason);
        return;
    }
    const QJsonArray cases = document->object().value(u"cases").toArray();
    if (!document->isObject() || cases.isEmpty()) {
        tally.mismatch(file + QStringLiteral(": not a CertLogic test suite (no \"cases\")"));
        return;
    }
    for (const QJsonValue &caseValue : cases) {
        const QJsonObject testCase = caseValue.toObject();
        const QString caseName = testCase.value(u"name").toString();
        const QJsonArray assertions = testCase.value(u"assertions").toArray();
        if (assertions.isEmpty())
            tally.mismatch(QStringLiteral("%1: %2: no assertions").arg(file, caseName));
        for (qsizetype i = 0; i < assertions.size(); ++i) {
            const QJsonObject assertion = assertions.at(i).toObject();
            const QJsonValue expression = assertion.contains(u"certLogicExpression")
                                              ? assertion.value(u"certLogicExpression")
                                              : testCase.value(u"certLogicExpression");
            QString where = QStringLiteral("%1: %2 #%3").arg(file, caseName).arg(i + 1);
            if (assertion.contains(u"message"))
                where += QStringLiteral(" (%1)").arg(assertion.value(u"message").toString());
            checkAssertion(tally, where, expression, assertion);
        }
    }
}

} // namespace

int certLogicSpecSuite(const QString &dir, const ConformanceOptions &, QTextStream &out)
{
    ConformanceTally tally(out);
    const QDir folder(dir);
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        runFile(tally, folder.filePath(name));
    return tally.finish();
}

} // namespace passgate::cli
