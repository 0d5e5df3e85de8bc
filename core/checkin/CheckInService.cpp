#include "checkin/CheckInService.h"

namespace passgate {

CheckInService::CheckInService(const Clock &clock, Steps steps)
    : m_clock(clock)
    , m_steps(std::move(steps))
{}

CheckInService::Outcome CheckInService::checkInQr(const QString &payload, Evidence context)
{
    const QDateTime now = m_clock.now();
    Evidence evidence = std::move(context);
    evidence.passes.clear();
    evidence.mode = CheckInMode::Qr;
    auto pass = m_steps.readPass(payload, now);
    if (!pass) {
        Decision refused;
        refused.verdict = Verdict::Deny;
        refused.reasons = {pass.error()};
        return finish(std::move(evidence), std::move(refused), now);
    }
    evidence.passes.append(std::move(pass).value());
    Decision decision = m_steps.decide(evidence, now);
    return finish(std::move(evidence), std::move(decision), now);
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
