#pragma once

#include "ledger/LedgerEntry.h"
#include "ledger/SqliteDatabase.h"

namespace passgate {

// Puts entries at the end of the hash chain. Knows the tail (last id and hash) so an append costs one
// INSERT; the caller owns the transaction. Only one writer exists per data dir (DataDirLock), so the
// cached tail cannot go stale behind its back.
class ChainWriter
{
public:
    static LedgerResult<ChainWriter> create(SqliteDatabase &db);

    // Assigns id, previous hash and hash to the entry and inserts it. Not durable until committed.
    LedgerResult<qint64> insert(LedgerEntry &entry);
    // Re-reads the tail from the database, after a rollback or when the chain was re-anchored.
    LedgerResult<void> reloadTail();

    qint64 lastId() const { return m_lastId; }
    const QByteArray &lastHash() const { return m_lastHash; }

private:
    ChainWriter(SqliteDatabase *db, SqliteStatement insert)
        : m_db(db)
        , m_insert(std::move(insert))
    {}
    SqliteDatabase *m_db = nullptr;
    SqliteStatement m_insert;
    qint64 m_lastId = 0;
    QByteArray m_lastHash;
};

} // namespace passgate
