#include "ledger/Retention.h"

#include "ledger/LedgerEntry.h"

#include <QFileInfo>

namespace passgate::Retention {

namespace {

LedgerResult<std::optional<qint64>> firstKeptId(SqliteDatabase &db, qint64 cutoffMs)
{
    auto query = db.prepare(QStringLiteral("SELECT id FROM entries WHERE time_ms >= ?1 ORDER BY id LIMIT 1"));
    if (!query)
        return fail(query.error());
    query->bind(1, cutoffMs);
    auto row = query->step();
    if (!row)
        return fail(row.error());
    return *row ? std::optional<qint64>(query->int64(0)) : std::nullopt;
}

} // namespace

qint64 storageBytes(const QString &databasePath)
{
    return QFileInfo(databasePath).size() + QFileInfo(databasePath + QStringLiteral("-wal")).size();
}

LedgerResult<bool> isDue(SqliteDatabase &db, const QDateTime &cutoff)
{
    auto query = db.prepare(QStringLiteral("SELECT time_ms FROM entries ORDER BY id LIMIT 1"));
    if (!query)
        return fail(query.error());
    auto row = query->step();
    if (!row)
        return fail(row.error());
    return *row && query->int64(0) < cutoff.toMSecsSinceEpoch();
}

LedgerResult<PurgeReport> purge(SqliteDatabase &db, ChainWriter &writer, const QDateTime &cutoff,
                                const QString &kioskId, const Clock &clock)
{
    PurgeReport report;
    report.cutoff = cutoff.toUTC();
    report.bytesBefore = storageBytes(db.path());

    auto transaction = SqliteTransaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    const auto kept = firstKeptId(db, cutoff.toMSecsSinceEpoch());
    if (!kept)
        return fail(kept.error());
    const qint64 lastId = writer.lastId();
    const qint64 throughId = *kept ? **kept - 1 : lastId;

    auto anchor = db.queryInt(QStringLiteral("SELECT through_id FROM chain_anchor WHERE singleton = 1"));
    if (!anchor)
        return fail(anchor.error());
    if (throughId <= *anchor) {
        report.throughId = *anchor;
        report.bytesAfter = report.bytesBefore;
        return report; // nothing old enough; the transaction rolls back untouched
    }

    auto anchorHash = db.prepare(QStringLiteral("SELECT hash, (SELECT count(*) FROM entries WHERE id <= ?1) "
                                                "FROM entries WHERE id = ?1"));
    if (!anchorHash)
        return fail(anchorHash.error());
    anchorHash->bind(1, throughId);
    auto found = anchorHash->step();
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(
            LedgerCode::Corrupt,
            QStringLiteral("entry %1 is missing: the chain is broken, run 'ledger verify'").arg(throughId));
    const QByteArray newAnchor = anchorHash->blob(0);
    report.purgedEntries = anchorHash->int64(1);
    anchorHash->reset(); // a statement left mid-result keeps a read snapshot open and blocks the WAL truncate
    report.throughId = throughId;

    auto removed = db.prepare(QStringLiteral("DELETE FROM entries WHERE id <= ?1"));
    if (!removed)
        return fail(removed.error());
    removed->bind(1, throughId);
    if (auto deleted = removed->run(); !deleted)
        return fail(deleted.error());
    auto moved =
        db.prepare(QStringLiteral("UPDATE chain_anchor SET through_id = ?1, hash = ?2 WHERE singleton = 1"));
    if (!moved)
        return fail(moved.error());
    moved->bind(1, throughId).bind(2, newAnchor);
    if (auto updated = moved->run(); !updated)
        return fail(updated.error());

    LedgerEntry checkpoint =
        LedgerEntry::makeEvent(LedgerEntry::PurgeCheckpoint, kioskId, clock,
                               {{QStringLiteral("through-id"), QString::number(throughId)},
                                {QStringLiteral("anchor-hash"), QString::fromLatin1(newAnchor.toHex())},
                                {QStringLiteral("purged-entries"), QString::number(report.purgedEntries)},
                                {QStringLiteral("cutoff"), report.cutoff.toString(Qt::ISODateWithMs)}});
    auto inserted = writer.insert(checkpoint);
    if (!inserted)
        return fail(inserted.error());
    if (auto committed = transaction->commit(); !committed) {
        transaction->rollback();
        (void)writer.reloadTail(); // forget the checkpoint event that was never committed
        return fail(committed.error());
    }
    report.checkpointId = *inserted;

    // Space goes back to the filesystem after the commit; a failure here loses nothing and the next
    // purge (or the next vacuum) tries again, so it is not reported as a failed purge.
    (void)db.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    report.bytesAfter = storageBytes(db.path());
    return report;
}

} // namespace passgate::Retention
