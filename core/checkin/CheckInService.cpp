#include "checkin/CheckInService.h"

namespace passgate {

CheckInService::CheckInService(const Clock &clock, Steps steps)
    : m_clock(clock)
    , m_steps(std::move(steps))
{}

Decision CheckInService::readAndDecide(const QString &payload, Evidence &evidence, const QDateTime &now)
{
    evidence.passes.clear();
    evidence.mode = CheckInMode::Qr;
    auto pass = m_steps.readPass(payload, now);
    if (!pass) {
        Decision refused;
        refused.verdict = Verdict::Deny;
        refused.reasons = {pass.error()};
        return refused;
    }
    evidence.passes.append(std::move(pass).value());
    return m_steps.decide(evidence, now);
}

CheckInService::Outcome CheckInService::checkInQr(const QString &payload, Evidence context)
{
    const QDateTime now = m_clock.now();
    Evidence evidence = std::move(context);
    Decision decision = readAndDecide(payload, evidence, now);
    return finish(std::move(evidence), std::move(decision), now);
}

CheckInService::Outcome CheckInService::demonstrateQr(const QString &payload, Evidence context)
{
    Outcome outcome;
    outcome.at = m_clock.now();
    outcome.evidence = std::move(context);
    outcome.decision = readAndDecide(payload, outcome.evidence, outcome.at);
    outcome.notRecordedBecause = Reason{reason::demonstration, {}};
    return outcome;
}

CheckInService::Outcome CheckInService::checkIn(Evidence evidence)
{
    const QDateTime now = m_clock.now();
    Decision decision = m_steps.decide(evidence, now);
    return finish(std::move(evidence), std::move(decision), now);
}

CheckInService::Outcome CheckInService::override(const Outcome &previous, Verdict verdict,
                                                 const QString &reason, const QString &staffId)
{
    const QDateTime now = m_clock.now();
    Evidence evidence = previous.evidence;
    evidence.mode = CheckInMode::Override;
    evidence.staffId = staffId;
    Decision decision;
    if (reason.trimmed().isEmpty() || staffId.trimmed().isEmpty()) {
        // An override nobody explains is not an override: the previous decision stands, unrecorded again.
        Outcome refused = previous;
        refused.decision.reasons.prepend({reason::noReasonGiven, {}});
        refused.recorded = false;
        refused.notRecordedBecause = Reason{reason::noReasonGiven, {}};
        return refused;
    }
    decision.verdict = verdict;
    decision.reasons = {{reason::override, {reason.trimmed()}}};
    decision.reasons.append(previous.decision.reasons);
    return finish(std::move(evidence), std::move(decision), now);
}

CheckInService::Outcome CheckInService::attest(Evidence evidence)
{
    const QDateTime now = m_clock.now();
    evidence.mode = CheckInMode::Attested;
    if (evidence.staffId.trimmed().isEmpty() || evidence.attested.trimmed().isEmpty()) {
        Outcome refused;
        refused.evidence = std::move(evidence);
        refused.at = now;
        refused.decision.verdict = Verdict::Deny;
        refused.decision.reasons = {{reason::attestationIncomplete, {}}};
        refused.notRecordedBecause = Reason{reason::attestationIncomplete, {}};
        return refused;
    }
    Decision decision;
    decision.verdict = Verdict::Admit;
    decision.reasons = {{reason::staffAttested, {evidence.attested.trimmed()}}};
    return finish(std::move(evidence), std::move(decision), now);
}

CheckInService::Outcome CheckInService::finish(Evidence evidence, Decision decision, const QDateTime &at)
{
    Outcome outcome;
    outcome.at = at;
    auto written = m_steps.record(evidence, decision, at);
    if (written) {
        m_blockedBecause.reset();
        outcome.recorded = true;
        outcome.decision = std::move(decision);
    } else {
        m_blockedBecause = written.error();
        outcome.notRecordedBecause = written.error();
        outcome.decision.verdict = Verdict::Deny;
        outcome.decision.reasons = {{reason::notRecorded, {written.error().code}}};
        outcome.decision.reasons.append(written.error());
    }
    outcome.evidence = std::move(evidence);
    return outcome;
}

} // namespace passgate
