#pragma once

#include "common/Result.h"

#include <QString>

namespace passgate {

// What went wrong with the ledger, specific enough for the kiosk to tell staff what to do.
// New codes are appended; the names (ledgerCodeName) are stable and used by tests and the CLI.
enum class LedgerCode
{
    DiskFull,     // no space (or file size limit) left: the entry was NOT recorded
    ReadOnly,     // database or its folder cannot be written (permissions, read-only filesystem)
    Locked,       // another program holds the database lock longer than the busy timeout
    Corrupt,      // the database file is damaged or is not a ledger
    NewerSchema,  // written by a newer passgate; left unmodified
    AlreadyInUse, // another passgate process has this data dir open for writing
    KeysMissing,  // the venue secret or owner public key is missing or unusable
    InvalidInput, // a caller-supplied value is not acceptable (reason says which)
    IoError,      // any other input/output failure (reason carries SQLite's and the system's word)
    Displaced,    // the ledger file was deleted, replaced or overwritten while open and no new ledger
                  // could be started in its place (its contents are rescued to a file beside it)
    OlderSchema,  // a reader met a ledger an older passgate wrote: the kiosk upgrades it at its next start
};
using LedgerError = Error<LedgerCode>;

template<typename T>
using LedgerResult = Result<T, LedgerError>;

QString ledgerCodeName(LedgerCode code);

struct Reason;
// As a Decision reason for the UI: code "ledger-<code name>" (e.g. "ledger-disk-full", a translation key),
// the error's sentence as its one argument.
Reason ledgerReason(const LedgerError &error);

} // namespace passgate
