#include "policy/EvidenceJudge_p.h"

#include "policy/PolicyReasons.h"

#include <algorithm>
#include <optional>

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
        QString type; // statementTypeCode: what a second statement must be
    };
    QList<Weighed> weighed;
    for (const DecodedPass &pass : evidence.passes)
        weighed.append({judge.judgeStatement(pass.statement, birthDate, input), false,
                        statementTypeCode(statementType(pass.statement))});
    for (const Statement &statement : evidence.paperStatements)
        weighed.append({judge.judgeStatement(statement, birthDate, input), true,
                        statementTypeCode(statementType(statement))});

    Decision decision;
    bool admitted = false;
    bool openEnded = false;
    bool paperAwaitsId = false;
    QList<qsizetype> candidates; // admitted statements, paper ones only with the ID seen
    for (qsizetype i = 0; i < weighed.size(); ++i) {
        if (weighed.at(i).judgement.verdict != Verdict::Admit)
            continue;
        if (weighed.at(i).fromPaper && !evidence.idChecked) {
            paperAwaitsId = true;
            continue;
        }
        candidates.append(i);
    }
    // The earlier of two ends; invalid is no end.
    const auto earlier = [](const QDateTime &a, const QDateTime &b) {
        return !a.isValid() ? b : !b.isValid() ? a : std::min(a, b);
    };
    QStringList awaiting;
    QList<Reason> awaitingReasons;
    for (const qsizetype i : candidates) {
        const Judgement &judgement = weighed.at(i).judgement;
        QDateTime until = judgement.validUntil;
        if (!judgement.needs.isEmpty()) {
            // Beside the second statement that lasts longest; the pair counts while both do.
            std::optional<QDateTime> partner;
            for (const qsizetype k : candidates) {
                if (k == i || !judgement.needs.contains(weighed.at(k).type))
                    continue;
                const QDateTime end = weighed.at(k).judgement.validUntil;
                if (!partner || !end.isValid() || (partner->isValid() && end > *partner))
                    partner = end;
            }
            if (!partner) {
                for (const QString &type : judgement.needs)
                    if (!awaiting.contains(type))
                        awaiting.append(type);
                addReason(awaitingReasons, judgement);
                continue;
            }
            until = earlier(until, *partner);
        }
        admitted = true;
        addReason(decision.reasons, judgement);
        if (!until.isValid())
            openEnded = true;
        else if (!decision.validUntil.isValid() || until > decision.validUntil)
            decision.validUntil = until;
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
    // A statement staff must judge (e.g. a vaccine the policy does not recognise) makes it theirs,
    // before any Deny: what they must judge first, then what a 2G+ half still wants, then the rest.
    QList<Reason> staffReasons;
    for (const Weighed &item : weighed) {
        if (item.judgement.verdict == Verdict::StaffCheck)
            addReason(staffReasons, item.judgement);
    }
    if (!staffReasons.isEmpty()) {
        decision.verdict = Verdict::StaffCheck;
        decision.reasons = staffReasons;
        if (!awaiting.isEmpty())
            addReason(decision.reasons, reason::secondStatementNeeded, awaiting);
        for (const Reason &r : statementReasons)
            addReason(decision.reasons, r.code, r.args);
        return decision;
    }
    // Half of a two-statement rule: the visitor shows the other pass next (CheckInService waits).
    if (!awaiting.isEmpty()) {
        decision.verdict = Verdict::Deny;
        addReason(decision.reasons, reason::secondStatementNeeded, awaiting);
        decision.reasons.append(awaitingReasons);
        for (const Reason &r : statementReasons) // and why the others did not count
            addReason(decision.reasons, r.code, r.args);
        decision.awaiting = awaiting;
        return decision;
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
