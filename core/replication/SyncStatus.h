#pragma once

#include "replication/SyncError.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

namespace passgate {

// What the sync worker publishes after every step, as facts (the screen words them).
struct SyncStatus
{
    enum class State
    {
        Off,        // no server configured
        Connecting, // first attempt under way
        Sending,    // behind, sending batches
        CaughtUp,   // the server holds everything this kiosk recorded
        Retrying,   // the last attempt failed; the next one at nextAttempt
        Stopped,    // cannot go on until someone acts (fork, gap, settings, credentials)
    };
    State state = State::Off;
    qint64 localHead = 0;     // the newest entry id in the kiosk's ledger
    qint64 acknowledged = -1; // the server's mark as last heard (-1: not heard yet)
    QDateTime lastSync;       // when the server last held everything recorded up to then
    QDateTime lastContact;    // the last answer from the server
    QDateTime nextAttempt;    // Retrying
    std::optional<SyncError> problem;
    qint64 sentTotal = 0;   // rows the server took as new since the worker started
    qint64 resentTotal = 0; // rows it already had (lost acknowledgements), checked identical

    // Entries recorded here that the server has not acknowledged (as far as this kiosk knows).
    qint64 waiting() const
    {
        return acknowledged < 0 ? localHead : std::max<qint64>(0, localHead - acknowledged);
    }
};

} // namespace passgate

Q_DECLARE_METATYPE(passgate::SyncStatus)
