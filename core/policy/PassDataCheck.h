#pragma once

#include "checkin/Decision.h"
#include "checkin/Evidence.h"
#include "formats/DecodedPass.h"

#include <QDateTime>
#include <QList>

namespace passgate {

// What a genuine pass (signature, trust, expiry and revocation all fine) still leaves for a person:
//  - issued after `now`: the kiosk's clock is behind, or the pass comes from the future; either way
//    no validity window can be trusted. Reason "clock" {now, issued}, as in the clock-sanity rules;
//  - each of its data problems (schema, semantic checks): reason = the problem's code
//    {field, detail}, e.g. {"pass-data-malformed", {"v[0].ma", "..."}}.
QList<Reason> passDataReasons(const DecodedPass &pass, const QDateTime &now);

// Applied to the policy's decision on QR evidence: when any pass has such reasons they come first
// and the verdict is StaffCheck, never Deny (the signature proves who issued the pass, and a person
// can look at the visitor's ID) nor Admit (nothing is admitted on data a person has not seen). The
// policy's own reasons stay, so staff see what it could read. No valid-until: staff decide now.
Decision checkPassData(Decision decision, const Evidence &evidence, const QDateTime &now);

} // namespace passgate
