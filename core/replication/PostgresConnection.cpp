#include "replication/PostgresConnection.h"

#include "replication/ConnectionFailure.h"

#include "crypto/TlsPeer.h"

#include <QElapsedTimer>

#include <clocale>
#include <libpq-fe.h>
#include <locale.h>
#include <poll.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace passgate {

struct PostgresConnection::Handle
{
    PGconn *conn = nullptr;
    ~Handle()
    {
        if (conn)
            PQfinish(conn);
    }
};

namespace {

constexpr int SliceMs = 100; // how soon an abort is noticed

enum class Wait
{
    Ready,
    TimedOut,
    Aborted,
};

Wait waitForSocket(PGconn *conn, bool forRead, bool forWrite, const QElapsedTimer &clock,
                   std::chrono::milliseconds limit, const std::atomic<bool> *abort)
{
    for (;;) {
        if (abort && abort->load())
            return Wait::Aborted;
        const qint64 left = limit.count() - clock.elapsed();
        if (left <= 0)
            return Wait::TimedOut;
        pollfd descriptor{PQsocket(conn), short((forRead ? POLLIN : 0) | (forWrite ? POLLOUT : 0)), 0};
        const int ready = ::poll(&descriptor, 1, int(std::min<qint64>(left, SliceMs)));
        if (ready > 0)
            return Wait::Ready;
        if (ready < 0 && errno != EINTR)
            return Wait::Ready; // let libpq find and report the socket's error
    }
}

QString lastError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

SyncError connectionError(PGconn *conn, const QString &server)
{
    return ConnectionFailure{server, lastError(conn), PQconnectionNeedsPassword(conn) == 1}.classify();
}

// libpq's own messages in the C locale while this thread talks to it: they are logged and, where no
// SQLSTATE says more, matched as text; a kiosk under LANG=ko_KR must not read "unreachable" into a
// wrong certificate. Thread-local (uselocale), so the screen's language is untouched.
class CMessages
{
public:
    CMessages()
        : m_c(newlocale(LC_ALL_MASK, "C", locale_t(nullptr)))
        , m_previous(m_c ? uselocale(m_c) : locale_t(nullptr))
    {}
    ~CMessages()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    CMessages(const CMessages &) = delete;
    CMessages &operator=(const CMessages &) = delete;

private:
    locale_t m_c;
    locale_t m_previous;
};

QString describeServer(const QString &server)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(server.toUtf8().constData(), &error);
    PQfreemem(error);
    if (!options)
        return QStringLiteral("the sync server");
    QString host, port, dbname;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        const QString value = option->val ? QString::fromUtf8(option->val) : QString();
        if (qstrcmp(option->keyword, "host") == 0)
            host = value;
        else if (qstrcmp(option->keyword, "port") == 0)
            port = value;
        else if (qstrcmp(option->keyword, "dbname") == 0)
            dbname = value;
    }
    PQconninfoFree(options);
    QString text = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (!port.isEmpty())
        text += QLatin1Char(':') + port;
    if (!dbname.isEmpty())
        text += QLatin1Char('/') + dbname;
    return text;
}

} // namespace

PostgresConnection::PostgresConnection(std::unique_ptr<Handle> handle, Options options)
    : m_handle(std::move(handle))
    , m_options(std::move(options))
{}
PostgresConnection::PostgresConnection(PostgresConnection &&) noexcept = default;
PostgresConnection &PostgresConnection::operator=(PostgresConnection &&) noexcept = default;
PostgresConnection::~PostgresConnection() = default;

