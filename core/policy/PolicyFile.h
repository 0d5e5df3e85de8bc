#pragma once

#include "common/Result.h"
#include "policy/Policy.h"

#include <QJsonObject>

namespace passgate {

enum class PolicyError
{
    Malformed,     // not the expected JSON shape; the reason names the field
    NotCertLogic,  // a rule's expression is refused by the CertLogic validator
    UnknownPolicy, // no preset or rule set by that name
};

using PolicyFailure = Error<PolicyError>;

// The metadata every policy file starts with: name, description, source, effective {from, until}
// (ISO dates, either may be absent) and an optional IANA timeZone the policy counts days in.
Result<PolicyInfo, PolicyFailure> readPolicyInfo(const QJsonObject &object);

// A date field "YYYY-MM-DD"; absent or null gives an invalid date, anything else is an error.
Result<QDate, PolicyFailure> readOptionalDate(const QJsonObject &object, QStringView key,
                                              const QString &where);

} // namespace passgate
