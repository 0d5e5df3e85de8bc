#include "policy/certlogic/Validator.h"
#include "support/TestData.h"

#include "common/JsonFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace passgate;
using namespace passgate::certlogic;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

class CertLogicValidatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The specification's validation suite: every case's issue messages, exactly.
    void specificationValidationSuite()
    {
        PASSGATE_TESTDATA(dir, "certlogic/spec-validation");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        int checked = 0;
        for (const QString &file : files) {
            const auto document = readJsonFile(QDir(dir).filePath(file));
            QVERIFY2(document.ok(), qPrintable(file));
            for (const QJsonValue &entry : document->object().value(u"cases").toArray()) {
                const QJsonObject testCase = entry.toObject();
                QStringList expected;
                for (const QJsonValue &issue : testCase.value(u"issues").toArray())
                    expected.append(issue.toObject().value(u"message").toString());
                QStringList actual;
                for (const ValidationIssue &issue : validate(testCase.value(u"certLogicExpression")))
                    actual.append(issue.message);
                QCOMPARE(actual, expected);
                ++checked;
            }
        }
        QVERIFY(checked >= 20);
    }

    void operatorForms_data()
    {
        QTest::addColumn<QJsonValue>("expression");
        QTest::addColumn<int>("issues");
        QTest::newRow("rule-like")
            << json(
                   R"({"if":[{"var":"payload.v.0"},{"not-after":[{"plusTime":[{"var":"payload.v.0.dt"},14,"day"]},{"plusTime":[{"var":"external.validationClock"},0,"day"]}]},true]})")
            << 0;
        QTest::newRow("reduce") << json(R"({"reduce":[{"var":"v"},{"+":[{"var":"accumulator"},1]},0]})") << 0;
        QTest::newRow("extractFromUVCI") << json(R"({"extractFromUVCI":[{"var":"ci"},1]})") << 0;
        QTest::newRow("dccDateOfBirth") << json(R"({"dccDateOfBirth":[{"var":"dob"}]})") << 0;
        QTest::newRow("if with 2") << json(R"({"if":[true,1]})") << 1;
        QTest::newRow("and with 1") << json(R"({"and":[true]})") << 1;
        QTest::newRow("< with 4") << json(R"({"<":[1,2,3,4]})") << 1;
        QTest::newRow("! with 2") << json(R"({"!":[true,false]})") << 1;
        QTest::newRow("plusTime computed amount")
            << json(R"({"plusTime":["2021-01-01",{"var":"n"},"day"]})") << 1;
        QTest::newRow("plusTime bad unit") << json(R"({"plusTime":["2021-01-01",1,"minute"]})") << 1;
        QTest::newRow("extractFromUVCI computed index")
            << json(R"({"extractFromUVCI":["x",{"var":"i"}]})") << 1;
        QTest::newRow("JsonLogic only: map") << json(R"({"map":[[1],{"var":""}]})") << 1;
        QTest::newRow("JsonLogic only: ==") << json(R"({"==":[1,1]})") << 1;
        QTest::newRow("var with default") << json(R"({"var":["x",0]})") << 1;
        QTest::newRow("issues deep inside") << json(R"({"and":[{"var":"x."},[1.5,null]]})") << 3;
    }
    void operatorForms()
    {
        QFETCH(QJsonValue, expression);
        QFETCH(int, issues);
        const QList<ValidationIssue> found = validate(expression);
        QCOMPARE(found.size(), issues);
        for (const ValidationIssue &issue : found)
            QVERIFY(!issue.message.isEmpty());
    }
};

QTEST_APPLESS_MAIN(CertLogicValidatorTest)
#include "tst_certlogic_validator.moc"
