#include "policy/EuRulesPolicy_p.h"

#include "policy/PolicyReasons.h"
#include "policy/StatementPayload_p.h"
#include "policy/certlogic/Evaluator.h"
#include "policy/certlogic/Validator.h"

#include <QJsonArray>

namespace passgate {

namespace {

QString certificateTypeOf(const Statement &statement)
{
    switch (statementType(statement)) {
    case StatementType::Vaccination:
        return QStringLiteral("Vaccination");
    case StatementType::Test:
        return QStringLiteral("Test");
    case StatementType::Recovery:
        return QStringLiteral("Recovery");
    case StatementType::Exemption:
        break;
    }
    return {};
}

} // namespace

Result<EuRulesPolicy, PolicyFailure> EuRulesPolicy::fromJson(const QJsonObject &object)
{
    if (object.value(u"format").toString() != u"eu-dcc-rules" || object.value(u"version").toInt() != 1)
        return fail(PolicyError::Malformed, QStringLiteral("not an eu-dcc-rules version 1 file"));
    auto info = readPolicyInfo(object);
    if (!info)
        return fail(info.error());
    EuRulesPolicy policy;
    policy.m_info = *info;
    policy.m_valueSets = object.value(u"valueSets").toObject();
    const QJsonArray rules = object.value(u"rules").toArray();
    if (rules.isEmpty())
        return fail(PolicyError::Malformed, info->name + QStringLiteral(": rules must be a non-empty list"));
    for (const QJsonValue &entry : rules) {
        const QJsonObject r = entry.toObject();
        Rule rule;
        rule.identifier = r.value(u"Identifier").toString();
        rule.certificateType = r.value(u"CertificateType").toString();
        rule.validFrom = QDateTime::fromString(r.value(u"ValidFrom").toString(), Qt::ISODate).toUTC();
        rule.validTo = QDateTime::fromString(r.value(u"ValidTo").toString(), Qt::ISODate).toUTC();
        rule.logic = r.value(u"Logic");
        const QString where = QStringLiteral("%1: rule '%2'").arg(info->name, rule.identifier);
        const QString type = r.value(u"Type").toString();
        if (rule.identifier.isEmpty() || (type != u"Acceptance" && type != u"Invalidation") ||
            !QStringList{QStringLiteral("General"), QStringLiteral("Vaccination"), QStringLiteral("Test"),
                         QStringLiteral("Recovery")}
                 .contains(rule.certificateType) ||
            !rule.validFrom.isValid() || !rule.validTo.isValid() || rule.logic.isUndefined())
            return fail(PolicyError::Malformed,
                        where + QStringLiteral(" needs Identifier, Type, CertificateType, "
                                               "ValidFrom, ValidTo and Logic"));
        if (const auto issues = certlogic::validate(rule.logic); !issues.isEmpty())
            return fail(PolicyError::NotCertLogic, where + QStringLiteral(": ") + issues.first().message);
        policy.m_rules.append(rule);
    }
    return policy;
}

Decision EuRulesPolicy::decide(const Evidence &evidence, const Venue &venue, const QDateTime &now) const
{
    return decideOnEvidence(evidence, judgeInput(m_info.timeZoneId, venue.type, venue.timeZone, now), *this);
}

Judgement EuRulesPolicy::judgeStatement(const Statement &statement, const QString &birthDate,
                                        const JudgeInput &input) const
{
    const QString type = certificateTypeOf(statement);
    if (type.isEmpty())
        return {Verdict::Deny, reason::notAccepted, {}, {}};
    const QJsonObject data{
        {QStringLiteral("payload"), statementPayload(statement, birthDate, input.zone)},
        {QStringLiteral("external"),
         QJsonObject{{QStringLiteral("validationClock"), input.now.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("valueSets"), m_valueSets}}}};
    QStringList failed;
    for (const Rule &rule : m_rules) {
        const bool applies = (rule.certificateType == u"General" || rule.certificateType == type) &&
                             rule.validFrom <= input.now && input.now <= rule.validTo;
        if (applies && !certlogic::evaluatesTruthy(rule.logic, data))
            failed.append(rule.identifier);
    }
    if (!failed.isEmpty())
        return {Verdict::Deny, reason::ruleFailed, {}, failed};
    return {Verdict::Admit,
            type == u"Vaccination" ? reason::vaccinated
            : type == u"Test"      ? reason::tested
                                   : reason::recovered,
            {},
            {}};
}

} // namespace passgate
