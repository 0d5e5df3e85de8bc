#pragma once

#include "ledger/LedgerEntry.h"

namespace passgate {

class SqliteStatement;

// An entry as stored: one value per column, exactly the values the chain hash covers. Enums become
// stable text codes and lists become compact JSON, so a row read back hashes to what was written and
// a newer passgate can add codes without a schema change.
struct LedgerRow
{
    qint64 id = 0;
    qint64 timeMs = 0; // UTC milliseconds since the epoch
    QString kind;
    QString kiosk;
    QString mode;    // empty for events
    QString verdict; // empty for events
    QString reasons; // JSON array of reason codes
    QString passes;  // JSON array of {format, statement, country, certificate (hex)}
    QString staff;
    QByteArray contact; // sealed box, or null
    QString attributes; // JSON object
    QString event;
    QByteArray previousHash;
    QByteArray hash;

    static LedgerRow fromEntry(const LedgerEntry &entry);
    // The column list to SELECT, in the order fromStatement reads it.
    static QString columns();
    static LedgerRow fromStatement(const SqliteStatement &statement);
    // Fails with Corrupt when a stored value cannot be what this version wrote.
    LedgerResult<LedgerEntry> toEntry() const;
};

} // namespace passgate
