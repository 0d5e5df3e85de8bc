#pragma once

#include "checkin/CheckInService.h"
#include "policy/VenueDecision.h"
#include "trust/BundleStore.h"

#include <functional>

namespace passgate {

// CheckInService's read and decide steps over the trust bundle in force, so the kiosk's wiring is
// one line each. Every check-in takes the store's current bundle once (a snapshot an update cannot
// pull away); the store, clock and ledger callback must outlive the steps.
std::function<Result<DecodedPass, Reason>(const QString &, const QDateTime &)>
readPassStep(const BundleStore &store, const Clock &clock);

// `newestLedgerEntry` gives the time of the newest ledger entry (invalid when empty) for the clock check.
std::function<Decision(const Evidence &, const QDateTime &)>
decideStep(const BundleStore &store, VenueDecision venue, std::function<QDateTime()> newestLedgerEntry);

} // namespace passgate
