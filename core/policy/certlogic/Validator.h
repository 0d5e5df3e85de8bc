#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace passgate::certlogic {

struct ValidationIssue
{
    QJsonValue expression; // the offending sub-expression
    QString message;
};

// Checks that an expression stays inside CertLogic before it is ever evaluated: literals are
// booleans, integers, strings or arrays; every object is one known operation with its operand
// list in the specified form. Rule sets from a trust bundle or a preset are refused on any issue.
// Messages follow the reference validator's wording where its test suite fixes them.
QList<ValidationIssue> validate(const QJsonValue &expression);

} // namespace passgate::certlogic
