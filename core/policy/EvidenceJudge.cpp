#include "policy/EvidenceJudge_p.h"

#include "policy/PolicyReasons.h"

namespace passgate {

namespace {

void addReason(QList<Reason> &reasons, const QString &code, const QStringList &args = {})
{
    const Reason reason{code, args};
    if (!code.isEmpty() && !reasons.contains(reason))
        reasons.append(reason);
}

void addReason(QList<Reason> &reasons, const Judgement &judgement)
{
    addReason(reasons, judgement.reason, judgement.args);
}

} // namespace

JudgeInput judgeInput(const QString &policyZoneId, const QString &venueType, const QTimeZone &venueZone,
                      const QDateTime &now)
{
    JudgeInput input;
    input.now = now.toUTC();
    input.zone = policyZoneId.isEmpty() ? venueZone : QTimeZone(policyZoneId.toUtf8());
    if (!input.zone.isValid())
        input.zone = venueZone.isValid() ? venueZone : QTimeZone::utc();
    input.today = input.now.toTimeZone(input.zone).date();
    input.venueType = venueType;
    return input;
}

Decision decideOnEvidence(const Evidence &evidence, const JudgeInput &input, const EvidenceJudge &judge)
{
    QString birthDate;
    bool birthDateFromPass = false;
    for (const DecodedPass &pass : evidence.passes) {
        if (!pass.birthDate.isEmpty()) {
            birthDate = pass.birthDate;
            birthDateFromPass = true;
            break;
        }
    }
    if (birthDate.isEmpty())
        birthDate = evidence.holderBirthDate;

    struct Weighed
    {
        Judgement judgement;
        bool fromPaper;
    };
    QList<Weighed> weighed;
    for (const DecodedPass &pass : evidence.passes)
        weighed.append({judge.judgeStatement(pass.statement, birthDate, input), false});
    for (const Statement &statement : evidence.paperStatements)
        weighed.append({judge.judgeStatement(statement, birthDate, input), true});

    Decision decision;
    bool admitted = false;
    bool openEnded = false;
    bool paperAwaitsId = false;
    for (const Weighed &item : weighed) {
        if (item.judgement.verdict != Verdict::Admit)
            continue;
        if (item.fromPaper && !evidence.idChecked) {
            paperAwaitsId = true;
            continue;
        }
        admitted = true;
        addReason(decision.reasons, item.judgement);
        if (!item.judgement.validUntil.isValid())
            openEnded = true;
        else if (!decision.validUntil.isValid() || item.judgement.validUntil > decision.validUntil)
            decision.validUntil = item.judgement.validUntil;
    }
    if (admitted) {
        decision.verdict = Verdict::Admit;
        if (openEnded)
            decision.validUntil = QDateTime();
        return decision;
    }
    decision.validUntil = QDateTime();

    QList<Reason> statementReasons;
    if (!birthDate.isEmpty()) {
        if (const auto holder = judge.judgeHolder(birthDate, input);
            holder && holder->verdict == Verdict::Admit) {
            if (birthDateFromPass || evidence.idChecked) {
                decision.verdict = Verdict::Admit;
                decision.validUntil = holder->validUntil;
                addReason(decision.reasons, *holder);
                return decision;
            }
            paperAwaitsId = true;
            addReason(statementReasons, *holder);
        }
    }
    for (const Weighed &item : weighed)
        addReason(statementReasons, item.judgement);

    if (paperAwaitsId) {
        decision.verdict = Verdict::StaffCheck;
        addReason(decision.reasons, reason::idCheck);
        decision.reasons.append(statementReasons);
        return decision;
    }
    for (const Weighed &item : weighed) {
        if (item.judgement.verdict == Verdict::StaffCheck) {
            decision.verdict = Verdict::StaffCheck;
            decision.reasons = statementReasons;
            return decision;
        }
    }
    if (const auto venue = judge.judgeVenue(input); venue && venue->verdict != Verdict::Admit) {
        decision.verdict = venue->verdict;
        addReason(decision.reasons, *venue);
        for (const Reason &r : statementReasons)
            addReason(decision.reasons, r.code, r.args);
        return decision;
    }
    decision.verdict = Verdict::Deny;
    decision.reasons = statementReasons;
    if (decision.reasons.isEmpty())
        addReason(decision.reasons, reason::noEvidence);
    return decision;
}

} // namespace passgate
