#include "ledger/LedgerSchema_p.h"

#include <QTimeZone>

namespace passgate::LedgerSchema {

const QList<Migration> &migrations()
{
    // Version 1 (passgate 0.1.0). entries.id is assigned by the ledger (last id + 1, never reused after a
    // purge, since chain_anchor remembers the last purged id). chain_anchor holds the single point the oldest
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
        // Version 2. Which passgate made or upgraded this ledger, and when: what an owner's support
        // desk asks first about a ledger copied off a kiosk, and what `doctor` and `ledger stats`
        // print. Every later step adds its own row.
        {2, QStringLiteral(R"(
CREATE TABLE schema_history (
  version INTEGER PRIMARY KEY,
  applied_ms INTEGER NOT NULL,
  by_passgate TEXT NOT NULL
);
INSERT INTO schema_history (version, applied_ms, by_passgate)
  VALUES (2, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), '%1');
)")
                .arg(QStringLiteral(PASSGATE_VERSION))},
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

LedgerResult<QList<SchemaStep>> history(SqliteDatabase &db)
{
    QList<SchemaStep> steps;
    auto exists = db.queryInt(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_history'"));
    if (!exists)
        return fail(exists.error());
    if (*exists == 0)
        return steps; // a version 1 ledger: made before its history was kept
    auto rows = db.prepare(
        QStringLiteral("SELECT version, applied_ms, by_passgate FROM schema_history ORDER BY version"));
    if (!rows)
        return fail(rows.error());
    for (;;) {
        auto row = rows->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        steps.append({int(rows->int64(0)), QDateTime::fromMSecsSinceEpoch(rows->int64(1), QTimeZone::utc()),
                      rows->text(2)});
    }
    return steps;
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
