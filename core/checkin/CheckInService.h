#pragma once

#include "checkin/Decision.h"
#include "checkin/Evidence.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace passgate {

// One check-in, whatever it rests on, decided and recorded in one order:
//   evidence (a QR read through the pass verifier, or phone / paper / override evidence)
//   -> trust and revocation (inside the pass reader) -> venue policy -> Decision
//   -> ledger append, durable before the caller may show anything.
// The steps are injected so the service owns the order and the failure rules, not the formats,
// the rule sets or the storage; the kiosk wires the real verifier, policy and ledger in one place.
class CheckInService
{
public:
    struct Steps
    {
        // QR text -> verified pass (signature, trust, revocation), or the reason it is refused.
        std::function<Result<DecodedPass, Reason>(const QString &payload, const QDateTime &now)> readPass;
        // The venue's policy on the evidence, at `now`.
        std::function<Decision(const Evidence &evidence, const QDateTime &now)> decide;
        // Durable append; returns after the entry is on disk, or the reason it could not be written.
        std::function<Result<void, Reason>(const Evidence &evidence, const Decision &decision,
                                           const QDateTime &at)>
            record;
    };

    struct Outcome
    {
        Evidence evidence;
        Decision decision; // what to show; when not recorded, a Deny with the ledger's reason
        bool recorded = false;
        std::optional<Reason> notRecordedBecause;
        QDateTime at; // UTC, from the clock
        // 2G+: this pass counts only beside a second one (decision.awaiting says which kinds); the
        // service holds it, unrecorded, until the second is scanned or the window ends.
        bool awaitingSecondPass = false;
        // The text claims to be no pass at all (typed text, a web address): nobody was checked in, so
        // nothing is recorded and a held 2G+ pass keeps waiting. decision says what it looks like.
        bool notAPass = false;
        // 2G+: the check-in of another visitor that this scan ended (their first pass was held and this
        // pass is someone else's, or their window had passed), already recorded as a Deny. It belongs
        // to that visitor's record, not to this screen: whoever shows this outcome shows this pass's
        // holder only. Null when the scan ended nobody's check-in.
        std::shared_ptr<const Outcome> endedHeldCheckIn;
    };

    // How long a held first pass waits for its second (2G+).
    static constexpr int DefaultPairWindowSeconds = 120;

    CheckInService(const Clock &clock, Steps steps);

    // A scanned QR: an unreadable, forged, untrusted or revoked pass is a Deny with the reader's
    // reason (and is recorded like any other check-in). `context` carries what the kiosk adds to any
    // check-in (front-desk category and department); its mode and passes are set here.
    // Under a two-statement policy (2G+) a pass that counts only beside another is held, unrecorded
    // (awaitingSecondPass); the next pass within the window completes it: same holder (standardised
    // name and birth date) -> one check-in naming both passes, decided on both; another holder ->
    // the held visitor's check-in ends as Deny "second-pass-other-person" (endedHeldCheckIn) and this
    // pass starts its own holder's check-in, as if nobody had been waiting. A held pass whose window
    // has passed ends the same way ("second-pass-missing") before this pass is read.
    // A pass that cannot be read meanwhile is refused on its own and the held one keeps waiting.
    // A text that is no pass (ScannedText.h) is answered, unrecorded, as notAPass.
    Outcome checkInQr(const QString &payload, Evidence context = {});
    // The held first pass once its window has passed: recorded as Deny "second-pass-missing"; nothing
    // when no pass is held or its window is still open. The station calls it when the window ends.
    std::optional<Outcome> expireHeldPass();
    // When the held pass's window ends (invalid when none is held).
    QDateTime heldPassDeadline() const;
    void setPairWindowSeconds(int seconds) { m_pairWindowSeconds = seconds; }
    // The same reading and decision for a pass shown only to demonstrate the kiosk (the demo source):
    // nothing is recorded, so demo passes never count as visitors or reach a contact export.
    // recorded is false with notRecordedBecause {"demonstration"}; the decision is the real one.
    Outcome demonstrateQr(const QString &payload, Evidence context = {});
    // Phone, paper (and any later kind of evidence): the policy decides on the evidence as given.
    Outcome checkIn(Evidence evidence);
    // Staff vouch for a pass they saw by eye while the visitors' pass apps were down: mode Attested,
    // Admit with the reason "staff-attested" {what they saw}. Without a staff id or what was seen it
    // is refused unrecorded, like an unexplained override.
    Outcome attest(Evidence evidence);
    // Staff decide against `previous`: recorded as mode Override with the staff id, the chosen
    // verdict and the reason code "override" whose first argument is the staff's words.
    Outcome override(const Outcome &previous, Verdict verdict, const QString &reason, const QString &staffId);

    // True after an append failed and until one succeeds: the kiosk cannot record, so it must not
    // admit anyone; the reason is the ledger's.
    bool blocked() const { return m_blockedBecause.has_value(); }
    std::optional<Reason> blockedBecause() const { return m_blockedBecause; }

private:
    Decision readAndDecide(const QString &payload, Evidence &evidence, const QDateTime &now);
    Outcome finish(Evidence evidence, Decision decision, const QDateTime &at);
    static Outcome withEnded(Outcome outcome, std::optional<Outcome> ended);
    static std::optional<Outcome> notAPass(const QString &payload, Evidence &context, const QDateTime &at);

    struct Held
    {
        Evidence evidence;
        Decision decision;
        QDateTime since;
    };

    const Clock &m_clock;
    Steps m_steps;
    std::optional<Reason> m_blockedBecause;
    std::optional<Held> m_held;
    int m_pairWindowSeconds = DefaultPairWindowSeconds;
};

// Reason codes the service itself produces.
namespace reason {
inline const QString notRecorded = QStringLiteral("not-recorded"); // {ledger's reason}
inline const QString override = QStringLiteral("override");        // {staff's words}
inline const QString noReasonGiven = QStringLiteral("override-reason-missing");
inline const QString demonstration = QStringLiteral("demonstration");             // a demo pass, not recorded
inline const QString staffAttested = QStringLiteral("staff-attested");            // {what staff saw}
inline const QString awaitingSecondPass = QStringLiteral("awaiting-second-pass"); // {types}, unrecorded
inline const QString secondPassMissing = QStringLiteral("second-pass-missing");   // {types}
inline const QString secondPassOtherPerson = QStringLiteral("second-pass-other-person");
inline const QString attestationIncomplete = QStringLiteral("attestation-incomplete");
inline const QString notAPass = QStringLiteral("not-a-pass"); // {web-address|empty|other}, unrecorded
} // namespace reason

} // namespace passgate
