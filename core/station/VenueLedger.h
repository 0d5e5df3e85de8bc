#pragma once

#include "checkin/Decision.h"
#include "checkin/Evidence.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerExport.h"
#include "ledger/OutagePeriods.h"
#include "ledger/VenueKeys.h"
#include "station/LoggedCheckIn.h"
#include "station/StationStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace passgate {

// The kiosk's side of the ledger: opens it in the data dir (making the venue keys on first start),
// records each check-in durably, purges on schedule and reads today's entries back for staff.
class VenueLedger
{
public:
    struct Options
    {
        QString dataDir;
        QString keysOutDir; // where a first start leaves the owner's private key: never the data dir
        QString kioskId;
        int retentionDays = RetentionPolicy::DefaultDays;
    };

    // What a first start made: the owner's private key file (outside the data dir) and the random
    // passphrase protecting it, never written anywhere: staff are shown it once.
    using NewOwnerKey = StationStatus::OwnerKey;

    // Fails with the ledger's (or the keys') specific code and sentence.
    static LedgerResult<std::unique_ptr<VenueLedger>> open(const Options &options, const Clock &clock);

    // Durable before it returns; on failure the ledger's specific reason ("ledger-disk-full", ...).
    Result<void, Reason> record(const Evidence &evidence, const Decision &decision, const QDateTime &at);
    // An event in the chain (outage mode on or off), durable before it returns.
    Result<void, Reason> recordEvent(const QString &event, const QMap<QString, QString> &details,
                                     const Clock &clock);
    // The outage period still on, read from the ledger's events (no check-in rows: this runs at every
    // start); nullopt when outage mode is off. Its check-in counts are not filled in.
    Result<std::optional<OutagePeriod>, QString> openOutage() const;
    // Retention: at start and daily. Returns how many check-ins were purged (0 when nothing was due).
    Result<qint64, QString> purgeIfDue(const Clock &clock);
    // Check-ins of the day (in `zone`) that contains `now`, as the staff view shows them.
    Result<QList<LoggedCheckIn>, QString> day(const QDateTime &now, const QTimeZone &zone) const;
    // Contact tracing: the check-ins of [from, to) sealed as a whole to the owner's key
    // (LedgerExport); the kiosk cannot read the file back.
    Result<LedgerExport::Summary, QString> exportWindow(const QDateTime &from, const QDateTime &to,
                                                        const QString &outPath, const Clock &clock) const;
    QDateTime newestEntry() const { return m_newest; }
    const std::optional<NewOwnerKey> &newOwnerKey() const { return m_newOwnerKey; }
    // A damaged database was moved aside at open: what staff should know; empty otherwise.
    QString recoveryNote() const;
    // The ledger file was deleted, replaced or overwritten while the kiosk ran, and a new ledger
    // continues it: what happened and where the entries before it are.
    std::optional<LedgerContinuation> continuation() const;
    QString databasePath() const { return m_ledger.databasePath(); }

private:
    VenueLedger(Ledger ledger, VenueKeys keys, QString kioskId);

    Ledger m_ledger;
    VenueKeys m_keys;
    QString m_kioskId;
    QDateTime m_newest;
    std::optional<NewOwnerKey> m_newOwnerKey;
    QDateTime m_reportedContinuation; // logged once per displacement
};

} // namespace passgate
