#pragma once

#include "common/Result.h"

#include <QString>

namespace passgate {

// Why replication did not go ahead. Each is a fact the status bar and `server status` word; none stops
// a check-in (replication is never in the check-in path).
enum class SyncCode
{
    BadSettings,       // the sync settings cannot work as written (no TLS anchor for a remote server, ...)
    CredentialsUnsafe, // the password file is readable by others, or unreadable
    Unreachable,       // no connection, or it broke: retried with backoff
    TlsMismatch,       // the server's certificate is not the pinned one / not from the configured CA
    AuthFailed,        // the server refused the kiosk's role or password
    NotRegistered,     // the role may not write for this kiosk id (server add-kiosk not run for it)
    ServerError,       // anything else the server answered with an error
    Refused,           // the server found a fork in this kiosk's chain and accepts nothing more
    WrongKiosk,        // the ledger's entries name another kiosk than the one this kiosk signs in as
    Gap,               // entries the server lacks were purged here before they arrived
    LedgerUnavailable, // the local ledger cannot be read
    Aborted,           // the worker was asked to stop
};

using SyncError = Error<SyncCode>;
template<typename T>
using SyncResult = Result<T, SyncError>;

// Stable text for logs and tests ("unreachable", "tls-mismatch", ...).
QString syncCodeName(SyncCode code);

} // namespace passgate
