#pragma once

#include "ledger/LedgerError.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace passgate {

// A thin owner of one SQLite connection and its prepared statements. Every failure becomes a
// LedgerError whose code says what the kiosk can do about it (disk full, read-only, locked, corrupt).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    {}
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, const QString &text);
    SqliteStatement &bind(int index, const QByteArray &blob); // a null QByteArray binds NULL
    // One step: true while a row is available, false when done; errors as LedgerError.
    LedgerResult<bool> step();
    // Runs to completion, ignoring rows, then resets for reuse.
    LedgerResult<void> run();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

class SqliteDatabase
{
public:
    enum class Mode
    {
        ReadWriteCreate,
        ReadOnly
    };

    static LedgerResult<SqliteDatabase> open(const QString &path, Mode mode);
    SqliteDatabase() = default;
    SqliteDatabase(SqliteDatabase &&) noexcept = default;
    SqliteDatabase &operator=(SqliteDatabase &&) noexcept = default;

    LedgerResult<void> exec(const QString &sql);
    LedgerResult<SqliteStatement> prepare(const QString &sql);
    // A single integer from a one-row query (PRAGMA user_version, count(*), ...).
    LedgerResult<qint64> queryInt(const QString &sql);
    bool isReadOnly() const;
    void setBusyTimeout(int milliseconds);
    sqlite3 *handle() const { return m_db.get(); }
    const QString &path() const { return m_path; }
    // Closes without a checkpoint and without removing the -wal and -shm files by name: for a
    // connection whose database file was deleted or replaced, those names may belong to another file.
    void closeLeavingFilesAlone();

    // Turns SQLite's result code (and the system errno behind it) into a LedgerError.
    LedgerError error(int resultCode, const QString &doing) const;

private:
    LedgerError closedError() const;
    struct Closer
    {
        void operator()(sqlite3 *db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted (any early return on error).
class SqliteTransaction
{
public:
    static LedgerResult<SqliteTransaction> begin(SqliteDatabase &db);
    SqliteTransaction(SqliteTransaction &&other) noexcept;
    SqliteTransaction &operator=(SqliteTransaction &&) = delete;
    ~SqliteTransaction();
    LedgerResult<void> commit();
    // Rolls back now if SQLite has not already done so (a failed COMMIT may leave it open or not).
    void rollback();

private:
    explicit SqliteTransaction(SqliteDatabase *db)
        : m_db(db)
    {}
    SqliteDatabase *m_db = nullptr;
};

LedgerError sqliteError(sqlite3 *db, int resultCode, const QString &doing);

} // namespace passgate
