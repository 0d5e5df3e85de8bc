#include "policy/ClockSanity_p.h"

#include "common/IsoDateTime.h"
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
    if (const std::optional<QDateTime> latest = clockBehind(now, references)) {
        // One clock reason, first, naming the latest known time: a pass issued after `now` may have
        // given one already.
        QDateTime reference = *latest;
        for (const Reason &given : std::as_const(decision.reasons)) {
            if (given.code != reason::clock)
                continue;
            if (const std::optional<QDateTime> passIssued = parseIsoDateTime(given.args.value(1));
                passIssued && *passIssued > reference)
                reference = *passIssued;
        }
        decision.reasons.removeIf([](const Reason &given) { return given.code == reason::clock; });
        decision.reasons.prepend({reason::clock, {iso(now), iso(reference)}});
        decision.verdict = Verdict::StaffCheck;
        decision.validUntil = QDateTime();
    }
    return decision;
}

std::optional<QDateTime> clockBehind(const QDateTime &now, const TimeReferences &references)
{
    QDateTime latest;
    for (const QDateTime &reference : {references.newestLedgerEntry, references.bundleIssued}) {
        if (reference.isValid() && (!latest.isValid() || reference > latest))
            latest = reference;
    }
    if (latest.isValid() && now < latest)
        return latest;
    return std::nullopt;
}

} // namespace passgate
