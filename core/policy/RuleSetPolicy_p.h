#pragma once

#include "policy/EvidenceJudge_p.h"
#include "policy/Policy.h"
#include "policy/PolicyFile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace passgate {

// A policy written as CertLogic (format "passgate-rules", docs/policy.md): three ordered lists of
// rules, each {id, when, verdict, reason, args?, validUntil?, validUntilDate?}; the first rule whose
// `when` is truthy gives the judgement, its reason's arguments evaluated from `args` (a list of
// CertLogic expressions, e.g. [{"var": "payload.v.0.mp"}]: the code staff must judge). Statement
// rules see {payload (StatementPayload), external}; holder rules {payload: {dob}, external}; venue
// rules {external}. `external` holds validationClock (now, ISO with the zone's offset),
// validationDate (today in the policy's zone, YYYY-MM-DD), venueType and timeZone. Loading refuses
// any expression outside CertLogic.
class RuleSetPolicy final : public Policy, private EvidenceJudge
{
public:
    struct Rule
    {
        QString id;
        QJsonValue when;
        Verdict verdict = Verdict::Deny;
        QString reason;
        QJsonValue args;           // the reason's arguments: a list, each item as text (null: "")
        QJsonValue validUntil;     // an instant
        QJsonValue validUntilDate; // a date: the evidence counts until that local day starts
        QStringList needs;         // 2G+: admit only beside an admitted statement of these types
    };

    static Result<RuleSetPolicy, PolicyFailure> fromJson(const QJsonObject &object);

    const PolicyInfo &info() const override { return m_info; }
    using Policy::decide;
    Decision decide(const Evidence &evidence, const Venue &venue, const QDateTime &now) const override;

private:
    RuleSetPolicy() = default;

    Judgement judgeStatement(const Statement &statement, const QString &birthDate,
                             const JudgeInput &input) const override;
    std::optional<Judgement> judgeHolder(const QString &birthDate, const JudgeInput &input) const override;
    std::optional<Judgement> judgeVenue(const JudgeInput &input) const override;

    std::optional<Judgement> firstMatch(const QList<Rule> &rules, const QJsonObject &data,
                                        const JudgeInput &input) const;

    PolicyInfo m_info;
    QList<Rule> m_statementRules;
    Judgement m_statementOtherwise;
    QJsonObject m_valueSets; // external.valueSets
    QList<Rule> m_holderRules;
    QList<Rule> m_venueRules;
};

} // namespace passgate
