#pragma once

#include "ledger/LedgerError.h"

#include <QDateTime>
#include <QString>

namespace passgate::CorruptionRecovery {

struct MovedAside
{
    QString movedTo; // the database's new path; its -wal and -shm files sit beside it as SQLite expects
    LedgerError cause;
};

// "<databasePath>.<label>-<UTC time>[-n]": a name beside the database that nothing (nor its -wal) uses yet.
QString freeSiblingName(const QString &databasePath, const QString &label, const QDateTime &now);

// Renames a damaged database (and its -wal/-shm companions) to "<name>.<label>-<UTC time>[-n]" in the
// same folder, so the next open starts a new ledger. Never deletes or alters the damaged bytes: they may
// hold acknowledged entries someone can still rescue with SQLite's recovery tools.
LedgerResult<MovedAside> moveAside(const QString &databasePath, const QDateTime &now,
                                   const LedgerError &cause,
                                   const QString &label = QStringLiteral("corrupt"));

} // namespace passgate::CorruptionRecovery
