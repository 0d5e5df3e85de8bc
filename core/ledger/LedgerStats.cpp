#include "ledger/LedgerStats.h"

#include "ledger/LedgerSchema_p.h"
#include "ledger/Retention.h"

#include <QTimeZone>

namespace passgate {

QString LedgerStats::schemaSummary() const
{
    if (schemaHistory.isEmpty())
        return QString::number(schemaVersion);
    const SchemaStep &latest = schemaHistory.constLast();
    return QStringLiteral("%1, since %2 UTC (passgate %3)")
        .arg(schemaVersion)
        .arg(latest.appliedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), latest.byPassgate);
}

LedgerResult<LedgerStats> collectLedgerStats(SqliteDatabase &db)
{
    LedgerStats stats;
    auto perDay = db.prepare(QStringLiteral(
        "SELECT time_ms / 86400000 AS day, mode, count(*) FROM entries WHERE kind = 'check-in' "
        "GROUP BY day, mode ORDER BY day, mode"));
    if (!perDay)
        return fail(perDay.error());
    for (;;) {
        auto row = perDay->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const QDate day = QDate(1970, 1, 1).addDays(perDay->int64(0));
        stats.perDayAndMode.append({day, perDay->text(1), perDay->int64(2)});
        stats.checkIns += perDay->int64(2);
    }
    auto totals = db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM entries WHERE kind = 'event'), "
                                            "min(time_ms), max(time_ms) FROM entries"));
    if (!totals)
        return fail(totals.error());
    auto row = totals->step();
    if (!row)
        return fail(row.error());
    stats.events = totals->int64(0);
    if (!totals->isNull(1)) {
        stats.oldest = QDateTime::fromMSecsSinceEpoch(totals->int64(1), QTimeZone::utc());
        stats.newest = QDateTime::fromMSecsSinceEpoch(totals->int64(2), QTimeZone::utc());
    }
    auto chain = ChainVerifier::verify(db);
    if (!chain)
        return fail(chain.error());
    stats.chain = *chain;
    stats.databaseBytes = Retention::storageBytes(db.path());
    auto version = LedgerSchema::version(db);
    if (!version)
        return fail(version.error());
    stats.schemaVersion = *version;
    auto history = LedgerSchema::history(db);
    if (!history)
        return fail(history.error());
    stats.schemaHistory = *history;
    return stats;
}

} // namespace passgate
