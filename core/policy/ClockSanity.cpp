#include "policy/ClockSanity.h"

#include "policy/PolicyReasons.h"

namespace passgate {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

Decision checkClockAndTrust(Decision decision, const QDateTime &now, const TimeReferences &references)
{
    if (references.bundleExpires.isValid() && now >= references.bundleExpires) {
        decision.reasons.prepend({reason::trustListExpired, {iso(references.bundleExpires)}});
        if (decision.verdict == Verdict::Admit)
            decision.verdict = Verdict::StaffCheck;
    }
    QDateTime latest;
    for (const QDateTime &reference : {references.newestLedgerEntry, references.bundleIssued}) {
        if (reference.isValid() && (!latest.isValid() || reference > latest))
            latest = reference;
    }
    if (latest.isValid() && now < latest) {
        decision.reasons.prepend({reason::clock, {iso(now), iso(latest)}});
        decision.verdict = Verdict::StaffCheck;
        decision.validUntil = QDateTime();
    }
    return decision;
}

} // namespace passgate
