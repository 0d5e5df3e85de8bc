#pragma once

#include <QDateTime>
#include <QString>

namespace passgate {

// The file at the ledger's path stopped being the one the kiosk held open (deleted, replaced by another
// file, overwritten): what was done so that no acknowledged entry is lost and recording goes on. The
// held file's entries are copied out through the still-open connection, whatever was at the path is
// moved aside, and a new ledger starts at the path whose chain continues from the held file's last
// entry (LedgerEntry::LedgerContinued).
struct LedgerContinuation
{
    enum class Cause
    {
        Deleted,     // no file at the path
        Replaced,    // another file (another inode) at the path
        Overwritten, // the same file, no longer an SQLite database
    };

    QDateTime at;
    Cause cause = Cause::Deleted;
    QString rescuedTo;     // the copy of the held file's entries; empty when it could not be made
    QString rescueProblem; // why not, when it could not
    QString foundMovedTo;  // what was at the path instead, now under this name; empty when nothing was
    qint64 throughId = 0;  // the last entry of the held file: the new ledger's first one follows it

    // "deleted", "replaced by another file", "overwritten" (for logs and the ledger; screens word it)
    static QString causeText(Cause cause);
    // One sentence for logs and the CLI.
    QString describe() const;
};

} // namespace passgate