SyncResult<PostgresConnection> PostgresConnection::open(const Options &options)
{
    const CMessages inC;
    const QString where = describeServer(options.server);
    std::vector<QByteArray> keys{"dbname", "application_name", "connect_timeout",
                                 // A server that vanishes mid-answer is noticed by TCP, not only by the
                                 // query deadline.
                                 "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count",
                                 "tcp_user_timeout"};
    std::vector<QByteArray> values{
        options.server.toUtf8(),
        options.applicationName.toUtf8(),
        QByteArray::number(std::max<qint64>(2, options.connectTimeout.count() / 1000)),
        "1",
        "10",
        "5",
        "3",
        QByteArray::number(qint64(options.queryTimeout.count()))};
    if (!options.password.isEmpty()) {
        keys.emplace_back("password");
        values.push_back(options.password.toUtf8());
    }
    if (!options.caFile.isEmpty()) {
        keys.emplace_back("sslmode");
        values.emplace_back("verify-full");
        keys.emplace_back("sslrootcert");
        values.push_back(options.caFile.toUtf8());
    } else if (!options.pin.isEmpty()) {
        // The pin is checked after the handshake, before any statement; SCRAM with channel binding keeps
        // the password from a man in the middle even before that check.
        keys.emplace_back("sslmode");
        values.emplace_back("require");
        if (!options.password.isEmpty()) {
            keys.emplace_back("channel_binding");
            values.emplace_back("require");
        }
    }
    std::vector<const char *> keyPointers, valuePointers;
    for (size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    auto handle = std::make_unique<Handle>();
    handle->conn = PQconnectStartParams(keyPointers.data(), valuePointers.data(), 1);
    if (!handle->conn)
        return fail(SyncCode::Unreachable, QStringLiteral("out of memory connecting to %1").arg(where));
    // The server's refusals carry their SQLSTATE in the message (its words are in its own language).
    PQsetErrorVerbosity(handle->conn, PQERRORS_VERBOSE);
    if (PQstatus(handle->conn) == CONNECTION_BAD)
        return fail(connectionError(handle->conn, where));
    QElapsedTimer clock;
    clock.start();
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK) {
        if (state == PGRES_POLLING_FAILED)
            return fail(connectionError(handle->conn, where));
        const Wait wait =
            waitForSocket(handle->conn, state == PGRES_POLLING_READING, state == PGRES_POLLING_WRITING, clock,
                          options.connectTimeout, options.abort);
        if (wait == Wait::Aborted)
            return fail(SyncCode::Aborted, QStringLiteral("stopped while connecting to %1").arg(where));
        if (wait == Wait::TimedOut)
            return fail(SyncCode::Unreachable, QStringLiteral("cannot reach %1: no answer within %2 s")
                                                   .arg(where)
                                                   .arg(options.connectTimeout.count() / 1000.0));
        state = PQconnectPoll(handle->conn);
    }
    PQsetErrorVerbosity(handle->conn, PQERRORS_DEFAULT);
    PQsetnonblocking(handle->conn, 1);
    PostgresConnection connection(std::move(handle), options);
    if (!options.pin.isEmpty()) {
        const QByteArray presented = connection.serverCertificateSha256();
        if (presented.isEmpty())
            return fail(SyncCode::TlsMismatch, QStringLiteral("%1 did not use TLS; the pinned certificate "
                                                              "cannot be checked, so nothing was sent")
                                                   .arg(where));
        if (presented != options.pin)
            return fail(SyncCode::TlsMismatch,
                        QStringLiteral("%1 presented certificate %2, not the pinned one: nothing was sent")
                            .arg(where, QString::fromLatin1(presented.toHex(':'))));
    }
    return connection;
}

QByteArray PostgresConnection::serverCertificateSha256() const
{
    return crypto::tlsPeerCertificateSha256(PQsslStruct(m_handle->conn, "OpenSSL"));
}

bool PostgresConnection::usable() const
{
    return m_handle && m_handle->conn && PQstatus(m_handle->conn) == CONNECTION_OK;
}

SyncResult<PostgresRows> PostgresConnection::query(const QString &sql, const QList<QByteArray> &parameters)
{
    return run(sql, parameters, true);
}

SyncResult<void> PostgresConnection::execute(const QString &sql)
{
    auto done = run(sql, {}, false);
    if (!done)
        return fail(done.error());
    return {};
}

