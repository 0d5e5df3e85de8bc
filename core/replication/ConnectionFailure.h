#pragma once

#include "replication/SyncError.h"

#include <QString>

namespace passgate {

// What a failed connection to the sync server means for the kiosk: fix a setting or the server's
// account (stop and say so), or wait and try again (unreachable). The server words its refusals in
// its own language (lc_messages), so they are told apart by the SQLSTATE it sends, never by its words;
// only libpq's own messages (read in the C locale, see PostgresConnection) are matched as text.
struct ConnectionFailure
{
    QString server;             // "host:port/dbname", for the message
    QString message;            // libpq's message, at verbose verbosity ("<severity>:  <SQLSTATE>: ...")
    bool needsPassword = false; // PQconnectionNeedsPassword: the server asked and the kiosk had none

    SyncError classify() const;
};

// The SQLSTATE in a server's error as libpq words it at verbose verbosity; empty when there is none
// (the failure is libpq's own: no route, refused, timed out, a certificate).
QString sqlStateIn(const QString &message);

} // namespace passgate
