#pragma once

#include "replication/SyncError.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace passgate {

// How far the server has acknowledged this kiosk's ledger, kept in the data dir (sync-state.json) and
// moved only after an acknowledgement. After a restart it is where re-sending starts when the server's
// mark is ahead of it (an acknowledgement was lost: the overlap is re-sent and checked against what the
// server holds), and what the status shows as waiting while the server is out of reach.
struct SyncPointer
{
    static inline const QString FileName = QStringLiteral("sync-state.json");

    QString server; // the connection string it belongs to: another server starts from nothing
    QString kioskId;
    qint64 acknowledged = 0;
    QDateTime at;

    // Nothing when the file is missing, unreadable or for another server or kiosk id.
    static std::optional<SyncPointer> load(const QString &dataDir, const QString &server,
                                           const QString &kioskId);
    SyncResult<void> save(const QString &dataDir) const;
};

} // namespace passgate
