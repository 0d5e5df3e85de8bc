#include "policy/certlogic/Evaluator.h"

#include "policy/certlogic/DateTime_p.h"
#include "policy/certlogic/Value_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passgate::certlogic {

namespace {

using Evaluated = Result<Value, EvaluationFailure>;

// The data context: plain JSON, or the frame a reduce lambda runs in ({current, accumulator, data}),
// whose members may be date-times and whose "data" is the enclosing context.
struct Scope
{
    QJsonValue data;
    const Value *current = nullptr;
    const Value *accumulator = nullptr;
    const Scope *outer = nullptr; // set for a reduce frame

    bool isFrame() const { return outer != nullptr; }
};

QString describe(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isString())
        text = u'"' + value.toString() + u'"';
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 17);
    else
        text = QStringLiteral("null");
    return text.size() > 80 ? text.left(77) + QStringLiteral("...") : text;
}

QString describe(const Value &value)
{
    return value.isDateTime() ? QStringLiteral("date-time ") + formatDateTime(value.instant())
                              : describe(value.json());
}

Failure<EvaluationFailure> invalid(const QString &reason)
{
    return fail(EvaluationError::InvalidExpression, reason);
}

Failure<EvaluationFailure> mismatch(const QString &reason)
{
    return fail(EvaluationError::TypeMismatch, reason);
}

QJsonValue scopeAsJson(const Scope &scope)
{
    if (!scope.isFrame())
        return scope.data;
    return QJsonObject{{QStringLiteral("current"), scope.current->toJson()},
                       {QStringLiteral("accumulator"), scope.accumulator->toJson()},
                       {QStringLiteral("data"), scopeAsJson(*scope.outer)}};
}

// Drills into JSON along dot-separated fragments; anything missing or undrillable is null.
QJsonValue drill(QJsonValue current, QStringView path)
{
    if (path.isEmpty())
        return current;
    for (const QStringView fragment : path.tokenize(u'.')) {
        if (current.isArray()) {
            bool isIndex = false;
            const int index = fragment.toInt(&isIndex);
            const QJsonArray array = current.toArray();
            current = isIndex && index >= 0 && index < array.size() ? array.at(index) : QJsonValue();
        } else if (current.isObject()) {
            current = current.toObject().value(fragment);
        } else {
            return QJsonValue();
        }
        if (current.isUndefined())
            return QJsonValue();
    }
    return current.isUndefined() ? QJsonValue() : current;
}

Value lookup(const Scope &scope, QStringView path)
{
    if (!scope.isFrame())
        return drill(scope.data, path);
    if (path.isEmpty())
        return scopeAsJson(scope);
    const qsizetype dot = path.indexOf(u'.');
    const QStringView head = dot < 0 ? path : path.first(dot);
    const QStringView rest = dot < 0 ? QStringView() : path.mid(dot + 1);
    const Value *member = head == u"current"       ? scope.current
                          : head == u"accumulator" ? scope.accumulator
                                                   : nullptr;
    if (member) {
        if (member->isDateTime())
            return dot < 0 ? *member : Value();
        return dot < 0 ? *member : Value(drill(member->json(), rest));
    }
    if (head == u"data")
        return lookup(*scope.outer, dot < 0 ? QStringView() : rest);
    return Value();
}

// Real rules nest a few dozen levels; the bound keeps a hostile rule set from exhausting the stack.
constexpr int maxDepth = 256;

class Evaluator
{
public:
    Evaluated evaluate(const QJsonValue &expression, const Scope &scope);

private:
    Evaluated evaluateNode(const QJsonValue &expression, const Scope &scope);

    Evaluated operation(const QString &op, const QJsonArray &operands, const Scope &scope);
    Evaluated conditional(const QJsonArray &operands, const Scope &scope);
    Evaluated conjunction(const QJsonArray &operands, const Scope &scope);
    Evaluated negation(const QJsonArray &operands, const Scope &scope);
    Evaluated equality(const QJsonArray &operands, const Scope &scope);
    Evaluated membership(const QJsonArray &operands, const Scope &scope);
    Evaluated addition(const QJsonArray &operands, const Scope &scope);
    Evaluated comparison(const QString &op, const QJsonArray &operands, const Scope &scope);
    Evaluated offsetTime(const QJsonArray &operands, const Scope &scope);
    Evaluated dateOfBirth(const QJsonArray &operands, const Scope &scope);
    Evaluated reduction(const QJsonArray &operands, const Scope &scope);
    Evaluated uvciFragment(const QJsonArray &operands, const Scope &scope);

