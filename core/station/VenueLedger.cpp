#include "station/VenueLedger.h"

#include "crypto/SecureRandom.h"
#include "ledger/LedgerError.h"
#include "ledger/VenueKeyCreation.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcRecorder, "passgate.ledger")

namespace passgate {

namespace {

// First start: the kiosk needs the owner's public key to seal contacts. It makes the keys as
// `passgate-cli keys init` does (createVenueKeys), with a random passphrase kept in memory only,
// for staff to write down: a stolen kiosk holds the encrypted key but not what opens it.
Result<VenueLedger::NewOwnerKey, QString> makeFirstKeys(const VenueLedger::Options &options)
{
    // 144 random bits as 24 URL-safe characters: typed by a person, far beyond guessing.
    const QByteArray passphrase = crypto::secureRandomBytes(18).toBase64(QByteArray::Base64UrlEncoding);
    if (passphrase.size() != 24)
        return fail(QStringLiteral("no random bytes for the owner key's passphrase"));
    auto created = createVenueKeysInFolder(options.dataDir, options.keysOutDir, passphrase);
    if (!created)
        return fail(created.error().reason);
    return VenueLedger::NewOwnerKey{created->privateKeyFile, QString::fromLatin1(passphrase)};
}

} // namespace

VenueLedger::VenueLedger(Ledger ledger, VenueKeys keys, QString kioskId)
    : m_ledger(std::move(ledger))
    , m_keys(std::move(keys))
    , m_kioskId(std::move(kioskId))
{}

LedgerResult<std::unique_ptr<VenueLedger>> VenueLedger::open(const Options &options, const Clock &clock)
{
    std::optional<NewOwnerKey> newKey;
    auto keys = VenueKeys::load(options.dataDir);
    if (!keys && keys.error().code == LedgerCode::KeysMissing) {
        auto made = makeFirstKeys(options);
        if (!made)
            return fail(LedgerCode::KeysMissing,
                        QStringLiteral("cannot make the venue keys: ") + made.error());
        qCWarning(lcRecorder).noquote() << "first start: venue keys made; the owner's private key is"
                                        << made->file << "(passphrase shown to staff, not stored)";
        newKey = std::move(made).value();
        keys = VenueKeys::load(options.dataDir);
    }
    if (!keys)
        return fail(keys.error());

    LedgerOptions ledgerOptions;
    ledgerOptions.dataDir = options.dataDir;
    ledgerOptions.kioskId = options.kioskId;
    ledgerOptions.retention.days = options.retentionDays;
    auto ledger = Ledger::open(ledgerOptions, clock);
    if (!ledger)
        return fail(ledger.error());

    std::unique_ptr<VenueLedger> recorder(
        new VenueLedger(std::move(ledger).value(), std::move(keys).value(), options.kioskId));
    recorder->m_newOwnerKey = std::move(newKey);
    auto newest = recorder->m_ledger.newestTime();
    if (!newest)
        return fail(newest.error());
    recorder->m_newest = *newest;
    return recorder;
}

Result<void, Reason> VenueLedger::record(const Evidence &evidence, const Decision &decision,
                                         const QDateTime &at)
{
    auto entry = LedgerEntry::fromCheckIn(evidence, decision, m_kioskId, at, m_keys);
    if (!entry)
        return fail(ledgerReason(entry.error()));
    auto appended = m_ledger.append(*entry);
    if (const auto &continued = m_ledger.continuation();
        continued && continued->at != m_reportedContinuation) {
        m_reportedContinuation = continued->at;
        qCCritical(lcRecorder).noquote() << "ledger displaced:" << continued->describe();
    }
    if (!appended)
        return fail(ledgerReason(appended.error()));
    // Never lowered: one check-in under a clock set back must not make the next one look fine.
    if (!m_newest.isValid() || at > m_newest)
        m_newest = at;
    return {};
}

Result<void, Reason> VenueLedger::recordEvent(const QString &event, const QMap<QString, QString> &details,
                                              const Clock &clock)
{
    auto appended = m_ledger.append(LedgerEntry::makeEvent(event, m_kioskId, clock, details));
    if (!appended)
        return fail(ledgerReason(appended.error()));
    return {};
}

Result<std::optional<OutagePeriod>, QString> VenueLedger::openOutage() const
{
    auto events = m_ledger.entries(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()),
                                   QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc()),
                                   Ledger::Kinds::Events);
    if (!events)
        return fail(events.error().reason);
    const QList<OutagePeriod> periods = outagePeriods(*events);
    if (periods.isEmpty() || !periods.constLast().open())
        return std::optional<OutagePeriod>();
    return std::optional<OutagePeriod>(periods.constLast());
}

Result<qint64, QString> VenueLedger::purgeIfDue(const Clock &clock)
{
    auto purged = m_ledger.purgeIfDue(clock);
    if (!purged)
        return fail(purged.error().reason);
    if (!purged->has_value())
        return qint64(0);
    qCInfo(lcRecorder) << "purged" << (*purged)->purgedEntries << "entries older than" << (*purged)->cutoff;
    return (*purged)->purgedEntries;
}

Result<QList<LoggedCheckIn>, QString> VenueLedger::day(const QDateTime &now, const QTimeZone &zone) const
{
    const QDateTime midnight(now.toTimeZone(zone).date(), QTime(0, 0), zone);
    auto entries = m_ledger.entries(midnight.toUTC(), midnight.addDays(1).toUTC(), Ledger::Kinds::CheckIns);
    if (!entries)
        return fail(entries.error().reason);
    QList<LoggedCheckIn> result;
    result.reserve(entries->size());
    for (const LedgerEntry &entry : *entries) {
        LoggedCheckIn row;
        row.at = entry.time;
        row.mode = entry.mode;
        row.verdict = entry.verdict;
        // The ledger keeps reason codes only (arguments may be personal): the log shows them plainly.
        for (const QString &code : entry.reasonCodes)
            row.reasons.append({code, {}});
        row.category = entry.attributes.value(LedgerEntry::VisitorCategoryAttribute);
        row.department = entry.attributes.value(LedgerEntry::DepartmentAttribute);
        result.append(row);
    }
    return result;
}

Result<LedgerExport::Summary, QString> VenueLedger::exportWindow(const QDateTime &from, const QDateTime &to,
                                                                 const QString &outPath,
                                                                 const Clock &clock) const
{
    // The kiosk names its exports by time: a second export in the same second is the same window.
    auto summary =
        LedgerExport::write(m_ledger, from, to, m_keys.ownerPublicKey(), outPath, Overwrite::Replace, clock);
    if (!summary)
        return fail(summary.error().reason);
    return std::move(summary).value();
}

QString VenueLedger::recoveryNote() const
{
    const auto &moved = m_ledger.recovered();
    return moved ? QStringLiteral("%1 (%2)").arg(moved->movedTo, moved->cause.reason) : QString();
}

std::optional<LedgerContinuation> VenueLedger::continuation() const
{
    return m_ledger.continuation();
}

} // namespace passgate
