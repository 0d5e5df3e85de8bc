#include "ledger/Ledger.h"

#include "common/NativePath.h"
#include "common/OwnerOnly.h"
#include "ledger/ChainWriter.h"
#include "ledger/DataDirLock_p.h"
#include "ledger/LedgerRow.h"
#include "ledger/LedgerSchema_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace passgate {

struct Ledger::State
{
    LedgerOptions options;
    QString path;
    std::optional<DataDirLock> lock;
    SqliteDatabase db;
    std::optional<ChainWriter> writer; // ReadWrite only
    std::optional<CorruptionRecovery::MovedAside> recovered;
    // The file this connection holds (ReadWrite): an append first checks that the path still names
    // it, so a deleted or replaced ledger never acknowledges an entry that would be lost.
    std::optional<std::pair<dev_t, ino_t>> identity;
    std::optional<LedgerContinuation> continuation;
    std::optional<LedgerError> displaced; // sticky: the held file was displaced and no new one could start
};

namespace {

constexpr int MaxAttributeValue = 200;

std::optional<std::pair<dev_t, ino_t>> fileIdentity(const QString &path)
{
    struct stat status
    {};
    if (::stat(nativePath(path).constData(), &status) != 0)
        return std::nullopt;
    return std::pair{status.st_dev, status.st_ino};
}

LedgerResult<QString> pragmaText(SqliteDatabase &db, const QString &pragma)
{
    auto statement = db.prepare(pragma);
    if (!statement)
        return fail(statement.error());
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    return *row ? statement->text(0) : QString();
}

LedgerResult<void> syncDirectory(const QString &dir)
{
    const int fd = ::open(nativePath(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return fail(
            LedgerCode::IoError,
            QStringLiteral("cannot sync %1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(error))));
    }
    ::close(fd);
    return {};
}

// A new ledger is made complete under a temporary name and renamed into place, so a crash while
// creating never leaves a half-made ledger.db for the next start (or a reader) to stumble over.
LedgerResult<void> createDatabase(const QString &path)
{
    const QString building = path + QStringLiteral(".creating");
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(building + suffix); // a crashed earlier attempt; it never held an entry
    {
        auto db = SqliteDatabase::open(building, SqliteDatabase::Mode::ReadWriteCreate);
        if (!db)
            return fail(db.error());
        // SQLite makes the file 0644 less the umask, and its WAL and shared-memory files take the
        // database file's mode: owner-only from the start.
        if (auto restricted = restrictToOwner(building); !restricted)
            return fail(LedgerCode::IoError, restricted.error());
        // Must precede the first table: SQLite fixes the auto-vacuum mode when the schema is created.
        if (auto set = db->exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")); !set)
            return fail(set.error());
        if (auto set = db->exec(QStringLiteral("PRAGMA synchronous = FULL")); !set)
            return fail(set.error());
        if (auto migrated = LedgerSchema::migrate(*db); !migrated)
            return fail(migrated.error());
    }
    if (std::rename(nativePath(building).constData(), nativePath(path).constData()) != 0)
        return fail(LedgerCode::IoError, QStringLiteral("cannot move the new ledger into place at %1: %2")
                                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    return syncDirectory(QFileInfo(path).absolutePath());
}

// Opens and prepares the database file; fails with Corrupt when it cannot be a readable ledger.
LedgerResult<void> openDatabase(Ledger::State &state)
{
    const bool readOnly = state.options.access == LedgerOptions::Access::ReadOnly;
    if (!readOnly && !QFileInfo::exists(state.path)) {
        if (auto created = createDatabase(state.path); !created)
            return created;
    }
    auto db = SqliteDatabase::open(state.path, readOnly ? SqliteDatabase::Mode::ReadOnly
                                                        : SqliteDatabase::Mode::ReadWriteCreate);
    if (!db)
        return fail(db.error());
    state.db = std::move(*db);
    state.db.setBusyTimeout(int(state.options.busyTimeout.count()));

    // Read the version before anything that writes: a newer database must stay byte-for-byte as it was.
    const auto version = LedgerSchema::version(state.db);
    if (!version)
        return fail(version.error());
    if (*version > LedgerSchema::CurrentVersion) {
        const LedgerError refusal =
            LedgerSchema::migrate(state.db).error(); // phrases the NewerSchema refusal
        // A newer kiosk stopped without a checkpoint leaves entries in the WAL: closing normally would
        // fold them into the database file, and the file would no longer be the one that passgate wrote.
        state.db.closeLeavingFilesAlone();
        return fail(refusal);
    }
    if (readOnly) {
        if (*version != LedgerSchema::CurrentVersion)
            return fail(
                LedgerCode::OlderSchema,
                QStringLiteral("%1 needs its schema upgraded (version %2 to %3); open it once with the "
                               "kiosk or a writing command first")
                    .arg(state.path)
                    .arg(*version)
                    .arg(LedgerSchema::CurrentVersion));
    } else {
        if (state.db.isReadOnly())
            return fail(
                LedgerCode::ReadOnly,
                QStringLiteral("%1 is read-only (file permissions or a read-only filesystem): new check-ins "
                               "cannot be recorded")
                    .arg(state.path));
        if (*version == 0) {
            auto tables = state.db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            if (!tables)
                return fail(tables.error());
            if (*tables > 0)
                return fail(
                    LedgerCode::Corrupt,
                    QStringLiteral("%1 is an SQLite database but not a passgate ledger").arg(state.path));
            // Must precede the first table: SQLite fixes the auto-vacuum mode when the schema is created.
            if (auto set = state.db.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")); !set)
                return fail(set.error());
        }
        // A ledger from before owner-only files (or copied in) is restricted on every start.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (auto restricted = restrictToOwner(state.path + suffix); !restricted)
                return fail(LedgerCode::IoError, restricted.error());
        }
        const auto journal = pragmaText(state.db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!journal)
            return fail(journal.error());
        if (journal->compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            return fail(LedgerCode::IoError,
                        QStringLiteral("%1: cannot switch to write-ahead logging (journal mode stays '%2')")
                            .arg(state.path, *journal));
        if (auto set = state.db.exec(QStringLiteral("PRAGMA synchronous = FULL")); !set)
            return fail(set.error());
        if (auto migrated = LedgerSchema::migrate(state.db); !migrated)
            return fail(migrated.error());
    }

    // Reading the tail touches the schema and the last b-tree pages: damage there shows up now.
    auto anchor = state.db.queryInt(QStringLiteral("SELECT count(*) FROM chain_anchor"));
    if (!anchor)
        return fail(anchor.error());
    if (*anchor != 1)
        return fail(LedgerCode::Corrupt,
                    QStringLiteral("%1: the chain checkpoint is missing").arg(state.path));
    if (!readOnly) {
        auto writer = ChainWriter::create(state.db);
        if (!writer)
            return fail(writer.error());
        state.writer.emplace(std::move(*writer));
        state.identity = fileIdentity(state.path);
    }
    return {};
}

QString clipped(const QString &text)
{
    return text.size() <= MaxAttributeValue ? text : text.left(MaxAttributeValue - 3) + QStringLiteral("...");
}

} // namespace

Ledger::Ledger(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

Ledger::Ledger(Ledger &&) noexcept = default;
Ledger &Ledger::operator=(Ledger &&) noexcept = default;
Ledger::~Ledger()
{
    if (m_state) {
        // Statements first, then the connection, then (last) the lock that kept other writers out.
        m_state->writer.reset();
        m_state->db = SqliteDatabase();
        m_state->lock.reset();
    }
}

LedgerResult<Ledger> Ledger::open(const LedgerOptions &options, const Clock &clock)
{
    if (options.dataDir.isEmpty())
        return fail(LedgerCode::InvalidInput, QStringLiteral("no data dir given"));
    auto state = std::make_unique<State>();
    state->options = options;
    const QDir dir(options.dataDir);
    state->path = dir.filePath(DatabaseFileName);

    if (!options.createIfMissing && !QFileInfo::exists(state->path))
        return fail(LedgerCode::IoError,
                    QStringLiteral("there is no ledger at %1 (is the data dir right?)").arg(state->path));
    if (options.access == LedgerOptions::Access::ReadWrite) {
        if (auto made = makeOwnerOnlyDirectory(options.dataDir); !made)
            return fail(LedgerCode::ReadOnly, made.error());
        auto lock = DataDirLock::acquire(options.dataDir);
        if (!lock)
            return fail(lock.error());
        state->lock.emplace(std::move(*lock));
    } else if (!QFileInfo::exists(state->path)) {
        return fail(LedgerCode::IoError, QStringLiteral("there is no ledger at %1").arg(state->path));
    }

    auto opened = openDatabase(*state);
    if (!opened && opened.error().code == LedgerCode::Corrupt &&
        options.access == LedgerOptions::Access::ReadWrite &&
        options.onCorrupt == LedgerOptions::OnCorrupt::MoveAsideAndStartNew) {
        const LedgerError cause = opened.error();
        state->writer.reset();
        state->db = SqliteDatabase(); // close before renaming
        auto moved = CorruptionRecovery::moveAside(state->path, clock.now(), cause);
        if (!moved)
            return fail(moved.error());
        state->recovered = *moved;
        opened = openDatabase(*state);
        if (opened) {
            LedgerEntry event = LedgerEntry::makeEvent(
                LedgerEntry::CorruptDatabaseMovedAside, options.kioskId, clock,
                {{QStringLiteral("moved-to"), clipped(QFileInfo(moved->movedTo).fileName())},
                 {QStringLiteral("cause"),
                  clipped(ledgerCodeName(cause.code) + QStringLiteral(": ") + cause.reason)}});
            Ledger ledger(std::move(state));
            if (auto logged = ledger.append(event); !logged)
                return fail(logged.error());
            return ledger;
        }
    }
    if (!opened)
        return fail(opened.error());
    return Ledger(std::move(state));
}

namespace {

// What happened to the file at `path`, if it is no longer the ledger this connection holds.
std::optional<LedgerContinuation::Cause> displacement(const QString &path,
                                                      const std::pair<dev_t, ino_t> &held)
{
    const std::optional<std::pair<dev_t, ino_t>> now = fileIdentity(path);
    if (!now)
        return LedgerContinuation::Cause::Deleted;
    if (*now != held)
        return LedgerContinuation::Cause::Replaced;
    QFile file(path);
    static const QByteArray sqliteHeader("SQLite format 3\0", 16);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != sqliteHeader)
        return LedgerContinuation::Cause::Overwritten;
    return std::nullopt;
}

} // namespace

LedgerResult<void> Ledger::checkStillInPlace(const QDateTime &at)
{
    if (m_state->displaced)
        return fail(*m_state->displaced);
    if (!m_state->identity)
        return {};
    const std::optional<LedgerContinuation::Cause> cause = displacement(m_state->path, *m_state->identity);
    if (!cause)
        return {};
    if (auto continued = continueInNewFile(*cause, at.isValid() ? at : QDateTime::currentDateTimeUtc());
        !continued) {
        m_state->displaced = LedgerError{
            LedgerCode::Displaced,
            QStringLiteral("the ledger file %1 was %2 while passgate had it open, and no new ledger could be "
                           "started: %3. Nothing more is recorded until passgate restarts with a ledger.")
                .arg(m_state->path, LedgerContinuation::causeText(*cause), continued.error().reason)};
        return fail(*m_state->displaced);
    }
    return {};
}

LedgerResult<void> Ledger::continueInNewFile(LedgerContinuation::Cause cause, const QDateTime &at)
{
    LedgerContinuation continuation;
    continuation.at = at.toUTC();
    continuation.cause = cause;
    continuation.throughId = m_state->writer->lastId();
    const QByteArray throughHash = m_state->writer->lastHash();

    // First, before anything else can go wrong: copy out what the connection still reads (an unlinked
    // file and its WAL stay readable through the open descriptors; pages it has cached survive an
    // overwrite).
    const QString rescued =
        CorruptionRecovery::freeSiblingName(m_state->path, QStringLiteral("rescued"), continuation.at);
    if (auto copied = m_state->db.exec(
            QStringLiteral("VACUUM INTO '%1'").arg(QString(rescued).replace(u'\'', QStringLiteral("''"))));
        copied) {
        (void)restrictToOwner(rescued);
        continuation.rescuedTo = rescued;
    } else {
        continuation.rescueProblem = copied.error().reason;
        QFile::remove(rescued); // a half-made copy would pass for a ledger
    }

    // The held file's -wal and -shm names may now belong to what replaced it: close without touching them.
    m_state->writer.reset();
    m_state->identity.reset();
    m_state->db.closeLeavingFilesAlone();

    // Whatever is at the path now (another file, garbage, a stray WAL) is kept, never overwritten.
    const bool somethingThere = QFileInfo::exists(m_state->path) ||
                                QFileInfo::exists(m_state->path + QStringLiteral("-wal")) ||
                                QFileInfo::exists(m_state->path + QStringLiteral("-shm"));
    if (somethingThere) {
        auto moved = CorruptionRecovery::moveAside(
            m_state->path, continuation.at,
            LedgerError{LedgerCode::Displaced, QStringLiteral("found in place of the ledger")},
            QStringLiteral("displaced"));
        if (!moved)
            return fail(moved.error());
        if (QFileInfo::exists(moved->movedTo) || QFileInfo::exists(moved->movedTo + QStringLiteral("-wal")))
            continuation.foundMovedTo = moved->movedTo;
    }

    if (auto opened = openDatabase(*m_state); !opened)
        return opened;
    // The new ledger's chain starts where the held one ended, and its first entry says so inside the
    // chain (as a purge checkpoint does), so the two files verify as one chain. One transaction: a
    // checkpoint without its event would not verify.
    auto transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction)
        return fail(transaction.error());
    auto anchor = m_state->db.prepare(
        QStringLiteral("UPDATE chain_anchor SET through_id = ?1, hash = ?2 WHERE singleton = 1"));
    if (!anchor)
        return fail(anchor.error());
    anchor->bind(1, continuation.throughId).bind(2, throughHash);
    if (auto set = anchor->run(); !set)
        return fail(set.error());
    if (auto reloaded = m_state->writer->reloadTail(); !reloaded)
        return reloaded;
    QMap<QString, QString> details{
        {QStringLiteral("through-id"), QString::number(continuation.throughId)},
        {QStringLiteral("anchor-hash"), QString::fromLatin1(throughHash.toHex())},
        {QStringLiteral("cause"), LedgerContinuation::causeText(cause)},
    };
    if (!continuation.rescuedTo.isEmpty())
        details.insert(QStringLiteral("rescued-to"), clipped(QFileInfo(continuation.rescuedTo).fileName()));
    else
        details.insert(QStringLiteral("rescue-failed"), clipped(continuation.rescueProblem));
    if (!continuation.foundMovedTo.isEmpty())
        details.insert(QStringLiteral("found-moved-to"),
                       clipped(QFileInfo(continuation.foundMovedTo).fileName()));
    LedgerEntry event = LedgerEntry::makeEvent(LedgerEntry::LedgerContinued, m_state->options.kioskId,
                                               FixedClock(continuation.at), details);
    if (auto logged = m_state->writer->insert(event); !logged) {
        transaction->rollback();
        return fail(logged.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        transaction->rollback();
        return fail(committed.error());
    }
    m_state->continuation = continuation;
    return {};
}

LedgerResult<qint64> Ledger::append(const LedgerEntry &entry)
{
    // The displacement check first: a ledger that lost its file also has no writer left.
    if (auto inPlace = checkStillInPlace(entry.time); !inPlace)
        return fail(inPlace.error());
    if (!m_state->writer)
        return fail(LedgerCode::ReadOnly, QStringLiteral("this ledger was opened read-only"));
    LedgerEntry stored = entry;
    // Autocommit: the INSERT is its own transaction, and with WAL + synchronous=FULL its commit returns
    // only after the WAL is fsync'ed. A failed statement rolls back by itself and leaves the tail alone.
    return m_state->writer->insert(stored);
}

LedgerResult<qint64> Ledger::appendAll(const QList<LedgerEntry> &entries)
{
    if (auto inPlace = checkStillInPlace(entries.isEmpty() ? QDateTime() : entries.first().time); !inPlace)
        return fail(inPlace.error());
    if (!m_state->writer)
        return fail(LedgerCode::ReadOnly, QStringLiteral("this ledger was opened read-only"));
    auto transaction = SqliteTransaction::begin(m_state->db);
    if (!transaction)
        return fail(transaction.error());
    const auto undo = [this, &transaction](const LedgerError &error) -> LedgerResult<qint64> {
        transaction->rollback();
        (void)m_state->writer->reloadTail();
        return fail(error);
    };
    for (const LedgerEntry &entry : entries) {
        LedgerEntry stored = entry;
        if (auto inserted = m_state->writer->insert(stored); !inserted)
            return undo(inserted.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return undo(committed.error());
    return m_state->writer->lastId();
}

LedgerResult<QList<LedgerEntry>> Ledger::entries(const QDateTime &from, const QDateTime &to,
                                                 Kinds kinds) const
{
    QString sql = QStringLiteral("SELECT %1 FROM entries WHERE time_ms >= ?1 AND time_ms < ?2")
                      .arg(LedgerRow::columns());
    if (kinds != Kinds::All)
        sql += QStringLiteral(" AND kind = ?3");
    sql += QStringLiteral(" ORDER BY id");
    auto query = m_state->db.prepare(sql);
    if (!query)
        return fail(query.error());
    query->bind(1, from.toMSecsSinceEpoch()).bind(2, to.toMSecsSinceEpoch());
    if (kinds != Kinds::All)
        query->bind(3,
                    kindCode(kinds == Kinds::Events ? LedgerEntry::Kind::Event : LedgerEntry::Kind::CheckIn));
    QList<LedgerEntry> found;
    for (;;) {
        auto row = query->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        auto entry = LedgerRow::fromStatement(*query).toEntry();
        if (!entry)
            return fail(entry.error());
        found.append(std::move(*entry));
    }
    return found;
}

LedgerResult<std::optional<LedgerEntry>> Ledger::entry(qint64 id) const
{
    auto query =
        m_state->db.prepare(QStringLiteral("SELECT %1 FROM entries WHERE id = ?1").arg(LedgerRow::columns()));
    if (!query)
        return fail(query.error());
    query->bind(1, id);
    auto row = query->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<LedgerEntry>();
    auto entry = LedgerRow::fromStatement(*query).toEntry();
    if (!entry)
        return fail(entry.error());
    return std::optional<LedgerEntry>(std::move(*entry));
}

LedgerResult<QList<LedgerRow>> Ledger::rowsAfter(qint64 afterId, int limit) const
{
    auto query =
        m_state->db.prepare(QStringLiteral("SELECT %1 FROM entries WHERE id > ?1 ORDER BY id LIMIT ?2")
                                .arg(LedgerRow::columns()));
    if (!query)
        return fail(query.error());
    query->bind(1, afterId).bind(2, qint64(limit));
    QList<LedgerRow> rows;
    for (;;) {
        auto row = query->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return rows;
        rows.append(LedgerRow::fromStatement(*query));
    }
}

LedgerResult<qint64> Ledger::count() const
{
    return m_state->db.queryInt(QStringLiteral("SELECT count(*) FROM entries"));
}

LedgerResult<QDateTime> Ledger::newestTime() const
{
    // The index on time_ms makes this one lookup, whatever the ledger's size.
    auto newest = m_state->db.queryInt(QStringLiteral("SELECT coalesce(max(time_ms), -1) FROM entries"));
    if (!newest)
        return fail(newest.error());
    return *newest < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(*newest, QTimeZone::utc());
}

qint64 Ledger::lastId() const
{
    if (m_state->writer)
        return m_state->writer->lastId();
    auto last = m_state->db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM entries"));
    return last ? *last : 0;
}

LedgerResult<PurgeReport> Ledger::purge(const Clock &clock)
{
    return purgeOlderThan(m_state->options.retention.cutoff(clock), clock);
}

LedgerResult<PurgeReport> Ledger::purgeOlderThan(const QDateTime &cutoff, const Clock &clock)
{
    if (!m_state->writer)
        return fail(LedgerCode::ReadOnly, QStringLiteral("this ledger was opened read-only"));
    return Retention::purge(m_state->db, *m_state->writer, cutoff, m_state->options.kioskId, clock);
}

LedgerResult<std::optional<PurgeReport>> Ledger::purgeIfDue(const Clock &clock)
{
    const QDateTime cutoff = m_state->options.retention.cutoff(clock);
    auto due = Retention::isDue(m_state->db, cutoff);
    if (!due)
        return fail(due.error());
    if (!*due)
        return std::optional<PurgeReport>();
    auto report = purgeOlderThan(cutoff, clock);
    if (!report)
        return fail(report.error());
    return std::optional<PurgeReport>(*report);
}

LedgerResult<Ledger::Durability> Ledger::durability() const
{
    Durability durability;
    auto journal = pragmaText(m_state->db, QStringLiteral("PRAGMA journal_mode"));
    auto synchronous = m_state->db.queryInt(QStringLiteral("PRAGMA synchronous"));
    auto autoVacuum = m_state->db.queryInt(QStringLiteral("PRAGMA auto_vacuum"));
    if (!journal)
        return fail(journal.error());
    if (!synchronous)
        return fail(synchronous.error());
    if (!autoVacuum)
        return fail(autoVacuum.error());
    durability.journalMode = *journal;
    durability.synchronous = int(*synchronous);
    durability.autoVacuum = int(*autoVacuum);
    return durability;
}

LedgerResult<ChainReport> Ledger::verify() const
{
    return ChainVerifier::verify(m_state->db);
}

LedgerResult<LedgerStats> Ledger::stats() const
{
    return collectLedgerStats(m_state->db);
}

const std::optional<CorruptionRecovery::MovedAside> &Ledger::recovered() const
{
    return m_state->recovered;
}

const std::optional<LedgerContinuation> &Ledger::continuation() const
{
    return m_state->continuation;
}

QString Ledger::databasePath() const
{
    return m_state->path;
}

const LedgerOptions &Ledger::options() const
{
    return m_state->options;
}

} // namespace passgate
