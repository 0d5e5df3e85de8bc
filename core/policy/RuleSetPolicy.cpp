#include "policy/RuleSetPolicy_p.h"

#include "policy/StatementPayload_p.h"
#include "policy/certlogic/DateTime_p.h"
#include "policy/certlogic/Evaluator.h"
#include "policy/certlogic/Validator.h"

#include <QJsonArray>

namespace passgate {

namespace {

std::optional<Verdict> verdictFromName(const QString &name)
{
    if (name == u"admit")
        return Verdict::Admit;
    if (name == u"deny")
        return Verdict::Deny;
    if (name == u"staff-check")
        return Verdict::StaffCheck;
    return std::nullopt;
}

Result<void, PolicyFailure> checkExpression(const QJsonValue &expression, const QString &where)
{
    const QList<certlogic::ValidationIssue> issues = certlogic::validate(expression);
    if (!issues.isEmpty())
        return fail(PolicyError::NotCertLogic, where + QStringLiteral(": ") + issues.first().message);
    return {};
}

Result<QList<RuleSetPolicy::Rule>, PolicyFailure> readRules(const QJsonObject &object, QStringView key,
                                                            const QString &name)
{
    QList<RuleSetPolicy::Rule> rules;
    const QJsonValue list = object.value(key);
    if (list.isUndefined())
        return rules;
    if (!list.isArray())
        return fail(PolicyError::Malformed,
                    QStringLiteral("%1: %2 must be a list").arg(name, key.toString()));
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject r = entry.toObject();
        RuleSetPolicy::Rule rule;
        rule.id = r.value(u"id").toString();
        const QString where = QStringLiteral("%1: %2 rule '%3'").arg(name, key.toString(), rule.id);
        const auto verdict = verdictFromName(r.value(u"verdict").toString());
        rule.reason = r.value(u"reason").toString();
        rule.when = r.value(u"when");
        if (rule.id.isEmpty() || !verdict || rule.reason.isEmpty() || rule.when.isUndefined())
            return fail(PolicyError::Malformed,
                        where +
                            QStringLiteral(" needs id, when, verdict (admit, deny, staff-check) and reason"));
        rule.verdict = *verdict;
        rule.args = r.value(u"args");
        rule.validUntil = r.value(u"validUntil");
        rule.validUntilDate = r.value(u"validUntilDate");
        for (const QJsonValue &type : r.value(u"needs").toArray()) {
            if (!QStringList{QStringLiteral("vaccination"), QStringLiteral("test"),
                             QStringLiteral("recovery"), QStringLiteral("exemption")}
                     .contains(type.toString()))
                return fail(PolicyError::Malformed,
                            where + QStringLiteral(": needs lists statement types (vaccination, test, "
                                                   "recovery, exemption)"));
            rule.needs.append(type.toString());
        }
        if (!rule.needs.isEmpty() && *verdict != Verdict::Admit)
            return fail(PolicyError::Malformed,
                        where + QStringLiteral(": only an admit rule needs a second statement"));
        if (!rule.args.isUndefined() && !rule.args.isArray())
            return fail(PolicyError::Malformed,
                        where + QStringLiteral(": args is a list of CertLogic expressions"));
        for (const QJsonValue &expression : {rule.when, rule.args, rule.validUntil, rule.validUntilDate}) {
            if (expression.isUndefined())
                continue;
            if (auto checked = checkExpression(expression, where); !checked)
                return fail(checked.error());
        }
        rules.append(rule);
    }
    return rules;
}

// A reason's arguments, evaluated: each item as text, so the code a pass carries reaches staff as
// it is (a missing field, null, as empty); an expression that errors gives no arguments.
QStringList argumentsFrom(const QJsonValue &args, const QJsonObject &data)
{
    QStringList arguments;
    if (args.isUndefined())
        return arguments;
    const auto evaluated = certlogic::evaluate(args, data);
    if (!evaluated)
        return arguments;
    for (const QJsonValue &item : evaluated->toArray())
        arguments.append(item.isString() ? item.toString()
                         : item.isNull() ? QString()
                                         : item.toVariant().toString());
    return arguments;
}

// An evaluated date-time (ISO, UTC, from the evaluator) as an instant.
QDateTime instantFrom(const QJsonValue &value)
{
    const auto ms = value.isString() ? certlogic::parseDateTime(value.toString()) : std::nullopt;
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()) : QDateTime();
}

