#include "policy/certlogic/Validator.h"

#include "policy/certlogic/DateTime_p.h"
#include "policy/certlogic/Value_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace passgate::certlogic {

namespace {

struct Arity
{
    const char16_t *op;
    qsizetype min;
    qsizetype max;
};

// Operand counts per operator, as the specification states them.
constexpr Arity arities[] = {
    {u"if", 3, 3},
    {u"===", 2, 2},
    {u"in", 2, 2},
    {u"+", 2, 2},
    {u"and", 2, 1 << 20},
    {u"<", 2, 3},
    {u">", 2, 3},
    {u"<=", 2, 3},
    {u">=", 2, 3},
    {u"before", 2, 3},
    {u"after", 2, 3},
    {u"not-before", 2, 3},
    {u"not-after", 2, 3},
    {u"!", 1, 1},
    {u"plusTime", 3, 3},
    {u"reduce", 3, 3},
    {u"extractFromUVCI", 2, 2},
    {u"dccDateOfBirth", 1, 1},
};

const Arity *arityOf(const QString &op)
{
    for (const Arity &arity : arities) {
        if (op == QStringView(arity.op))
            return &arity;
    }
    return nullptr;
}

// "", or fragments separated by single dots, none empty.
bool isValidPath(const QString &path)
{
    if (path.isEmpty())
        return true;
    for (const QStringView fragment : QStringView(path).tokenize(u'.', Qt::KeepEmptyParts)) {
        if (fragment.isEmpty())
            return false;
    }
    return true;
}

// The evaluator's bound on nesting, refused here before a rule set is accepted.
constexpr int maxDepth = 256;

class Validator
{
public:
    QList<ValidationIssue> issues;

    void check(const QJsonValue &expression)
    {
        if (m_depth >= maxDepth) {
            report(expression, QStringLiteral("expression nested deeper than %1 levels").arg(maxDepth));
            return;
        }
        ++m_depth;
        checkNode(expression);
        --m_depth;
    }

private:
    int m_depth = 0;

    void checkNode(const QJsonValue &expression)
    {
        switch (expression.type()) {
        case QJsonValue::Bool:
        case QJsonValue::String:
            return;
        case QJsonValue::Double:
            if (!isInteger(expression))
                report(expression,
                       QString::number(expression.toDouble()) + QStringLiteral(" is a non-integer number"));
            return;
        case QJsonValue::Array:
            for (const QJsonValue &item : expression.toArray())
                check(item);
            return;
        case QJsonValue::Object:
            checkOperation(expression);
            return;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        report(expression, QStringLiteral("invalid CertLogic expression"));
    }

    void report(const QJsonValue &expression, const QString &message)
    {
        issues.append({expression, message});
    }

    void checkOperation(const QJsonValue &expression)
    {
        const QJsonObject object = expression.toObject();
        if (object.size() != 1) {
            report(expression, QStringLiteral("expression object must have exactly one key, but it has %1")
                                   .arg(object.size()));
            return;
        }
        const QString op = object.begin().key();
        const QJsonValue argument = object.begin().value();
        if (op == u"var") {
            if (!argument.isString())
                report(expression, QStringLiteral("not of the form { \"var\": \"<path>\" }"));
            else if (!isValidPath(argument.toString()))
                report(expression, QStringLiteral("data access path doesn't have a valid format: ") +
                                       argument.toString());
            return;
        }
        if (!argument.isArray()) {
            report(expression,
                   QStringLiteral("operation not of the form { \"<operator>\": [ <values...> ] }"));
            return;
        }
        const Arity *arity = arityOf(op);
        if (!arity) {
            report(expression, QStringLiteral("unrecognised operator: \"%1\"").arg(op));
            return;
        }
        const QJsonArray operands = argument.toArray();
        if (operands.size() < arity->min || operands.size() > arity->max) {
            const QString expected = arity->min == arity->max ? QString::number(arity->min)
                                     : arity->max > 3
                                         ? QStringLiteral("at least %1").arg(arity->min)
                                         : QStringLiteral("%1 or %2").arg(arity->min).arg(arity->max);
            report(expression,
                   QStringLiteral("an operation with operator \"%1\" must have %2 operands, but it has %3")
                       .arg(op, expected)
                       .arg(operands.size()));
            return;
        }
        if (op == u"plusTime") {
            if (!isInteger(operands.at(1)))
                report(expression,
                       QStringLiteral("\"amount\" argument (#2) of \"plusTime\" must be an integer"));
            if (!operands.at(2).isString() || !timeUnitFromName(operands.at(2).toString()))
                report(expression,
                       QStringLiteral("\"unit\" argument (#3) of \"plusTime\" must be a string equal to "
                                      "one of \"year\", \"month\", \"day\", \"hour\""));
            check(operands.at(0));
            return;
        }
        if (op == u"extractFromUVCI") {
            if (!isInteger(operands.at(1)))
                report(expression,
                       QStringLiteral("\"index\" argument (#2) of \"extractFromUVCI\" must be an integer"));
            check(operands.at(0));
            return;
        }
        for (const QJsonValue &operand : operands)
            check(operand);
    }
};

} // namespace

QList<ValidationIssue> validate(const QJsonValue &expression)
{
    Validator validator;
    validator.check(expression);
    return validator.issues;
}

} // namespace passgate::certlogic
