#pragma once

#include "ledger/LedgerEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace passgate {

// Outage mode as the ledger keeps it: staff turn it on when visitors' pass apps or the national
// service are down (13 Dec 2021: from 11:40 and again around 18:00) and check passes by eye. The
// start and the end are events in the hash chain, with who turned it on and off; every check-in
// recorded while it is on carries the attribute "outage" = "yes" and the reason. An owner shows an
// inspector exactly which entries fell under an outage, and that the record was not written after.
struct OutagePeriod
{
    static inline const QString StartedEvent = QStringLiteral("outage-started");
    static inline const QString EndedEvent = QStringLiteral("outage-ended");
    // Event attributes, and the check-in attributes while it is on.
    static inline const QString ReasonAttribute = QStringLiteral("reason");
    static inline const QString StaffAttribute = QStringLiteral("staff");
    static inline const QString FlagAttribute = QStringLiteral("outage");
    static inline const QString CheckInReasonAttribute = QStringLiteral("outage-reason");

    qint64 startId = 0;
    QDateTime started; // UTC
    QString reason;
    QString startedBy;
    qint64 endId = 0; // 0 while it is still on
    QDateTime ended;  // invalid while it is still on
    QString endedBy;
    qint64 checkIns = 0; // entries recorded under it (carrying the flag)
    qint64 admitted = 0;

    bool open() const { return endId == 0; }
};

// The periods in `entries` (id order, events and check-ins). A start while one is on (a crash between
// the two never leaves two open: the kiosk reads the state back) closes nothing; an end without a
// start (its start purged by retention) makes a period that began before the ledger's first entry.
QList<OutagePeriod> outagePeriods(const QList<LedgerEntry> &entries);

} // namespace passgate
