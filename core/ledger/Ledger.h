#pragma once

#include "common/Clock.h"
#include "ledger/ChainVerifier.h"
#include "ledger/CorruptionRecovery.h"
#include "ledger/LedgerContinuation.h"
#include "ledger/LedgerEntry.h"
#include "ledger/LedgerRow.h"
#include "ledger/LedgerStats.h"
#include "ledger/Retention.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace passgate {

struct LedgerOptions
{
    enum class Access
    {
        ReadWrite, // the kiosk: takes the data dir lock, creates and migrates the database
        ReadOnly,  // stats, verify, export next to a running kiosk: no lock, never writes
    };
    enum class OnCorrupt
    {
        MoveAsideAndStartNew, // the kiosk keeps recording; the damaged file is kept for rescue
        Refuse,               // return Corrupt and touch nothing
    };

    QString dataDir;
    QString kioskId = QStringLiteral("kiosk");
    RetentionPolicy retention;
    std::chrono::milliseconds busyTimeout{5000};
    Access access = Access::ReadWrite;
    OnCorrupt onCorrupt = OnCorrupt::MoveAsideAndStartNew;
    // ReadWrite: make the data dir and a new ledger when there is none (the kiosk's first start). An
    // administrative command sets false: a mistyped --data-dir is an error, not a new empty ledger.
    bool createIfMissing = true;
};

// The check-in ledger of one data dir: an SQLite database in WAL mode with synchronous=FULL, so
// append() returns only once the entry is on stable storage; every entry hash-chained to the one
// before; old entries purged on schedule. Errors come back as LedgerError values with specific codes.
// One Ledger per process and data dir writes (DataDirLock); it is not thread-safe: call it from one
// thread.
class Ledger
{
public:
    static inline const QString DatabaseFileName = QStringLiteral("ledger.db");

    // Opens (creating and migrating when needed). A corrupt database is moved aside and a new one
    // started with a corrupt-database-moved-aside event (see recovered()), unless options say Refuse.
    static LedgerResult<Ledger> open(const LedgerOptions &options, const Clock &clock);

    Ledger(Ledger &&) noexcept;
    Ledger &operator=(Ledger &&) noexcept;
    ~Ledger();

    // Appends one entry and returns its id once it is durable. On any error nothing was recorded
    // and the entries acknowledged before are untouched.
    // Before each append the ledger checks that the file at its path is still the one it holds. When it
    // was deleted, replaced or overwritten, nothing more goes into the held file (it would be lost): its
    // entries are copied out beside it, whatever is at the path is moved aside, and a new ledger at the
    // path continues the chain (see continuation()); the entry then goes there. Displaced only when
    // that new ledger cannot be made; then every later append fails the same way.
    LedgerResult<qint64> append(const LedgerEntry &entry);
    // Appends many in one transaction (imports, benchmarks); durable as a whole. Returns the last id.
    LedgerResult<qint64> appendAll(const QList<LedgerEntry> &entries);

    // Entries with from <= time < to, in id order.
    enum class Kinds
    {
        CheckIns,
        Events,
        All
    };
    LedgerResult<QList<LedgerEntry>> entries(const QDateTime &from, const QDateTime &to,
                                             Kinds kinds = Kinds::All) const;
    LedgerResult<std::optional<LedgerEntry>> entry(qint64 id) const;
    // Up to `limit` stored rows with id > afterId, in id order, exactly as stored and hashed: what
    // replication sends (an outbox read; the sync worker reads a ReadOnly ledger in its own thread).
    LedgerResult<QList<LedgerRow>> rowsAfter(qint64 afterId, int limit) const;
    LedgerResult<qint64> count() const;
    qint64 lastId() const;
    // The latest time any entry carries (invalid when empty): not the last entry's, which a clock
    // set back writes earlier. The reference the clock check compares the kiosk's clock with.
    LedgerResult<QDateTime> newestTime() const;

    // Purges by the retention policy (or an explicit cutoff); see Retention::purge.
    LedgerResult<PurgeReport> purge(const Clock &clock);
    LedgerResult<PurgeReport> purgeOlderThan(const QDateTime &cutoff, const Clock &clock);
    // For the kiosk at start and then daily: purges when the oldest entry is past the retention period.
    LedgerResult<std::optional<PurgeReport>> purgeIfDue(const Clock &clock);

    // What SQLite actually runs with (journal mode, synchronous level, auto-vacuum), for stats and tests.
    struct Durability
    {
        QString journalMode; // "wal"
        int synchronous = 0; // 2 = FULL
        int autoVacuum = 0;  // 2 = INCREMENTAL
    };
    LedgerResult<Durability> durability() const;

    LedgerResult<ChainReport> verify() const;
    LedgerResult<LedgerStats> stats() const;

    // Set when open() moved a damaged database aside; the UI should tell staff.
    const std::optional<CorruptionRecovery::MovedAside> &recovered() const;
    // Set once the ledger file was displaced while open and a new ledger continued it (the latest time).
    const std::optional<LedgerContinuation> &continuation() const;
    QString databasePath() const;
    const LedgerOptions &options() const;

    struct State; // implementation detail, defined in Ledger.cpp

private:
    explicit Ledger(std::unique_ptr<State> state);
    LedgerResult<void> checkStillInPlace(const QDateTime &at);
    LedgerResult<void> continueInNewFile(LedgerContinuation::Cause cause, const QDateTime &at);
    std::unique_ptr<State> m_state;
};

} // namespace passgate