    // Evaluates every operand, stopping at the first error.
    Result<QList<Value>, EvaluationFailure> all(const QJsonArray &operands, const Scope &scope);

    int m_depth = 0;
};

Failure<EvaluationFailure> wrongCount(const QString &op, qsizetype count, const char *expected)
{
    return invalid(
        QStringLiteral("\"%1\" takes %2 operands, got %3").arg(op, QLatin1String(expected)).arg(count));
}

Evaluated Evaluator::evaluate(const QJsonValue &expression, const Scope &scope)
{
    if (m_depth >= maxDepth)
        return invalid(QStringLiteral("expression nested deeper than %1 levels").arg(maxDepth));
    ++m_depth;
    Evaluated result = evaluateNode(expression, scope);
    --m_depth;
    return result;
}

Evaluated Evaluator::evaluateNode(const QJsonValue &expression, const Scope &scope)
{
    switch (expression.type()) {
    case QJsonValue::Bool:
    case QJsonValue::String:
        return Value(expression);
    case QJsonValue::Double:
        if (!isInteger(expression))
            return invalid(describe(expression) + QStringLiteral(" is a non-integer number"));
        return Value(expression);
    case QJsonValue::Array: {
        const QJsonArray items = expression.toArray();
        QJsonArray result;
        for (const QJsonValue &item : items) {
            Evaluated value = evaluate(item, scope);
            if (!value)
                return fail(value.error());
            result.append(value->toJson());
        }
        return Value(result);
    }
    case QJsonValue::Object: {
        const QJsonObject object = expression.toObject();
        if (object.size() != 1)
            return invalid(QStringLiteral("expression object must have exactly one key, but it has %1")
                               .arg(object.size()));
        const QString op = object.begin().key();
        const QJsonValue argument = object.begin().value();
        if (op == u"var") {
            if (!argument.isString())
                return invalid(QStringLiteral("not of the form { \"var\": \"<path>\" }: ") +
                               describe(expression));
            return lookup(scope, argument.toString());
        }
        if (!argument.isArray())
            return invalid(QStringLiteral("operation not of the form { \"<operator>\": [ <values...> ] }: ") +
                           describe(expression));
        return operation(op, argument.toArray(), scope);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return invalid(QStringLiteral("invalid CertLogic expression: null"));
}

Evaluated Evaluator::operation(const QString &op, const QJsonArray &operands, const Scope &scope)
{
    if (op == u"if")
        return conditional(operands, scope);
    if (op == u"and")
        return conjunction(operands, scope);
    if (op == u"!")
        return negation(operands, scope);
    if (op == u"===")
        return equality(operands, scope);
    if (op == u"in")
        return membership(operands, scope);
    if (op == u"+")
        return addition(operands, scope);
    if (op == u"<" || op == u">" || op == u"<=" || op == u">=" || op == u"before" || op == u"after" ||
        op == u"not-before" || op == u"not-after")
        return comparison(op, operands, scope);
    if (op == u"plusTime")
        return offsetTime(operands, scope);
    if (op == u"dccDateOfBirth")
        return dateOfBirth(operands, scope);
    if (op == u"reduce")
        return reduction(operands, scope);
    if (op == u"extractFromUVCI")
        return uvciFragment(operands, scope);
    return invalid(QStringLiteral("unrecognised operator: \"%1\"").arg(op));
}

Result<QList<Value>, EvaluationFailure> Evaluator::all(const QJsonArray &operands, const Scope &scope)
{
    QList<Value> values;
    values.reserve(operands.size());
    for (const QJsonValue &operand : operands) {
        Evaluated value = evaluate(operand, scope);
        if (!value)
            return fail(value.error());
        values.append(std::move(value).value());
    }
    return values;
}

Evaluated Evaluator::conditional(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 3)
        return wrongCount(QStringLiteral("if"), operands.size(), "3 (guard, then, else)");
    const Evaluated guard = evaluate(operands.at(0), scope);
    if (!guard)
        return guard;
    switch (guard->truth()) {
    case Truth::Truthy:
        return evaluate(operands.at(1), scope);
    case Truth::Falsy:
        return evaluate(operands.at(2), scope);
    case Truth::Neither:
        break;
    }
    return mismatch(QStringLiteral("if-guard is neither truthy nor falsy: ") + describe(*guard));
}

Evaluated Evaluator::conjunction(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() < 2)
        return wrongCount(QStringLiteral("and"), operands.size(), "at least 2");
    // Lazy, in order: the first falsy operand is the result, so later operands may assume earlier
    // ones held (e.g. a date is present before plusTime reads it).
    for (qsizetype i = 0; i < operands.size(); ++i) {
        Evaluated value = evaluate(operands.at(i), scope);
        if (!value)
            return value;
        const Truth truth = value->truth();
        if (truth == Truth::Neither)
            return mismatch(QStringLiteral("operand of \"and\" is neither truthy nor falsy: ") +
                            describe(*value));
        if (truth == Truth::Falsy || i == operands.size() - 1)
            return value;
    }
    return Value(); // unreachable: the loop returns at the last operand
}