SyncResult<PostgresRows> PostgresConnection::run(const QString &sql, const QList<QByteArray> &parameters,
                                                 bool withParameters)
{
    const CMessages inC;
    PGconn *conn = m_handle->conn;
    const QString where = describeServer(m_options.server);
    if (!usable())
        return fail(SyncCode::Unreachable, QStringLiteral("the connection to %1 was lost").arg(where));
    const QByteArray text = sql.toUtf8();
    int sent = 0;
    if (withParameters) {
        std::vector<const char *> values;
        for (const QByteArray &parameter : parameters)
            values.push_back(parameter.isNull() ? nullptr : parameter.constData());
        sent = PQsendQueryParams(conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr,
                                 nullptr, 0);
    } else {
        sent = PQsendQuery(conn, text.constData());
    }
    if (!sent)
        return fail(SyncCode::Unreachable, QStringLiteral("%1: %2").arg(where, lastError(conn)));

    QElapsedTimer clock;
    clock.start();
    const auto broken = [&](Wait wait) -> Failure<SyncError> {
        // Nobody learns whether the statement committed: dropping the connection makes the server roll
        // back whatever had not, and the caller resumes from the server's high-water mark.
        PQfinish(m_handle->conn);
        m_handle->conn = nullptr;
        if (wait == Wait::Aborted)
            return fail(SyncCode::Aborted, QStringLiteral("stopped while waiting for %1").arg(where));
        return fail(SyncCode::Unreachable, QStringLiteral("%1 did not answer within %2 s")
                                               .arg(where)
                                               .arg(m_options.queryTimeout.count() / 1000.0));
    };
    for (;;) {
        const int flushed = PQflush(conn);
        if (flushed == 0)
            break;
        if (flushed < 0)
            return fail(SyncCode::Unreachable, QStringLiteral("%1: %2").arg(where, lastError(conn)));
        const Wait wait = waitForSocket(conn, true, true, clock, m_options.queryTimeout, m_options.abort);
        if (wait != Wait::Ready)
            return broken(wait);
        if (!PQconsumeInput(conn))
            return fail(SyncCode::Unreachable, QStringLiteral("%1: %2").arg(where, lastError(conn)));
    }
    PostgresRows rows;
    std::optional<SyncError> error;
    for (;;) {
        while (PQisBusy(conn)) {
            const Wait wait =
                waitForSocket(conn, true, false, clock, m_options.queryTimeout, m_options.abort);
            if (wait != Wait::Ready)
                return broken(wait);
            if (!PQconsumeInput(conn))
                return fail(SyncCode::Unreachable, QStringLiteral("%1: %2").arg(where, lastError(conn)));
        }
        PGresult *result = PQgetResult(conn);
        if (!result)
            break;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK) {
            rows.rows.clear();
            for (int r = 0; r < PQntuples(result); ++r) {
                QList<QByteArray> values;
                for (int c = 0; c < PQnfields(result); ++c)
                    values.append(PQgetisnull(result, r, c)
                                      ? QByteArray()
                                      : QByteArray(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
                rows.rows.append(values);
            }
        } else if (status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY && !error) {
            const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
            const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            if (state == QLatin1String("42501"))
                error = SyncError{SyncCode::NotRegistered, QStringLiteral("%1: %2").arg(where, message)};
            else if (PQstatus(conn) != CONNECTION_OK)
                error = SyncError{SyncCode::Unreachable, QStringLiteral("%1: %2").arg(where, message)};
            else
                error = SyncError{SyncCode::ServerError, QStringLiteral("%1: %2").arg(where, message)};
        }
        PQclear(result);
    }
    if (error)
        return fail(*error);
    if (PQstatus(conn) != CONNECTION_OK)
        return fail(SyncCode::Unreachable, QStringLiteral("%1: %2").arg(where, lastError(conn)));
    return rows;
}

} // namespace passgate
