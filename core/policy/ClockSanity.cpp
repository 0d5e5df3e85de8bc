#include "policy/ClockSanity_p.h"

#include "policy/PolicyReasons.h"

namespace passgate {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

bool trustListExpired(const QDateTime &expires, const QDateTime &now)
{
    return expires.isValid() && now >= expires;
}

Decision checkClockAndTrust(Decision decision, const QDateTime &now, const TimeReferences &references)
{
    if (trustListExpired(references.bundleExpires, now)) {
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
