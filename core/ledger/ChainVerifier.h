#pragma once

#include "ledger/SqliteDatabase.h"

#include <QString>

#include <optional>

namespace passgate {

// The outcome of walking the whole chain. firstBroken names the first link that does not hold, in
// words an auditor can act on ("entry 17 was altered", "entry 18 is missing").
struct ChainReport
{
    struct BrokenLink
    {
        qint64 id = 0;
        QString problem;
    };

    qint64 entriesChecked = 0;
    qint64 anchorId = 0; // entries up to this id were purged or are in the ledger file before (0: none)
    // Set when the checkpoint was last set by a continued ledger (LedgerEntry::LedgerContinued): the
    // file name its predecessor's entries were rescued to, empty when they could not be.
    std::optional<QString> continuedFrom;
    QString integrity; // PRAGMA integrity_check: "ok" or SQLite's findings
    std::optional<BrokenLink> firstBroken;

    bool intact() const { return !firstBroken && integrity == QStringLiteral("ok"); }
    QString summary() const;
};

namespace ChainVerifier {

// Recomputes every hash from the stored columns in id order, checks each entry chains to the one
// before (the first to the purge checkpoint), that ids have no gaps, and that the checkpoint agrees
// with the latest purge-checkpoint event in the chain (so the checkpoint cannot be rewritten alone).
LedgerResult<ChainReport> verify(SqliteDatabase &db, bool checkIntegrity = true);

} // namespace ChainVerifier

} // namespace passgate
