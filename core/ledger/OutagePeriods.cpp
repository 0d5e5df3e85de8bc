#include "ledger/OutagePeriods.h"

namespace passgate {

QList<OutagePeriod> outagePeriods(const QList<LedgerEntry> &entries)
{
    QList<OutagePeriod> periods;
    OutagePeriod *current = nullptr;
    for (const LedgerEntry &entry : entries) {
        if (entry.kind == LedgerEntry::Kind::Event && entry.event == OutagePeriod::StartedEvent) {
            if (current)
                continue; // already on: the first start stands
            OutagePeriod period;
            period.startId = entry.id;
            period.started = entry.time;
            period.reason = entry.attributes.value(OutagePeriod::ReasonAttribute);
            period.startedBy = entry.attributes.value(OutagePeriod::StaffAttribute);
            periods.append(period);
            current = &periods.last();
        } else if (entry.kind == LedgerEntry::Kind::Event && entry.event == OutagePeriod::EndedEvent) {
            if (!current) { // its start is gone (retention): the period reaches back past the ledger
                periods.append(OutagePeriod{});
                current = &periods.last();
            }
            current->endId = entry.id;
            current->ended = entry.time;
            current->endedBy = entry.attributes.value(OutagePeriod::StaffAttribute);
            current = nullptr;
        } else if (entry.kind == LedgerEntry::Kind::CheckIn &&
                   entry.attributes.value(OutagePeriod::FlagAttribute) == u"yes") {
            if (!current) { // flagged check-ins whose start event was purged
                periods.append(OutagePeriod{});
                current = &periods.last();
                current->reason = entry.attributes.value(OutagePeriod::CheckInReasonAttribute);
            }
            ++current->checkIns;
            if (entry.verdict == Verdict::Admit)
                ++current->admitted;
        }
    }
    return periods;
}

} // namespace passgate
