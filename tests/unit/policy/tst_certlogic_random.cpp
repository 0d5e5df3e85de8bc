#include "policy/certlogic/Evaluator.h"
#include "policy/certlogic/Validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace passgate::certlogic;

namespace {

// Random expressions from CertLogic's operators with random operand counts and kinds, and random
// data: what a broken or hostile rule set in a bundle could hold.
class ExpressionGenerator
{
public:
    explicit ExpressionGenerator(quint32 seed)
        : m_random(seed)
    {}

    QJsonValue expression(int depth)
    {
        static const char *const operators[] = {"var",
                                                "if",
                                                "and",
                                                "!",
                                                "===",
                                                "in",
                                                "+",
                                                "<",
                                                ">",
                                                "<=",
                                                ">=",
                                                "before",
                                                "after",
                                                "not-before",
                                                "not-after",
                                                "plusTime",
                                                "reduce",
                                                "extractFromUVCI",
                                                "dccDateOfBirth",
                                                "or",
                                                "map"};
        if (depth <= 0 || pick(4) == 0)
            return literal();
        const QString op = QLatin1String(operators[pick(std::size(operators))]);
        if (op == u"var")
            return QJsonObject{{op, pick(5) == 0 ? literal() : QJsonValue(path())}};
        if (pick(20) == 0)
            return QJsonObject{{op, literal()}}; // operand list not an array
        QJsonArray operands;
        const int count = int(pick(5));
        for (int i = 0; i < count; ++i)
            operands.append(op == u"plusTime" && i == 2 ? QJsonValue(unit()) : expression(depth - 1));
        return QJsonObject{{op, operands}};
    }

    QJsonValue data(int depth)
    {
        switch (pick(depth <= 0 ? 5 : 7)) {
        case 0:
            return QJsonValue();
        case 1:
            return bool(pick(2));
        case 2:
            return double(int(pick(7)) - 3);
        case 3:
            return dateLike();
        case 4:
            return pick(2) ? QStringLiteral("URN:UVCI:01:KR:AB/CD#E") : QString();
        case 5: {
            QJsonArray array;
            for (int i = int(pick(4)); i > 0; --i)
                array.append(data(depth - 1));
            return array;
        }
        default: {
            QJsonObject object;
            for (const char *key : {"x", "v", "dt", "payload", "0"}) {
                if (pick(2))
                    object.insert(QLatin1String(key), data(depth - 1));
            }
            return object;
        }
        }
    }

private:
    quint32 pick(size_t bound) { return quint32(m_random() % bound); }

    QJsonValue literal()
    {
        switch (pick(6)) {
        case 0:
            return bool(pick(2));
        case 1:
            return double(int(pick(2000)) - 1000);
        case 2:
            return 0.5; // not CertLogic
        case 3:
            return dateLike();
        case 4:
            return QJsonValue(); // null: not CertLogic
        default:
            return QJsonArray{double(pick(3)), QStringLiteral("a")};
        }
    }

    QString path()
    {
        static const char *const paths[] = {"",   "x",    "x.0",    "v.0.dt",  "payload.dob", "0",
                                            "x.", "a..b", "data.x", "current", "accumulator"};
        return QLatin1String(paths[pick(std::size(paths))]);
    }

    QString unit()
    {
        static const char *const units[] = {"year", "month", "day", "hour", "week", ""};
        return QLatin1String(units[pick(std::size(units))]);
    }

    QString dateLike()
    {
        static const char *const dates[] = {"2021-06-01",
                                            "2004",
                                            "2004-02",
                                            "2021-06-01T10:00:00+09:00",
                                            "2021-06-01T10:00:00.123456Z",
                                            "2021-02-30",
                                            "9999-12-31T23:59:59Z",
                                            "yesterday",
                                            "0000-01-01"};
        return QLatin1String(dates[pick(std::size(dates))]);
    }

    std::mt19937 m_random;
};

} // namespace

// Properties that must hold for any input: evaluation never crashes; an expression the validator
// accepts never fails evaluation as "not CertLogic" — only on the types its data happens to have.
class CertLogicRandomTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomExpressionsOnRandomData()
    {
        ExpressionGenerator generator(20211213);
        int valid = 0;
        int evaluatedOk = 0;
        for (int i = 0; i < 20'000; ++i) {
            const QJsonValue expression = generator.expression(5);
            const QJsonValue data = generator.data(3);
            const bool accepted = validate(expression).isEmpty();
            const auto result = evaluate(expression, data);
            if (accepted) {
                ++valid;
                if (!result.ok())
                    QVERIFY2(result.error().code != EvaluationError::InvalidExpression,
                             qPrintable(result.error().reason));
            }
            if (result.ok())
                ++evaluatedOk;
            else
                QVERIFY(!result.error().reason.isEmpty());
        }
        // The generator reaches both sides, or the properties above were not exercised.
        QVERIFY2(valid > 1000, qPrintable(QString::number(valid)));
        QVERIFY2(evaluatedOk > 1000, qPrintable(QString::number(evaluatedOk)));
    }
};

QTEST_APPLESS_MAIN(CertLogicRandomTest)
#include "tst_certlogic_random.moc"