Evaluated Evaluator::negation(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 1)
        return wrongCount(QStringLiteral("!"), operands.size(), "1");
    const Evaluated value = evaluate(operands.at(0), scope);
    if (!value)
        return value;
    switch (value->truth()) {
    case Truth::Truthy:
        return Value(false);
    case Truth::Falsy:
        return Value(true);
    case Truth::Neither:
        break;
    }
    return mismatch(QStringLiteral("operand of \"!\" is neither truthy nor falsy: ") + describe(*value));
}

Evaluated Evaluator::equality(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 2)
        return wrongCount(QStringLiteral("==="), operands.size(), "2");
    const auto values = all(operands, scope);
    if (!values)
        return fail(values.error());
    return Value(values->at(0).strictlyEquals(values->at(1)));
}

Evaluated Evaluator::membership(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 2)
        return wrongCount(QStringLiteral("in"), operands.size(), "2");
    const auto values = all(operands, scope);
    if (!values)
        return fail(values.error());
    const Value &needle = values->at(0);
    const Value &haystack = values->at(1);
    if (haystack.json().isNull() && !haystack.isDateTime())
        return Value(false);
    if (haystack.isDateTime() || !haystack.json().isArray())
        return mismatch(QStringLiteral("right-hand side of \"in\" must be an array, got ") +
                        describe(haystack));
    const QJsonArray items = haystack.json().toArray();
    const QJsonValue target = needle.toJson();
    // A date-time never equals a JSON item: arrays only hold JSON values.
    if (needle.isDateTime())
        return Value(false);
    return Value(items.contains(target));
}

Evaluated Evaluator::addition(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 2)
        return wrongCount(QStringLiteral("+"), operands.size(), "2");
    const auto values = all(operands, scope);
    if (!values)
        return fail(values.error());
    for (const Value &value : *values) {
        if (!value.isInteger())
            return mismatch(QStringLiteral("operands of \"+\" must be integers, got ") + describe(value));
    }
    const qint64 sum = values->at(0).integer() + values->at(1).integer();
    if (sum > 9007199254740991LL || sum < -9007199254740991LL)
        return fail(EvaluationError::OutOfRange, QStringLiteral("\"+\" overflows the safe integer range"));
    return Value(QJsonValue(double(sum)));
}

Evaluated Evaluator::comparison(const QString &op, const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 2 && operands.size() != 3)
        return wrongCount(op, operands.size(), "2 or 3");
    const auto values = all(operands, scope);
    if (!values)
        return fail(values.error());
    const bool onDates = op == u"before" || op == u"after" || op == u"not-before" || op == u"not-after";
    std::array<qint64, 3> keys{};
    for (qsizetype i = 0; i < values->size(); ++i) {
        const Value &value = values->at(i);
        if (onDates ? !value.isDateTime() : !value.isInteger()) {
            return mismatch(QStringLiteral("operands of \"%1\" must all be %2, got ")
                                .arg(op, onDates
                                             ? QStringLiteral("date-times (from plusTime or dccDateOfBirth)")
                                             : QStringLiteral("integers")) +
                            describe(value));
        }
        keys[size_t(i)] = onDates ? value.instant() : value.integer();
    }
    const auto holds = [&op](qint64 left, qint64 right) {
        if (op == u"<" || op == u"before")
            return left < right;
        if (op == u">" || op == u"after")
            return left > right;
        if (op == u"<=" || op == u"not-after")
            return left <= right;
        return left >= right; // ">=" and "not-before"
    };
    bool result = holds(keys[0], keys[1]);
    if (values->size() == 3)
        result = result && holds(keys[1], keys[2]);
    return Value(result);
}

