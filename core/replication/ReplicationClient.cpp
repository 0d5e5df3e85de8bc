#include "replication/ReplicationClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passgate {

namespace {

QJsonValue bytea(const QByteArray &bytes)
{
    // PostgreSQL's bytea input in hex form; jsonb_populate_recordset feeds strings to each column's input.
    return bytes.isNull() ? QJsonValue()
                          : QJsonValue(QStringLiteral("\\x") + QString::fromLatin1(bytes.toHex()));
}

} // namespace

ReplicationClient::ReplicationClient(PostgresConnection &connection, QString kioskId)
    : m_connection(connection)
    , m_kioskId(std::move(kioskId))
{}

SyncResult<qint64> ReplicationClient::highWater(qint64 localHead)
{
    auto rows = m_connection.query(QStringLiteral("SELECT passgate.high_water($1, $2)"),
                                   {m_kioskId.toUtf8(), QByteArray::number(localHead)});
    if (!rows)
        return fail(rows.error());
    if (rows->size() != 1)
        return fail(SyncCode::ServerError, QStringLiteral("high_water() answered %1 rows").arg(rows->size()));
    return rows->int64(0, 0);
}

QByteArray ReplicationClient::encode(const QList<LedgerRow> &rows)
{
    QJsonArray array;
    for (const LedgerRow &row : rows) {
        array.append(QJsonObject{
            // Ids and milliseconds as strings: JSON numbers are doubles to most parsers.
            {QStringLiteral("seq"), QString::number(row.id)},
            {QStringLiteral("time_ms"), QString::number(row.timeMs)},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("kiosk"), row.kiosk},
            {QStringLiteral("mode"), row.mode},
            {QStringLiteral("verdict"), row.verdict},
            {QStringLiteral("reasons"), row.reasons},
            {QStringLiteral("passes"), row.passes},
            {QStringLiteral("staff"), row.staff},
            {QStringLiteral("contact"), bytea(row.contact)},
            {QStringLiteral("attributes"), row.attributes},
            {QStringLiteral("event"), row.event},
            {QStringLiteral("prev_hash"), bytea(row.previousHash)},
            {QStringLiteral("hash"), bytea(row.hash)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

SyncResult<ReplicationClient::Ingested> ReplicationClient::send(const QList<LedgerRow> &rows)
{
    auto answer = m_connection.query(
        QStringLiteral("SELECT status, accepted, resent, high_water FROM passgate.ingest($1, ARRAY("
                       "SELECT r FROM jsonb_populate_recordset(NULL::passgate.entry_in, $2::jsonb) r "
                       "ORDER BY r.seq))"),
        {m_kioskId.toUtf8(), encode(rows)});
    if (!answer)
        return fail(answer.error());
    if (answer->size() != 1)
        return fail(SyncCode::ServerError, QStringLiteral("ingest() answered %1 rows").arg(answer->size()));
    Ingested ingested;
    const QString status = answer->text(0, 0);
    if (status == QLatin1String("ok"))
        ingested.status = Ingested::Status::Ok;
    else if (status == QLatin1String("gap"))
        ingested.status = Ingested::Status::Gap;
    else if (status == QLatin1String("fork"))
        ingested.status = Ingested::Status::Fork;
    else if (status == QLatin1String("refused"))
        ingested.status = Ingested::Status::Refused;
    else if (status == QLatin1String("foreign"))
        ingested.status = Ingested::Status::Foreign;
    else
        return fail(SyncCode::ServerError, QStringLiteral("ingest() answered status '%1'").arg(status));
    ingested.accepted = int(answer->int64(0, 1));
    ingested.resent = int(answer->int64(0, 2));
    ingested.highWater = answer->int64(0, 3);
    return ingested;
}

} // namespace passgate
