#pragma once

#include "checkin/Decision.h"
#include "checkin/Evidence.h"
#include "formats/Statement.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace passgate {

// What the judge works with besides the evidence: the instant and the calendar day it falls on in
// the policy's zone (so "day 14" and "midnight" mean the same in every implementation).
struct JudgeInput
{
    QDateTime now;  // UTC
    QTimeZone zone; // the policy's zone, or the venue's
    QDate today;    // now's date in that zone
    QString venueType;
};

// One piece of evidence weighed: Admit (it counts), Deny (it does not, and why) or StaffCheck.
struct Judgement
{
    Verdict verdict = Verdict::Deny;
    QString reason;
    QDateTime validUntil; // Admit: when it stops counting; invalid = no end
    QStringList args;     // for the reason's sentence, e.g. the identifiers of failed rules
    // Admit only beside another admitted statement of one of these types ("test"; "vaccination",
    // "recovery"): a 2G+ rule. Empty: it counts alone.
    QStringList needs = {};
};

// The policy-specific part of a decision. The frame (decideOnEvidence) is the same for presets and
// CertLogic rule sets, so both express only what differs between policies.
class EvidenceJudge
{
public:
    virtual ~EvidenceJudge() = default;
    // One statement (from a verified pass or read off paper by staff).
    virtual Judgement judgeStatement(const Statement &statement, const QString &birthDate,
                                     const JudgeInput &input) const = 0;
    // The holder by age alone (e.g. minors are exempt); nothing when the policy has no age rule.
    virtual std::optional<Judgement> judgeHolder(const QString &birthDate, const JudgeInput &input) const = 0;
    // What the venue allows when no evidence admitted (e.g. one person seated alone, staff decide).
    virtual std::optional<Judgement> judgeVenue(const JudgeInput &input) const = 0;
};

// The frame every policy decides in:
//  1. each statement is judged; any Admit admits (paper statements only once staff checked the ID,
//     else StaffCheck "id-check"); validUntil is the latest end among the admitting statements;
//     an Admit that needs a second statement counts only beside an admitted statement of a type it
//     names (until the earlier of the two ends); with none beside it (and nothing in 2 or 3) the
//     decision is Deny "second-statement-needed" {types}, Decision::awaiting naming what completes it;
//  2. otherwise the holder's age (a pass's birth date, or one staff typed, which needs the ID seen);
//  3. otherwise a StaffCheck when a statement was judged StaffCheck (a code the policy cannot
//     place): its reasons first, then "second-statement-needed" when a 2G+ half waits, then the rest;
//  4. otherwise a StaffCheck from the venue's allowance, with the statements' reasons after it;
//  5. otherwise Deny with every statement's reason ("no-evidence" when there was none).
Decision decideOnEvidence(const Evidence &evidence, const JudgeInput &input, const EvidenceJudge &judge);

// The policy's zone for a venue: the policy's own when it names one, else the venue's.
JudgeInput judgeInput(const QString &policyZoneId, const QString &venueType, const QTimeZone &venueZone,
                      const QDateTime &now);

} // namespace passgate
