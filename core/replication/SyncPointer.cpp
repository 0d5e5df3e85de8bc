#include "replication/SyncPointer.h"

#include "common/AtomicWrite.h"
#include "common/BoundedRead.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace passgate {

std::optional<SyncPointer> SyncPointer::load(const QString &dataDir, const QString &server,
                                             const QString &kioskId)
{
    const auto bytes = readFileBounded(QDir(dataDir).filePath(FileName), readLimit::keyFile);
    if (!bytes)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
    SyncPointer pointer{
        json.value(QStringLiteral("server")).toString(), json.value(QStringLiteral("kioskId")).toString(),
        json.value(QStringLiteral("acknowledged")).toString().toLongLong(),
        QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)};
    if (pointer.server != server || pointer.kioskId != kioskId || pointer.acknowledged < 0)
        return std::nullopt;
    return pointer;
}

SyncResult<void> SyncPointer::save(const QString &dataDir) const
{
    const QJsonObject json{{QStringLiteral("server"), server},
                           {QStringLiteral("kioskId"), kioskId},
                           {QStringLiteral("acknowledged"), QString::number(acknowledged)},
                           {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    auto written = writeFileAtomically(QDir(dataDir).filePath(FileName),
                                       QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!written)
        return fail(SyncCode::LedgerUnavailable, written.error());
    return {};
}

} // namespace passgate
