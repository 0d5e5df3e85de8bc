#include "ledger/LedgerSchema_p.h"

namespace passgate::LedgerSchema {

const QList<Migration> &migrations()
{
    // Version 1. entries.id is assigned by the ledger (last id + 1, never reused after a purge, since
    // chain_anchor remembers the last purged id). chain_anchor holds the single point the oldest
    // remaining entry chains to: the genesis hash, or after a purge the hash of the last purged entry.
    static const QList<Migration> steps = {
        {1, QStringLiteral(R"(
CREATE TABLE entries (
  id INTEGER PRIMARY KEY,
  time_ms INTEGER NOT NULL,
  kind TEXT NOT NULL,
  kiosk TEXT NOT NULL,
  mode TEXT NOT NULL,
  verdict TEXT NOT NULL,
  reasons TEXT NOT NULL,
  passes TEXT NOT NULL,
  staff TEXT NOT NULL,
  contact BLOB,
  attributes TEXT NOT NULL,
  event TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL
);
CREATE INDEX entries_by_time ON entries(time_ms);
CREATE TABLE chain_anchor (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  through_id INTEGER NOT NULL,
  hash BLOB NOT NULL
);
INSERT INTO chain_anchor (singleton, through_id, hash) VALUES (1, 0, zeroblob(32));
)")},
    };
    return steps;
}

LedgerResult<int> version(SqliteDatabase &db)
{
    auto value = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!value)
        return fail(value.error());
    return int(*value);
}

LedgerResult<int> migrate(SqliteDatabase &db, const QList<Migration> &steps)
{
    const auto found = version(db);
    if (!found)
        return found;
    const int latest = steps.isEmpty() ? 0 : steps.last().toVersion;
    if (*found > latest)
        return fail(LedgerCode::NewerSchema,
                    QStringLiteral(
                        "%1 was written by a newer passgate (ledger schema %2; this version knows up to %3). "
                        "It was left unchanged: use the newer passgate, or move the file away to start "
                        "a new ledger.")
                        .arg(db.path())
                        .arg(*found)
                        .arg(latest));
    for (const Migration &step : steps) {
        if (step.toVersion <= *found)
            continue;
        auto transaction = SqliteTransaction::begin(db);
        if (!transaction)
            return fail(transaction.error());
        if (auto applied = db.exec(step.sql); !applied)
            return fail(applied.error());
        if (auto bumped = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion)); !bumped)
            return fail(bumped.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
    }
    return found;
}

} // namespace passgate::LedgerSchema
