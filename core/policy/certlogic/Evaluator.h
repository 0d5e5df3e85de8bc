#pragma once

#include "common/Result.h"

#include <QJsonValue>

namespace passgate::certlogic {

enum class EvaluationError
{
    InvalidExpression, // not CertLogic: unknown operator, wrong operand count, object or null literal
    TypeMismatch,      // an operand evaluated to a type the operation does not take
    InvalidDateTime,   // a string plusTime or dccDateOfBirth cannot read
    OutOfRange,        // date arithmetic beyond JavaScript's date range
};

using EvaluationFailure = Error<EvaluationError>;

// Evaluates a CertLogic expression (specification 1.3.2) on a data context. Never throws: an
// expression that is not CertLogic, or an operand of the wrong type, gives an error value with a
// reason. Date-times in the result come back as ISO strings.
//
// Two documented leniencies beyond the specification, both from its own test suite: `in` with a
// null right-hand side is false (the suite's "null-safety" cases), and a reduce lambda also sees the
// enclosing data context as "data" (the specification's announced extension, "patched reduce").
Result<QJsonValue, EvaluationFailure> evaluate(const QJsonValue &expression, const QJsonValue &data);

// The rule outcome the EU DCC validators use: a rule passes when its result is truthy; an error
// counts as not passing.
bool evaluatesTruthy(const QJsonValue &expression, const QJsonValue &data);

} // namespace passgate::certlogic
