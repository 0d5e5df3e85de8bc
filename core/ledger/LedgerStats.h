#pragma once

#include "ledger/ChainVerifier.h"
#include "ledger/SqliteDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace passgate {

// One schema step a ledger went through: which passgate applied it, when.
struct SchemaStep
{
    int version = 0;
    QDateTime appliedAt;
    QString byPassgate; // its version, e.g. "0.2.0"
};

// What `ledger stats` shows staff and auditors: activity per day and mode, the span held, the chain.
struct LedgerStats
{
    struct DayCount
    {
        QDate day; // UTC
        QString mode;
        qint64 checkIns = 0;
    };

    QList<DayCount> perDayAndMode; // check-ins only, by day then mode
    qint64 checkIns = 0;
    qint64 events = 0;
    QDateTime oldest; // invalid when empty
    QDateTime newest;
    qint64 databaseBytes = 0; // database + WAL
    int schemaVersion = 0;
    QList<SchemaStep> schemaHistory; // from version 2 on

    // "2, since 2026-12-01 09:30 UTC (passgate 0.2.0)": the version and its latest step.
    QString schemaSummary() const;
    ChainReport chain;
};

LedgerResult<LedgerStats> collectLedgerStats(SqliteDatabase &db);

} // namespace passgate