QJsonObject externalFor(const JudgeInput &input, const QJsonObject &valueSets)
{
    return {{QStringLiteral("validationClock"), input.now.toTimeZone(input.zone).toString(Qt::ISODateWithMs)},
            {QStringLiteral("validationDate"), input.today.toString(Qt::ISODate)},
            {QStringLiteral("venueType"), input.venueType},
            {QStringLiteral("timeZone"), QString::fromUtf8(input.zone.id())},
            {QStringLiteral("valueSets"), valueSets}};
}

} // namespace

Result<RuleSetPolicy, PolicyFailure> RuleSetPolicy::fromJson(const QJsonObject &object)
{
    if (object.value(u"format").toString() != u"passgate-rules" || object.value(u"version").toInt() != 1)
        return fail(PolicyError::Malformed, QStringLiteral("not a passgate-rules version 1 file"));
    auto info = readPolicyInfo(object);
    if (!info)
        return fail(info.error());
    RuleSetPolicy policy;
    policy.m_info = *info;
    auto statements = readRules(object, u"statementRules", info->name);
    if (!statements)
        return fail(statements.error());
    auto holders = readRules(object, u"holderRules", info->name);
    if (!holders)
        return fail(holders.error());
    auto venues = readRules(object, u"venueRules", info->name);
    if (!venues)
        return fail(venues.error());
    const QJsonObject otherwise = object.value(u"statementOtherwise").toObject();
    const auto verdict = verdictFromName(otherwise.value(u"verdict").toString());
    if (!verdict || *verdict == Verdict::Admit || otherwise.value(u"reason").toString().isEmpty())
        return fail(PolicyError::Malformed,
                    info->name + QStringLiteral(
                                     ": statementOtherwise needs a verdict (deny, staff-check) and reason"));
    policy.m_statementRules = *statements;
    policy.m_holderRules = *holders;
    policy.m_venueRules = *venues;
    policy.m_statementOtherwise = {*verdict, otherwise.value(u"reason").toString(), {}, {}};
    // EU value sets (external.valueSets.<id>: a list of codes), the file's own or a trust bundle's.
    const QJsonValue valueSets = object.value(u"valueSets");
    if (!valueSets.isUndefined() && !valueSets.isObject())
        return fail(PolicyError::Malformed,
                    info->name + QStringLiteral(": valueSets must be an object of code lists"));
    policy.m_valueSets = valueSets.toObject();
    return policy;
}

Decision RuleSetPolicy::decide(const Evidence &evidence, const Venue &venue, const QDateTime &now) const
{
    return decideOnEvidence(evidence, judgeInput(m_info.timeZoneId, venue.type, venue.timeZone, now), *this);
}

std::optional<Judgement> RuleSetPolicy::firstMatch(const QList<Rule> &rules, const QJsonObject &data,
                                                   const JudgeInput &input) const
{
    for (const Rule &rule : rules) {
        // An expression that errors on this data does not match, as an EU rule that errors fails.
        if (!certlogic::evaluatesTruthy(rule.when, data))
            continue;
        Judgement judgement{rule.verdict, rule.reason, {}, argumentsFrom(rule.args, data), rule.needs};
        if (!rule.validUntil.isUndefined()) {
            const auto until = certlogic::evaluate(rule.validUntil, data);
            judgement.validUntil = until ? instantFrom(*until) : QDateTime();
        } else if (!rule.validUntilDate.isUndefined()) {
            const auto until = certlogic::evaluate(rule.validUntilDate, data);
            const QDateTime day = until ? instantFrom(*until) : QDateTime();
            if (day.isValid())
                judgement.validUntil = day.date().startOfDay(input.zone).toUTC();
        }
        return judgement;
    }
    return std::nullopt;
}

Judgement RuleSetPolicy::judgeStatement(const Statement &statement, const QString &birthDate,
                                        const JudgeInput &input) const
{
    const QJsonObject data{{QStringLiteral("payload"), statementPayload(statement, birthDate, input.zone)},
                           {QStringLiteral("external"), externalFor(input, m_valueSets)}};
    return firstMatch(m_statementRules, data, input).value_or(m_statementOtherwise);
}

std::optional<Judgement> RuleSetPolicy::judgeHolder(const QString &birthDate, const JudgeInput &input) const
{
    const QJsonObject data{{QStringLiteral("payload"), QJsonObject{{QStringLiteral("dob"), birthDate}}},
                           {QStringLiteral("external"), externalFor(input, m_valueSets)}};
    return firstMatch(m_holderRules, data, input);
}

std::optional<Judgement> RuleSetPolicy::judgeVenue(const JudgeInput &input) const
{
    return firstMatch(m_venueRules,
                      QJsonObject{{QStringLiteral("external"), externalFor(input, m_valueSets)}}, input);
}

} // namespace passgate
