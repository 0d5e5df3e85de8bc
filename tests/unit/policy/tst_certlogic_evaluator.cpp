#include "policy/certlogic/Evaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace passgate;
using namespace passgate::certlogic;

Q_DECLARE_METATYPE(passgate::certlogic::EvaluationError)

namespace {

// Test rows write JSON as text; scalars are parsed by wrapping them in an array.
QJsonValue json(const char *text)
{
    const QByteArray wrapped = QByteArray("[") + text + "]";
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test row: %s", text);
    return document.array().at(0);
}

} // namespace

class CertLogicEvaluatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data()
    {
        QTest::addColumn<QJsonValue>("expression");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("literal") << json("42") << json("null") << json("42");
        QTest::newRow("array of expressions")
            << json(R"([{"var":"a"}, "b"])") << json(R"({"a":1})") << json("[1,\"b\"]");
        QTest::newRow("var into array")
            << json(R"({"var":"v.1.dn"})") << json(R"({"v":[{},{"dn":2}]})") << json("2");
        QTest::newRow("var negative index")
            << json(R"({"var":"v.-1"})") << json(R"({"v":[1]})") << json("null");
        QTest::newRow("var into string")
            << json(R"({"var":"s.0"})") << json(R"({"s":"abc"})") << json("null");
        QTest::newRow("if picks else on empty object")
            << json(R"({"if":[{"var":""},1,2]})") << json("{}") << json("2");
        QTest::newRow("and is lazy") << json(R"({"and":[false,{"plusTime":["not a date",0,"day"]}]})")
                                     << json("null") << json("false");
        QTest::newRow("and returns last") << json(R"({"and":[1,"x"]})") << json("null") << json("\"x\"");
        QTest::newRow("=== is strict") << json(R"({"===":[1,"1"]})") << json("null") << json("false");
        QTest::newRow("=== on null") << json(R"({"===":[{"var":"a"},{"var":"b"}]})") << json("{}")
                                     << json("true");
        QTest::newRow("=== on date-times")
            << json(R"({"===":[{"plusTime":["2021-06-01",24,"hour"]},{"plusTime":["2021-06-02",0,"day"]}]})")
            << json("null") << json("true");
        QTest::newRow("in null-safe")
            << json(R"({"in":["a",{"var":"missing"}]})") << json("{}") << json("false");
        QTest::newRow("ternary <") << json(R"({"<":[1,2,2]})") << json("null") << json("false");
        QTest::newRow("ternary not-after")
            << json(
                   R"({"not-after":[{"plusTime":["2021-01-01",0,"day"]},{"plusTime":["2021-01-01",0,"hour"]},{"plusTime":["2021-01-02",0,"day"]}]})")
            << json("null") << json("true");
        QTest::newRow("plusTime result leaves as ISO")
            << json(R"({"plusTime":["2021-06-01T12:00:00+02:00",1,"month"]})") << json("null")
            << json("\"2021-07-01T10:00:00.000Z\"");
        QTest::newRow("reduce counts")
            << json(R"({"reduce":[{"var":"xs"},{"+":[{"var":"accumulator"},1]},0]})")
            << json(R"({"xs":["a","b","c"]})") << json("3");
        QTest::newRow("reduce keeps date-times")
            << json(
                   R"({"after":[{"reduce":[{"var":"xs"},{"plusTime":[{"var":"current"},0,"day"]},{"plusTime":["1970-01-01",0,"day"]}]},{"plusTime":["2021-01-01",0,"day"]}]})")
            << json(R"({"xs":["2020-01-01","2022-01-01"]})") << json("true");
        QTest::newRow("reduce sees outer data")
            << json(R"({"reduce":[{"var":"xs"},{"+":[{"var":"accumulator"},{"var":"data.step"}]},0]})")
            << json(R"({"xs":[1,1],"step":5})") << json("10");
        QTest::newRow("nested reduce reaches two levels out")
            << json(R"({"reduce":[[1],{"reduce":[[1],{"var":"data.data.k"},0]},0]})") << json(R"({"k":7})")
            << json("7");
        QTest::newRow("extractFromUVCI without prefix")
            << json(R"({"extractFromUVCI":[{"var":""},1]})") << json("\"01:KR:ABC#1\"") << json("\"KR\"");
        QTest::newRow("dccDateOfBirth minor")
            << json(
                   R"({"after":[{"dccDateOfBirth":["2004"]},{"plusTime":["2022-12-30T23:59:59Z",-18,"year"]}]})")
            << json("null") << json("true");
    }
    void evaluates()
    {
        QFETCH(QJsonValue, expression);
        QFETCH(QJsonValue, data);
        QFETCH(QJsonValue, expected);
        const auto result = evaluate(expression, data);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().reason));
        QCOMPARE(*result, expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QJsonValue>("expression");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<EvaluationError>("error");
        QTest::newRow("null literal") << json("null") << json("null") << EvaluationError::InvalidExpression;
        QTest::newRow("fraction") << json("1.5") << json("null") << EvaluationError::InvalidExpression;
        QTest::newRow("object literal")
            << json(R"({"a":1,"b":2})") << json("null") << EvaluationError::InvalidExpression;
        QTest::newRow("unknown operator")
            << json(R"({"map":[[1],1]})") << json("null") << EvaluationError::InvalidExpression;
        QTest::newRow("if with two") << json(R"({"if":[true,1]})") << json("null")
                                     << EvaluationError::InvalidExpression;
        QTest::newRow("=== with three")
            << json(R"({"===":[1,1,1]})") << json("null") << EvaluationError::InvalidExpression;
        QTest::newRow("var with number")
            << json(R"({"var":0})") << json("[1]") << EvaluationError::InvalidExpression;
        QTest::newRow("computed plusTime amount") << json(R"({"plusTime":["2021-01-01",{"var":"n"},"day"]})")
                                                  << json(R"({"n":1})") << EvaluationError::InvalidExpression;
        QTest::newRow("plusTime unit") << json(R"({"plusTime":["2021-01-01",1,"week"]})") << json("null")
                                       << EvaluationError::InvalidExpression;
        QTest::newRow("< on strings")
            << json(R"({"<":["a","b"]})") << json("null") << EvaluationError::TypeMismatch;
        QTest::newRow("after on strings") << json(R"({"after":["2021-01-02","2021-01-01"]})") << json("null")
                                          << EvaluationError::TypeMismatch;
        QTest::newRow("< on date-times")
            << json(R"({"<":[{"plusTime":["2021-01-01",0,"day"]},{"plusTime":["2021-01-02",0,"day"]}]})")
            << json("null") << EvaluationError::TypeMismatch;
        QTest::newRow("+ on strings")
            << json(R"({"+":["1",2]})") << json("null") << EvaluationError::TypeMismatch;
        QTest::newRow("in on string")
            << json(R"({"in":["a","abc"]})") << json("null") << EvaluationError::TypeMismatch;
        QTest::newRow("! on date-time") << json(R"({"!":[{"plusTime":["2021-01-01",0,"day"]}]})")
                                        << json("null") << EvaluationError::TypeMismatch;
        QTest::newRow("plusTime on null")
            << json(R"({"plusTime":[{"var":"x"},0,"day"]})") << json("{}") << EvaluationError::TypeMismatch;
        QTest::newRow("plusTime on garbage") << json(R"({"plusTime":["13/12/2021",0,"day"]})") << json("null")
                                             << EvaluationError::InvalidDateTime;
        QTest::newRow("dob with time") << json(R"({"dccDateOfBirth":["2004-01-01T00:00:00Z"]})")
                                       << json("null") << EvaluationError::InvalidDateTime;
        QTest::newRow("reduce over object")
            << json(R"({"reduce":[{"var":""},1,0]})") << json(R"({"a":1})") << EvaluationError::TypeMismatch;
        QTest::newRow("extractFromUVCI on number")
            << json(R"({"extractFromUVCI":[1,0]})") << json("null") << EvaluationError::TypeMismatch;
        QTest::newRow("plusTime overflow") << json(R"({"plusTime":["2021-01-01",999999,"year"]})")
                                           << json("null") << EvaluationError::OutOfRange;
    }
    void refuses()
    {
        QFETCH(QJsonValue, expression);
        QFETCH(QJsonValue, data);
        QFETCH(EvaluationError, error);
        const auto result = evaluate(expression, data);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, error);
        QVERIFY(!result.error().reason.isEmpty());
        QVERIFY(!evaluatesTruthy(expression, data));
    }

    void nestingIsBounded_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("100 levels") << 100 << true;
        QTest::newRow("255 levels") << 255 << true;
        QTest::newRow("2000 levels") << 2000 << false;
    }
    void nestingIsBounded()
    {
        // A hostile rule set nests deeply: refused with a reason, never a stack overflow.
        QFETCH(int, depth);
        QFETCH(bool, accepted);
        QJsonValue expression = json("true");
        for (int i = 0; i < depth; ++i)
            expression = QJsonObject{{QStringLiteral("!"), QJsonArray{expression}}};
        const auto result = evaluate(expression, QJsonValue());
        QCOMPARE(result.ok(), accepted);
        if (accepted)
            QCOMPARE(*result, QJsonValue(depth % 2 == 0));
        else
            QCOMPARE(result.error().code, EvaluationError::InvalidExpression);
    }
};

QTEST_APPLESS_MAIN(CertLogicEvaluatorTest)
#include "tst_certlogic_evaluator.moc"
