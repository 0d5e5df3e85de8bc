#include "ledger/ChainVerifier.h"

#include "ledger/ChainHash_p.h"
#include "ledger/LedgerEntry.h"
#include "ledger/LedgerRow.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace passgate {

QString ChainReport::summary() const
{
    if (integrity != QStringLiteral("ok"))
        return QStringLiteral("database integrity check failed: %1").arg(integrity);
    if (firstBroken)
        return QStringLiteral("chain broken at entry %1: %2").arg(firstBroken->id).arg(firstBroken->problem);
    QString anchor;
    if (continuedFrom)
        anchor = QStringLiteral(" (continues entry %1 of the ledger file before it%2, checkpoint verified)")
                     .arg(anchorId)
                     .arg(continuedFrom->isEmpty() ? QString()
                                                   : QStringLiteral(", rescued to %1").arg(*continuedFrom));
    else if (anchorId > 0)
        anchor = QStringLiteral(" (entries up to %1 purged, checkpoint verified)").arg(anchorId);
    return QStringLiteral("chain intact: %1 entries verified%2").arg(entriesChecked).arg(anchor);
}

namespace ChainVerifier {

namespace {

LedgerResult<QString> integrityCheck(SqliteDatabase &db)
{
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return fail(check.error());
    QStringList findings;
    for (;;) {
        auto row = check->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        findings.append(check->text(0));
    }
    return findings.join(QStringLiteral("; "));
}

} // namespace

LedgerResult<ChainReport> verify(SqliteDatabase &db, bool checkIntegrity)
{
    ChainReport report;
    if (checkIntegrity) {
        auto integrity = integrityCheck(db);
        if (!integrity)
            return fail(integrity.error());
        report.integrity = *integrity;
    } else {
        report.integrity = QStringLiteral("ok");
    }

    // One read transaction, so a concurrent writer cannot make the walk see half an append.
    if (auto begun = db.exec(QStringLiteral("BEGIN")); !begun)
        return fail(begun.error());
    struct EndRead
    {
        SqliteDatabase &db;
        ~EndRead() { (void)db.exec(QStringLiteral("COMMIT")); }
    } endRead{db};

    auto anchor = db.prepare(QStringLiteral("SELECT through_id, hash FROM chain_anchor WHERE singleton = 1"));
    if (!anchor)
        return fail(anchor.error());
    auto anchorRow = anchor->step();
    if (!anchorRow)
        return fail(anchorRow.error());
    if (!*anchorRow) {
        report.firstBroken = ChainReport::BrokenLink{0, QStringLiteral("the chain checkpoint is missing")};
        return report;
    }
    report.anchorId = anchor->int64(0);
    const QByteArray anchorHash = anchor->blob(1);

    auto rows = db.prepare(QStringLiteral("SELECT %1 FROM entries ORDER BY id").arg(LedgerRow::columns()));
    if (!rows)
        return fail(rows.error());
    qint64 expectedId = report.anchorId + 1;
    QByteArray previous = anchorHash;
    std::optional<LedgerRow> lastCheckpoint;
    const auto broken = [&report](qint64 id, const QString &problem) {
        if (!report.firstBroken)
            report.firstBroken = ChainReport::BrokenLink{id, problem};
    };
    for (;;) {
        auto next = rows->step();
        if (!next)
            return fail(next.error());
        if (!*next)
            break;
        const LedgerRow row = LedgerRow::fromStatement(*rows);
        ++report.entriesChecked;
        if (row.id != expectedId) {
            broken(expectedId,
                   row.id > expectedId
                       ? QStringLiteral("entries %1 to %2 are missing").arg(expectedId).arg(row.id - 1)
                       : QStringLiteral("entry ids are out of sequence"));
            break;
        }
        if (row.previousHash != previous) {
            broken(row.id,
                   row.id == report.anchorId + 1
                       ? QStringLiteral("does not chain to the checkpoint (entries before it were removed or "
                                        "the checkpoint was changed)")
                       : QStringLiteral("does not chain to entry %1 (an entry was removed, inserted or "
                                        "reordered)")
                             .arg(row.id - 1));
            break;
        }
        if (ChainHash::compute(row) != row.hash) {
            broken(row.id, QStringLiteral("was altered (its contents no longer match its hash)"));
            break;
        }
        // Both set the checkpoint: a purge to the last entry it removed, a continued ledger to the last
        // entry of the ledger file before it.
        if (row.kind == kindCode(LedgerEntry::Kind::Event) &&
            (row.event == LedgerEntry::PurgeCheckpoint || row.event == LedgerEntry::LedgerContinued))
            lastCheckpoint = row;
        previous = row.hash;
        ++expectedId;
    }
    if (report.firstBroken || report.anchorId == 0)
        return report;

    // The checkpoint row itself is outside the chain: it must match what the last purge recorded inside it.
    if (!lastCheckpoint) {
        broken(report.anchorId + 1,
               QStringLiteral("the checkpoint says entries up to %1 were purged, but no purge is recorded")
                   .arg(report.anchorId));
        return report;
    }
    if (lastCheckpoint->event == LedgerEntry::LedgerContinued)
        report.continuedFrom = QJsonDocument::fromJson(lastCheckpoint->attributes.toUtf8())
                                   .object()
                                   .value(QStringLiteral("rescued-to"))
                                   .toString();
    const QJsonObject details = QJsonDocument::fromJson(lastCheckpoint->attributes.toUtf8()).object();
    if (details.value(QStringLiteral("through-id")).toString() != QString::number(report.anchorId) ||
        details.value(QStringLiteral("anchor-hash")).toString() != QString::fromLatin1(anchorHash.toHex()))
        broken(report.anchorId + 1,
               QStringLiteral("the checkpoint differs from the one purge entry %1 recorded")
                   .arg(lastCheckpoint->id));
    return report;
}

} // namespace ChainVerifier

} // namespace passgate
