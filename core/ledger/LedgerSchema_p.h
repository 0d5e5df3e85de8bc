#pragma once

#include "ledger/LedgerStats.h"
#include "ledger/SqliteDatabase.h"

#include <QList>
#include <QString>

namespace passgate::LedgerSchema {

// PRAGMA user_version holds the schema version. Each migration takes the database from version
// toVersion - 1 to toVersion inside one transaction, so a failed step (disk full) leaves the previous
// version intact and the next open tries again.
struct Migration
{
    int toVersion;
    QString sql;
};

constexpr int CurrentVersion = 2;

const QList<Migration> &migrations();

LedgerResult<int> version(SqliteDatabase &db);

// The steps recorded in the ledger (from version 2 on), oldest first; empty for a version 1 ledger.
LedgerResult<QList<SchemaStep>> history(SqliteDatabase &db);

// Applies the missing steps. A database newer than the last step is refused (NewerSchema) before
// anything is written. Returns the version found before migrating.
LedgerResult<int> migrate(SqliteDatabase &db, const QList<Migration> &steps = migrations());

} // namespace passgate::LedgerSchema
