#include "ledger/LedgerRow.h"

#include "ledger/SqliteDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace passgate {

namespace {

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

Failure<LedgerError> corrupt(qint64 id, const QString &what)
{
    return fail(LedgerCode::Corrupt, QStringLiteral("entry %1: %2").arg(id).arg(what));
}

} // namespace

LedgerRow LedgerRow::fromEntry(const LedgerEntry &entry)
{
    LedgerRow row;
    row.id = entry.id;
    row.timeMs = entry.time.toMSecsSinceEpoch();
    row.kind = kindCode(entry.kind);
    row.kiosk = entry.kioskId;
    if (entry.kind == LedgerEntry::Kind::CheckIn) {
        row.mode = modeCode(entry.mode);
        row.verdict = verdictCode(entry.verdict);
    }
    row.reasons = compact(QJsonDocument(QJsonArray::fromStringList(entry.reasonCodes)));
    QJsonArray passes;
    for (const LedgerPass &pass : entry.passes) {
        passes.append(
            QJsonObject{{QStringLiteral("format"), pass.format},
                        {QStringLiteral("statement"), pass.statement},
                        {QStringLiteral("country"), pass.issuerCountry},
                        {QStringLiteral("certificate"), QString::fromLatin1(pass.certificateHash.toHex())}});
    }
    row.passes = compact(QJsonDocument(passes));
    row.staff = entry.staffId;
    row.contact = entry.sealedContact;
    QJsonObject attributes;
    for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    row.attributes = compact(QJsonDocument(attributes));
    row.event = entry.event;
    row.previousHash = entry.previousHash;
    row.hash = entry.hash;
    return row;
}

QString LedgerRow::columns()
{
    return QStringLiteral("id, time_ms, kind, kiosk, mode, verdict, reasons, passes, staff, contact, "
                          "attributes, event, prev_hash, hash");
}

LedgerRow LedgerRow::fromStatement(const SqliteStatement &statement)
{
    LedgerRow row;
    row.id = statement.int64(0);
    row.timeMs = statement.int64(1);
    row.kind = statement.text(2);
    row.kiosk = statement.text(3);
    row.mode = statement.text(4);
    row.verdict = statement.text(5);
    row.reasons = statement.text(6);
    row.passes = statement.text(7);
    row.staff = statement.text(8);
    row.contact = statement.blob(9);
    row.attributes = statement.text(10);
    row.event = statement.text(11);
    row.previousHash = statement.blob(12);
    row.hash = statement.blob(13);
    return row;
}

LedgerResult<LedgerEntry> LedgerRow::toEntry() const
{
    LedgerEntry entry;
    entry.id = id;
    entry.time = QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::utc());
    if (!kindFromCode(kind, &entry.kind))
        return corrupt(id, QStringLiteral("unknown kind '%1'").arg(kind));
    entry.kioskId = kiosk;
    if (entry.kind == LedgerEntry::Kind::CheckIn) {
        if (!modeFromCode(mode, &entry.mode))
            return corrupt(id, QStringLiteral("unknown mode '%1'").arg(mode));
        if (!verdictFromCode(verdict, &entry.verdict))
            return corrupt(id, QStringLiteral("unknown decision '%1'").arg(verdict));
    }
    const QJsonDocument reasonsJson = QJsonDocument::fromJson(reasons.toUtf8());
    const QJsonDocument passesJson = QJsonDocument::fromJson(passes.toUtf8());
    const QJsonDocument attributesJson = QJsonDocument::fromJson(attributes.toUtf8());
    if (!reasonsJson.isArray() || !passesJson.isArray() || !attributesJson.isObject())
        return corrupt(id, QStringLiteral("unreadable reasons, passes or attributes"));
    for (const QJsonValue &code : reasonsJson.array())
        entry.reasonCodes.append(code.toString());
    for (const QJsonValue &value : passesJson.array()) {
        const QJsonObject pass = value.toObject();
        entry.passes.append(
            {pass.value(QStringLiteral("format")).toString(),
             pass.value(QStringLiteral("statement")).toString(),
             pass.value(QStringLiteral("country")).toString(),
             QByteArray::fromHex(pass.value(QStringLiteral("certificate")).toString().toLatin1())});
    }
    const QJsonObject attributeObject = attributesJson.object();
    for (auto it = attributeObject.begin(); it != attributeObject.end(); ++it)
        entry.attributes.insert(it.key(), it.value().toString());
    entry.staffId = staff;
    entry.sealedContact = contact;
    entry.event = event;
    entry.previousHash = previousHash;
    entry.hash = hash;
    return entry;
}

} // namespace passgate
