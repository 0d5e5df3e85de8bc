#include "policy/certlogic/Value_p.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace passgate::certlogic {

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    // 2^53: beyond it doubles skip integers, and JavaScript's Number.isSafeInteger says no.
    return std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= 9007199254740991.0;
}

bool Value::isInteger() const
{
    return !m_isDateTime && certlogic::isInteger(m_json);
}

QJsonValue Value::toJson() const
{
    return m_isDateTime ? QJsonValue(formatDateTime(m_instant)) : m_json;
}

Truth Value::truth() const
{
    if (m_isDateTime)
        return Truth::Neither;
    switch (m_json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Truth::Falsy;
    case QJsonValue::Bool:
        return m_json.toBool() ? Truth::Truthy : Truth::Falsy;
    case QJsonValue::Double:
        if (!isInteger())
            return Truth::Neither;
        return m_json.toDouble() != 0 ? Truth::Truthy : Truth::Falsy;
    case QJsonValue::String:
        return m_json.toString().isEmpty() ? Truth::Falsy : Truth::Truthy;
    case QJsonValue::Array:
        return m_json.toArray().isEmpty() ? Truth::Falsy : Truth::Truthy;
    case QJsonValue::Object:
        return m_json.toObject().isEmpty() ? Truth::Falsy : Truth::Truthy;
    }
    return Truth::Neither;
}

bool Value::strictlyEquals(const Value &other) const
{
    if (m_isDateTime || other.m_isDateTime)
        return m_isDateTime && other.m_isDateTime && m_instant == other.m_instant;
    return m_json == other.m_json;
}

} // namespace passgate::certlogic
