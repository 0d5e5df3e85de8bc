#include "trust/CheckInTrustSteps.h"

#include "trust/TrustedPassReader.h"

namespace passgate {

std::function<Result<DecodedPass, Reason>(const QString &, const QDateTime &)>
readPassStep(const BundleStore &store, const Clock &clock)
{
    return [&store, &clock](const QString &payload, const QDateTime &now) {
        return TrustedPassReader(store.current(), clock).read(payload, now);
    };
}

std::function<Decision(const Evidence &, const QDateTime &)>
decideStep(const BundleStore &store, VenueDecision venue, std::function<QDateTime()> newestLedgerEntry)
{
    return [&store, venue = std::move(venue), newest = std::move(newestLedgerEntry)](const Evidence &evidence,
                                                                                     const QDateTime &now) {
        const std::shared_ptr<const TrustBundle> bundle = store.current();
        return venue.decide(evidence, now, bundle.get(), newest ? newest() : QDateTime());
    };
}

} // namespace passgate
