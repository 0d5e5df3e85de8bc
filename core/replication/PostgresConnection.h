#pragma once

#include "replication/SyncError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

namespace passgate {

// The rows of one answer, in text format. A NULL is a null QByteArray.
struct PostgresRows
{
    QList<QList<QByteArray>> rows;

    int size() const { return int(rows.size()); }
    QString text(int row, int column) const { return QString::fromUtf8(rows.at(row).at(column)); }
    qint64 int64(int row, int column) const { return rows.at(row).at(column).toLongLong(); }
    bool isNull(int row, int column) const { return rows.at(row).at(column).isNull(); }
};

// One libpq connection, driven without blocking on the network: every wait is a poll() in short
// slices, bounded by a deadline and by an abort flag, so a kiosk shutting down or a server that
// vanished mid-answer never holds the calling thread longer than the timeout says.
class PostgresConnection
{
public:
    using Milliseconds = std::chrono::milliseconds;
    struct Options
    {
        QString server;   // connection string or URI, without the password
        QString password; // empty: none (or libpq's own sources, ~/.pgpass and PGPASSWORD)
        QString caFile;   // verify-full against this CA
        QByteArray pin;   // SHA-256 of the server certificate's DER; then TLS is required
        QString applicationName = QStringLiteral("passgate");
        Milliseconds connectTimeout{10000};
        Milliseconds queryTimeout{60000};
        const std::atomic<bool> *abort = nullptr; // checked between waits
    };

    static SyncResult<PostgresConnection> open(const Options &options);

    PostgresConnection(PostgresConnection &&) noexcept;
    PostgresConnection &operator=(PostgresConnection &&) noexcept;
    ~PostgresConnection();

    // One statement with text parameters ($1, $2, ...; a null QByteArray is NULL).
    SyncResult<PostgresRows> query(const QString &sql, const QList<QByteArray> &parameters = {});
    // Several statements in one string, no parameters (applying a schema file).
    SyncResult<void> execute(const QString &sql);
    // False once the connection broke; it is then of no further use.
    bool usable() const;
    // The SHA-256 of the server's certificate, when the connection uses TLS.
    QByteArray serverCertificateSha256() const;

    struct Handle;

private:
    explicit PostgresConnection(std::unique_ptr<Handle> handle, Options options);
    SyncResult<PostgresRows> run(const QString &sql, const QList<QByteArray> &parameters,
                                 bool withParameters);
    std::unique_ptr<Handle> m_handle;
    Options m_options;
};

} // namespace passgate
