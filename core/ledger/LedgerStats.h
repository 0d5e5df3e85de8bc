#pragma once

#include "ledger/ChainVerifier.h"
#include "ledger/SqliteDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace passgate {

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
    ChainReport chain;
};

LedgerResult<LedgerStats> collectLedgerStats(SqliteDatabase &db);

} // namespace passgate
