#pragma once

#include "policy/certlogic/DateTime_p.h"

#include <QJsonValue>

namespace passgate::certlogic {

// CertLogic's truthiness is three-valued: some values (date-times, fractions) are neither truthy
// nor falsy, and operations that need a truth value refuse them.
enum class Truth
{
    Truthy,
    Falsy,
    Neither
};

// A value during evaluation: a JSON value, or a date-time made by plusTime/dccDateOfBirth (JSON has
// no date type, and the comparisons after/before/... accept only those).
class Value
{
public:
    Value() = default;
    Value(QJsonValue json)
        : m_json(std::move(json))
    {}
    static Value dateTime(Milliseconds instant)
    {
        Value value;
        value.m_isDateTime = true;
        value.m_instant = instant;
        return value;
    }

    bool isDateTime() const { return m_isDateTime; }
    Milliseconds instant() const { return m_instant; }
    const QJsonValue &json() const { return m_json; }
    bool isInteger() const;
    qint64 integer() const { return qint64(m_json.toDouble()); }

    // Date-times leave the evaluator as ISO strings ("2021-06-01T00:00:00.000Z").
    QJsonValue toJson() const;
    Truth truth() const;
    // Strict equality (===): same type and value; date-times by instant.
    bool strictlyEquals(const Value &other) const;

private:
    QJsonValue m_json;
    bool m_isDateTime = false;
    Milliseconds m_instant = 0;
};

bool isInteger(const QJsonValue &value);

} // namespace passgate::certlogic
