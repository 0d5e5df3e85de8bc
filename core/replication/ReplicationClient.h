#pragma once

#include "ledger/LedgerRow.h"
#include "replication/PostgresConnection.h"

#include <QList>
#include <QString>

namespace passgate {

// The kiosk's half of the replication protocol (resources/server/schema.sql): ask where the server's
// copy of this kiosk's chain ends, and append batches of stored rows to it. Each batch is one
// statement, so one transaction: it arrives whole or not at all.
class ReplicationClient
{
public:
    ReplicationClient(PostgresConnection &connection, QString kioskId);

    // The highest entry id of this kiosk the server holds (0: none); reports the local head for lag.
    SyncResult<qint64> highWater(qint64 localHead);

    struct Ingested
    {
        enum class Status
        {
            Ok,      // every row is now on the server
            Gap,     // the batch started past the server's head: resend from highWater
            Fork,    // a row contradicts the chain the server holds; recorded there
            Refused, // an earlier fork: the server accepts nothing more from this kiosk
            Foreign, // the row after highWater names another kiosk: refused and recorded there
        };
        Status status = Status::Ok;
        int accepted = 0; // new rows
        int resent = 0;   // rows the server already had, identical (an acknowledgement was lost)
        qint64 highWater = 0;
    };
    SyncResult<Ingested> send(const QList<LedgerRow> &rows);

    // The batch as the server's ingest() takes it: a JSON array of passgate.entry_in records.
    static QByteArray encode(const QList<LedgerRow> &rows);

private:
    PostgresConnection &m_connection;
    QString m_kioskId;
};

} // namespace passgate
