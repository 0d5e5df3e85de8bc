#include "checkin/CheckInService.h"

#include "common/TypedLine.h"
#include "formats/ScannedText.h"

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

namespace {

// The holder as the passes' issuers spell it for machines: ICAO 9303 standardised names when the
// format has them (the printed ones otherwise), and the birth date.
QString holderKey(const DecodedPass &pass)
{
    const auto part = [](const QString &standardised, const QString &printed) {
        return (standardised.isEmpty() ? printed : standardised).simplified().toUpper();
    };
    return part(pass.holder.familyStandardised, pass.holder.family) + u'<' +
           part(pass.holder.givenStandardised, pass.holder.given) + u'|' + pass.birthDate.trimmed();
}

} // namespace

CheckInService::Outcome CheckInService::checkInQr(const QString &payload, Evidence context)
{
    // A window that passed before the station's timer fired ends here, before this pass is read:
    // this pass is then judged on its own, whoever it belongs to.
    std::optional<Outcome> ended = expireHeldPass();
    const QDateTime now = m_clock.now();
    Evidence evidence = std::move(context);
    if (auto answered = notAPass(payload, evidence, now))
        return withEnded(std::move(*answered), std::move(ended));
    Decision decision = readAndDecide(payload, evidence, now);
    if (evidence.passes.isEmpty()) // unreadable, forged, untrusted: refused on its own
        return withEnded(finish(std::move(evidence), std::move(decision), now), std::move(ended));

    if (m_held) {
        Held held = std::move(*m_held);
        m_held.reset();
        if (holderKey(held.evidence.passes.constFirst()) == holderKey(evidence.passes.constFirst())) {
            Evidence both = std::move(held.evidence);
            both.passes.append(evidence.passes.constFirst());
            Decision onBoth = m_steps.decide(both, now);
            onBoth.awaiting.clear(); // two passes that still do not make it: the verdict is final
            return finish(std::move(both), std::move(onBoth), now);
        }
        // Someone else's pass: the waiting visitor's check-in ends, and this one starts afresh.
        held.decision.reasons.prepend({reason::secondPassOtherPerson, {}});
        held.decision.awaiting.clear();
        ended = finish(std::move(held.evidence), std::move(held.decision), now);
    }
    if (!decision.awaiting.isEmpty()) {
        m_held = Held{evidence, decision, now};
        Outcome waiting;
        waiting.evidence = std::move(evidence);
        waiting.decision = std::move(decision);
        waiting.at = now;
        waiting.notRecordedBecause = Reason{reason::awaitingSecondPass, waiting.decision.awaiting};
        waiting.awaitingSecondPass = true;
        return withEnded(std::move(waiting), std::move(ended));
    }
    return withEnded(finish(std::move(evidence), std::move(decision), now), std::move(ended));
}

CheckInService::Outcome CheckInService::withEnded(Outcome outcome, std::optional<Outcome> ended)
{
    if (ended)
        outcome.endedHeldCheckIn = std::make_shared<const Outcome>(std::move(*ended));
    return outcome;
}

std::optional<CheckInService::Outcome> CheckInService::expireHeldPass()
{
    if (!m_held || m_clock.now() < heldPassDeadline())
        return std::nullopt;
    Held held = std::move(*m_held);
    m_held.reset();
    held.decision.reasons.prepend({reason::secondPassMissing, held.decision.awaiting});
    held.decision.awaiting.clear();
    return finish(std::move(held.evidence), std::move(held.decision), m_clock.now());
}

QDateTime CheckInService::heldPassDeadline() const
{
    return m_held ? m_held->since.addSecs(m_pairWindowSeconds) : QDateTime();
}

std::optional<CheckInService::Outcome> CheckInService::notAPass(const QString &payload, Evidence &context,
                                                                const QDateTime &at)
{
    const ScannedTextKind kind = classifyScannedText(payload);
    if (kind == ScannedTextKind::Pass)
        return std::nullopt;
    Outcome outcome;
    outcome.at = at;
    outcome.evidence = std::move(context);
    outcome.evidence.mode = CheckInMode::Qr;
    outcome.evidence.passes.clear();
    outcome.decision.verdict = Verdict::Deny; // nobody comes in on it
    outcome.decision.reasons = {Reason{reason::notAPass, {scannedTextKindName(kind)}}};
    outcome.notRecordedBecause = outcome.decision.reasons.constFirst();
    outcome.notAPass = true;
    return outcome;
}

CheckInService::Outcome CheckInService::demonstrateQr(const QString &payload, Evidence context)
{
    if (auto answered = notAPass(payload, context, m_clock.now()))
        return *answered;
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
    decision.reasons = {{reason::override, {typedLine(reason, 200)}}};
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
    decision.reasons = {{reason::staffAttested, {typedLine(evidence.attested, 200)}}};
    return finish(std::move(evidence), std::move(decision), now);
}

CheckInService::Outcome CheckInService::finish(Evidence evidence, Decision decision, const QDateTime &at)
{
    Outcome outcome;
    outcome.at = at;
    // What people typed reaches the ledger, exports and screens as one plain line.
    evidence.staffId = typedLine(evidence.staffId, 64);
    evidence.homeDistrict = typedLine(evidence.homeDistrict, 64);
    evidence.attested = typedLine(evidence.attested, 200);
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
