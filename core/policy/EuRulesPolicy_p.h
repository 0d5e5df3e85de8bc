#pragma once

#include "policy/EvidenceJudge_p.h"
#include "policy/Policy.h"
#include "policy/PolicyFile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace passgate {

// EU DCC gateway business rules, run unchanged (format "eu-dcc-rules"): the rules exactly as the
// gateway publishes them (Identifier, Type, CertificateType, ValidFrom, ValidTo, Logic, ...) and the
// value sets they read. A statement is admitted when every rule that applies to it — its
// certificate type or General, in force now — is truthy on {payload, external: {validationClock,
// valueSets}}; otherwise denied with "rule-failed" {the failing identifiers}. Evaluation errors
// fail the rule, as in the EU validators. Exemptions are outside the scheme: not-accepted.
class EuRulesPolicy final : public Policy, private EvidenceJudge
{
public:
    struct Rule
    {
        QString identifier;
        QString certificateType; // General, Vaccination, Test, Recovery
        QDateTime validFrom;
        QDateTime validTo;
        QJsonValue logic;
    };

    static Result<EuRulesPolicy, PolicyFailure> fromJson(const QJsonObject &object);

    const PolicyInfo &info() const override { return m_info; }
    using Policy::decide;
    Decision decide(const Evidence &evidence, const Venue &venue, const QDateTime &now) const override;
    const QList<Rule> &rules() const { return m_rules; }

private:
    EuRulesPolicy() = default;

    Judgement judgeStatement(const Statement &statement, const QString &birthDate,
                             const JudgeInput &input) const override;
    std::optional<Judgement> judgeHolder(const QString &, const JudgeInput &) const override
    {
        return std::nullopt;
    }
    std::optional<Judgement> judgeVenue(const JudgeInput &) const override { return std::nullopt; }

    PolicyInfo m_info;
    QList<Rule> m_rules;
    QJsonObject m_valueSets;
};

} // namespace passgate
