#pragma once

#include "checkin/Decision.h"
#include "ledger/LedgerContinuation.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace passgate {

// What a kiosk's check-in station knows about its own health, as facts: the screen decides how
// serious each is and words it (ui/kiosk), the CLI or a test reads the same values.
struct StationStatus
{
    struct Trust
    {
        bool installed = false; // a trust list is in force; without one every pass is refused
        bool demo = false;      // the demo publisher is pinned (no venue keys configured)
        QDateTime issued;
        QDateTime expires;
        qint64 ageHours = 0;    // since `issued`, never negative
        bool expired = false;   // the verdicts' own rule (trustListExpired): flagged from `expires` on
        bool stale = false;     // older than the configured warning age
        QString refusedBecause; // the installed file was refused at start and set aside
    };
    struct Ledger
    {
        bool open = false;
        // Why there is no ledger (then nothing is recorded): the ledger's own code ("ledger-read-only",
        // "ledger-already-in-use", "ledger-keys-missing", ...) with its sentence as the argument.
        std::optional<Reason> unavailableBecause;
        std::optional<Reason> blockedBecause; // the last append failed: nobody is admitted until one works
        QString recoveryNote;                 // a damaged database was moved aside at start
        // The ledger file was deleted, replaced or overwritten while open; a new ledger continues it.
        std::optional<LedgerContinuation> continuation;
        QString purgeProblem; // the last retention purge failed
    };
    // First start only: the owner's private key file and the passphrase that opens it, kept in
    // memory (shown to staff until the kiosk restarts), never written.
    struct OwnerKey
    {
        QString file;
        QString passphrase;
    };

    // The kiosk's clock reads earlier than a time it knows has passed (its newest ledger entry, the
    // trust list's issue): then no validity window can be trusted and every pass goes to staff.
    struct ClockFacts
    {
        bool behind = false;
        QDateTime now;       // what the kiosk believes
        QDateTime reference; // the latest known time it is behind
    };

    Trust trust;
    Ledger ledger;
    ClockFacts clock;
    std::optional<OwnerKey> newOwnerKey;
};

} // namespace passgate
