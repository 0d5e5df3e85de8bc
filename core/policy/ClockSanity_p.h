#pragma once

#include "checkin/Decision.h"

#include <QDateTime>

#include <optional>

namespace passgate {

// Times the kiosk knows must lie in the past: if the clock reads earlier than either, it was set
// back (or lost its battery) and no validity window can be trusted.
struct TimeReferences
{
    QDateTime newestLedgerEntry; // invalid = empty ledger
    QDateTime bundleIssued;      // the installed trust bundle's `issued`; invalid = none installed
    QDateTime bundleExpires;     // its `expires`
};

// Applied to every policy decision, after the policy:
//  - clock earlier than the newest ledger entry or the bundle's issue time: StaffCheck, reason
//    "clock" {now, the later reference} first;
//  - past the bundle's expiry: reason "trust-list-expired" {expires} first, and an Admit becomes a
//    StaffCheck: signatures are still checked, but nothing is accepted silently on stale trust.
Decision checkClockAndTrust(Decision decision, const QDateTime &now, const TimeReferences &references);

// The clock rule alone: the latest reference `now` is earlier than, or nothing when the clock is
// not behind any (for the status bar; checkClockAndTrust applies the same rule).
std::optional<QDateTime> clockBehind(const QDateTime &now, const TimeReferences &references);

// The one expiry rule for a trust list, for verdicts and for the status bar alike: expired from the
// instant `expires` on. An invalid `expires` never expires.
bool trustListExpired(const QDateTime &expires, const QDateTime &now);

} // namespace passgate