Evaluated Evaluator::offsetTime(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 3)
        return wrongCount(QStringLiteral("plusTime"), operands.size(), "3 (date-time, amount, unit)");
    if (!isInteger(operands.at(1)))
        return invalid(QStringLiteral("amount of \"plusTime\" must be an integer literal, got ") +
                       describe(operands.at(1)));
    const auto unit = timeUnitFromName(operands.at(2).toString());
    if (!operands.at(2).isString() || !unit)
        return invalid(
            QStringLiteral("unit of \"plusTime\" must be \"year\", \"month\", \"day\" or \"hour\", got ") +
            describe(operands.at(2)));
    const Evaluated operand = evaluate(operands.at(0), scope);
    if (!operand)
        return operand;
    if (operand->isDateTime() || !operand->json().isString())
        return mismatch(QStringLiteral("date-time operand of \"plusTime\" must be a string, got ") +
                        describe(*operand));
    const auto instant = parseDateTime(operand->json().toString());
    if (!instant)
        return fail(EvaluationError::InvalidDateTime,
                    QStringLiteral("not a CertLogic date-time: ") + describe(operand->json()));
    const auto shifted = plusTime(*instant, qint64(operands.at(1).toDouble()), *unit);
    if (!shifted)
        return fail(EvaluationError::OutOfRange, QStringLiteral("plusTime leaves the date range"));
    return Value::dateTime(*shifted);
}

Evaluated Evaluator::dateOfBirth(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 1)
        return wrongCount(QStringLiteral("dccDateOfBirth"), operands.size(), "1");
    const Evaluated operand = evaluate(operands.at(0), scope);
    if (!operand)
        return operand;
    if (operand->isDateTime() || !operand->json().isString())
        return mismatch(QStringLiteral("operand of \"dccDateOfBirth\" must be a string, got ") +
                        describe(*operand));
    const auto instant = parseDateOfBirth(operand->json().toString());
    if (!instant)
        return fail(EvaluationError::InvalidDateTime,
                    QStringLiteral("not an EU DCC date of birth: ") + describe(operand->json()));
    return Value::dateTime(*instant);
}

Evaluated Evaluator::reduction(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 3)
        return wrongCount(QStringLiteral("reduce"), operands.size(), "3 (operand, lambda, initial)");
    const Evaluated operand = evaluate(operands.at(0), scope);
    if (!operand)
        return operand;
    Evaluated accumulator = evaluate(operands.at(2), scope);
    if (!accumulator)
        return accumulator;
    if (!operand->isDateTime() && operand->json().isNull())
        return accumulator;
    if (operand->isDateTime() || !operand->json().isArray())
        return mismatch(QStringLiteral("operand of \"reduce\" must be an array, got ") + describe(*operand));
    const QJsonArray items = operand->json().toArray();
    const QJsonValue lambda = operands.at(1);
    for (const QJsonValue &item : items) {
        const Value current(item);
        const Value previous = std::move(accumulator).value();
        const Scope frame{QJsonValue(), &current, &previous, &scope};
        accumulator = evaluate(lambda, frame);
        if (!accumulator)
            return accumulator;
    }
    return accumulator;
}

Evaluated Evaluator::uvciFragment(const QJsonArray &operands, const Scope &scope)
{
    if (operands.size() != 2)
        return wrongCount(QStringLiteral("extractFromUVCI"), operands.size(), "2 (operand, index)");
    if (!isInteger(operands.at(1)))
        return invalid(QStringLiteral("index of \"extractFromUVCI\" must be an integer literal, got ") +
                       describe(operands.at(1)));
    const Evaluated operand = evaluate(operands.at(0), scope);
    if (!operand)
        return operand;
    if (!operand->isDateTime() && operand->json().isNull())
        return Value();
    if (operand->isDateTime() || !operand->json().isString())
        return mismatch(QStringLiteral("operand of \"extractFromUVCI\" must be a string or null, got ") +
                        describe(*operand));
    const QString text = operand->json().toString();
    QStringView uvci = text;
    if (uvci.startsWith(u"URN:UVCI:"))
        uvci = uvci.mid(9);
    const qint64 index = qint64(operands.at(1).toDouble());
    qint64 position = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= uvci.size(); ++i) {
        if (i == uvci.size() || uvci[i] == u'/' || uvci[i] == u'#' || uvci[i] == u':') {
            if (position == index)
                return Value(QJsonValue(uvci.mid(start, i - start).toString()));
            ++position;
            start = i + 1;
        }
    }
    return Value();
}

} // namespace

Result<QJsonValue, EvaluationFailure> evaluate(const QJsonValue &expression, const QJsonValue &data)
{
    Evaluator evaluator;
    Evaluated value = evaluator.evaluate(expression, Scope{data.isUndefined() ? QJsonValue() : data});
    if (!value)
        return fail(value.error());
    return value->toJson();
}

bool evaluatesTruthy(const QJsonValue &expression, const QJsonValue &data)
{
    const auto result = evaluate(expression, data);
    return result && Value(*result).truth() == Truth::Truthy;
}

} // namespace passgate::certlogic
