#include "ledger/SqliteDatabase.h"

#include "common/NativePath.h"

#include <sqlite3.h>

#include <QList>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace passgate {

namespace {

bool diskFullErrno(int error)
{
    return error == ENOSPC || error == EFBIG || error == EDQUOT;
}

bool readOnlyErrno(int error)
{
    return error == EROFS || error == EACCES || error == EPERM;
}

// The errno behind an I/O error. sqlite3_system_errno() reads errno only after SQLite has cleaned up,
// by which time it is often gone; each open file keeps the errno of its own last failure, so ask the
// database file and the WAL too (a write past the file size limit fails on the WAL).
QList<int> systemErrnos(sqlite3 *db)
{
    QList<int> errnos;
    if (!db)
        return errnos;
    errnos.append(sqlite3_system_errno(db));
    int lastErrno = 0;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_LAST_ERRNO, &lastErrno) == SQLITE_OK)
        errnos.append(lastErrno);
    sqlite3_file *journal = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &journal) == SQLITE_OK && journal &&
        journal->pMethods) {
        lastErrno = 0;
        if (journal->pMethods->xFileControl(journal, SQLITE_FCNTL_LAST_ERRNO, &lastErrno) == SQLITE_OK)
            errnos.append(lastErrno);
    }
    errnos.removeAll(0);
    return errnos;
}

LedgerCode codeFor(int resultCode, const QList<int> &errnos)
{
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return LedgerCode::DiskFull;
    case SQLITE_READONLY:
        return LedgerCode::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return LedgerCode::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return LedgerCode::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        // SQLite reports a write that hit the file size limit (EFBIG) or a quota as a plain I/O error.
        if (std::any_of(errnos.begin(), errnos.end(), diskFullErrno))
            return LedgerCode::DiskFull;
        if (std::any_of(errnos.begin(), errnos.end(), readOnlyErrno))
            return LedgerCode::ReadOnly;
        return LedgerCode::IoError;
    default:
        return LedgerCode::IoError;
    }
}

QString describe(LedgerCode code)
{
    switch (code) {
    case LedgerCode::DiskFull:
        return QStringLiteral("the disk is full");
    case LedgerCode::ReadOnly:
        return QStringLiteral("the ledger cannot be written (read-only file, folder or filesystem)");
    case LedgerCode::Locked:
        return QStringLiteral("the ledger database is locked by another program");
    case LedgerCode::Corrupt:
        return QStringLiteral("the ledger database is damaged");
    default:
        return QStringLiteral("input/output error");
    }
}

} // namespace

LedgerError sqliteError(sqlite3 *db, int resultCode, const QString &doing)
{
    const QList<int> errnos = systemErrnos(db);
    const LedgerCode code = codeFor(resultCode, errnos);
    QString reason = describe(code) + QStringLiteral(" while ") + doing + QStringLiteral(" (SQLite: ");
    reason += db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    const auto telling = std::find_if(errnos.begin(), errnos.end(), [code](int error) {
        return code == LedgerCode::DiskFull   ? diskFullErrno(error)
               : code == LedgerCode::ReadOnly ? readOnlyErrno(error)
                                              : true;
    });
    if (telling != errnos.end())
        reason += QStringLiteral("; system: ") + QString::fromLocal8Bit(std::strerror(*telling));
    reason += QLatin1Char(')');
    return LedgerError{code, reason};
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

LedgerResult<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const LedgerError error =
        sqliteError(m_db, sqlite3_extended_errcode(m_db), QStringLiteral("running a query"));
    sqlite3_reset(m_statement);
    return fail(error);
}

LedgerResult<void> SqliteStatement::run()
{
    for (;;) {
        const auto row = step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
    }
    reset();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return size == 0 ? QByteArray("") : QByteArray(data, size);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteDatabase::Closer::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

void SqliteDatabase::closeLeavingFilesAlone()
{
    if (!m_db)
        return;
    // Without a checkpoint on close SQLite neither writes into the database file nor deletes the WAL
    // and shared-memory files; keeping the WAL persistent says the same twice.
    (void)sqlite3_db_config(m_db.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    int persist = 1;
    (void)sqlite3_file_control(m_db.get(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    m_db.reset();
}

LedgerResult<SqliteDatabase> SqliteDatabase::open(const QString &path, Mode mode)
{
    const int flags =
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(nativePath(path).constData(), &raw, flags, nullptr);
    SqliteDatabase database;
    database.m_db.reset(raw);
    database.m_path = path;
    if (rc != SQLITE_OK)
        return fail(sqliteError(raw, rc, QStringLiteral("opening %1").arg(path)));
    sqlite3_extended_result_codes(raw, 1);
    return database;
}

LedgerResult<void> SqliteDatabase::exec(const QString &sql)
{
    if (!m_db)
        return fail(closedError());
    const int rc = sqlite3_exec(m_db.get(), sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(
            error(sqlite3_extended_errcode(m_db.get()), QStringLiteral("running '%1'").arg(sql.left(60))));
    return {};
}

LedgerResult<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    if (!m_db)
        return fail(closedError());
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db.get(), utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return fail(
            error(sqlite3_extended_errcode(m_db.get()), QStringLiteral("preparing '%1'").arg(sql.left(60))));
    return SqliteStatement(m_db.get(), statement);
}

LedgerResult<qint64> SqliteDatabase::queryInt(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return fail(statement.error());
    const auto row = statement->step();
    if (!row)
        return fail(row.error());
    return *row ? statement->int64(0) : qint64(0);
}

LedgerError SqliteDatabase::closedError() const
{
    // A ledger whose file was displaced and that could not start a new one has no connection left.
    return LedgerError{LedgerCode::IoError, QStringLiteral("the ledger at %1 is no longer open")
                                                .arg(m_path.isEmpty() ? QStringLiteral("?") : m_path)};
}

bool SqliteDatabase::isReadOnly() const
{
    return sqlite3_db_readonly(m_db.get(), "main") == 1;
}

void SqliteDatabase::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db.get(), milliseconds);
}

LedgerError SqliteDatabase::error(int resultCode, const QString &doing) const
{
    return sqliteError(m_db.get(), resultCode, doing);
}

LedgerResult<SqliteTransaction> SqliteTransaction::begin(SqliteDatabase &db)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here and not halfway through.
    if (auto begun = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return fail(begun.error());
    return SqliteTransaction(&db);
}

SqliteTransaction::SqliteTransaction(SqliteTransaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

SqliteTransaction::~SqliteTransaction()
{
    rollback();
}

void SqliteTransaction::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db->handle()))
        sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    m_db = nullptr;
}

LedgerResult<void> SqliteTransaction::commit()
{
    auto committed = m_db->exec(QStringLiteral("COMMIT"));
    if (!committed)
        return committed; // rollback() or the destructor ends whatever SQLite left open
    m_db = nullptr;
    return {};
}

} // namespace passgate
