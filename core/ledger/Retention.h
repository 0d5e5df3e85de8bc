#pragma once

#include "common/Clock.h"
#include "ledger/ChainWriter.h"
#include "ledger/SqliteDatabase.h"

#include <QDateTime>

namespace passgate {

// How long entries are kept. Contact tracing needs four weeks; anything older is personal data the
// venue no longer has a reason to hold.
struct RetentionPolicy
{
    static constexpr int DefaultDays = 28;
    int days = DefaultDays;

    QDateTime cutoff(const Clock &clock) const { return clock.now().toUTC().addDays(-days); }
};

struct PurgeReport
{
    QDateTime cutoff;
    qint64 purgedEntries = 0;
    qint64 throughId = 0;    // every entry up to this id is gone
    qint64 checkpointId = 0; // the purge-checkpoint event recorded in the chain (0: nothing purged)
    qint64 bytesBefore = 0;  // database + WAL
    qint64 bytesAfter = 0;
};

namespace Retention {

// Deletes the oldest entries, up to the first one at or after the cutoff, in ONE transaction that also
// moves the chain checkpoint and appends a purge-checkpoint event recording it (so what remains still
// verifies). Then reclaims the space: incremental vacuum and a WAL truncate.
// Only a prefix of the chain is purged: should the clock have jumped back, an older entry recorded after
// a newer one waits until the newer one is due as well.
LedgerResult<PurgeReport> purge(SqliteDatabase &db, ChainWriter &writer, const QDateTime &cutoff,
                                const QString &kioskId, const Clock &clock);

// True when the oldest entry is older than the cutoff.
LedgerResult<bool> isDue(SqliteDatabase &db, const QDateTime &cutoff);

// Size of the database file and its WAL, in bytes.
qint64 storageBytes(const QString &databasePath);

} // namespace Retention

} // namespace passgate
