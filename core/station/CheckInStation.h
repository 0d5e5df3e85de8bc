#pragma once

#include "checkin/CheckInService.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ledger/OutagePeriods.h"
#include "ledger/Retention.h"
#include "policy/PolicyCatalog.h"
#include "station/AdmissionRule.h"
#include "station/LoggedCheckIn.h"
#include "station/StationStatus.h"

#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

#include <memory>
#include <optional>

namespace passgate {

class BundleStore;
class VenueLedger;

namespace reason {
// Nothing can be recorded on this kiosk (its ledger did not open). {why}
inline const QString ledgerMissing = QStringLiteral("ledger-missing");
} // namespace reason

// Where one kiosk keeps what it decides with and what it records.
struct StationSetup
{
    QString dataDir;    // ledger, venue keys and the trust bundle
    QString keysOutDir; // where a first start leaves the owner's private key: never dataDir
    QString kioskId;
    int retentionDays = RetentionPolicy::DefaultDays;
    QStringList publisherKeys; // PEM of the pinned trust list publishers; empty = the demo publisher
    // Set when the setting itself was unusable (the config's line for it): nothing is pinned, the
    // installed bundle is left as it is, and every pass is refused until the setting is fixed.
    QString publisherKeysProblem;
    int trustWarnHours = 48; // a trust list older than this is reported stale
};

// One kiosk's check-in, without a GUI: the trust bundle in force, the venue's decision (policy,
// pass data, clock and trust-list checks against the newest ledger entry), the ledger with the
// venue keys, and the CheckInService that orders them. The screen, the CLI and the tests call it
// and listen to it; it never calls up. Outcomes and status facts go out as values through signals.
class CheckInStation : public QObject
{
    Q_OBJECT

public:
    CheckInStation(StationSetup setup, const Clock &clock, QObject *parent = nullptr);
    ~CheckInStation() override;

    // Where a data dir keeps its trust bundle (tests install theirs there before open()).
    static QString trustDirectory(const QString &dataDir);

    // Trust store and ledger. Fatal only when the demo trust list cannot be installed. Unusable
    // publisher keys are not fatal (the kiosk would vanish from the counter): status() names the
    // setting and every pass is refused; the installed bundle is never replaced because of them. A ledger
    // that cannot open is not fatal: status() says why, and every check-in is a Deny "ledger-missing".
    Result<void, QString> open();

    // The venue's policy by name and the venue it applies to; takes effect for the next check-in.
    void setVenue(const QString &policyName, const Venue &venue);
    const AdmissionRule &venue() const { return *m_venue; }

    // As CheckInService; each outcome is also published through checkedIn(), a 2G+ check-in that a
    // scan ended (Outcome::endedHeldCheckIn) before the scan's own.
    CheckInService::Outcome checkInQr(const QString &payload, Evidence context = {});
    CheckInService::Outcome checkIn(Evidence evidence);
    // A demo pass: decided as any, recorded never (CheckInService::demonstrateQr).
    CheckInService::Outcome demonstrateQr(const QString &payload, Evidence context = {});
    CheckInService::Outcome override(const CheckInService::Outcome &previous, Verdict verdict,
                                     const QString &reason, const QString &staffId);
    bool blocked() const { return m_service->blocked(); }
    // The clock check-ins are decided and recorded by (the test's clock under test).
    const Clock &clock() const { return m_clock; }
    // 2G+: how long a first pass waits for its second (CheckInService); applies from the next pass.
    void setPairWindowSeconds(int seconds);

    // Outage mode (OutagePeriod): staff turn it on when visitors' pass apps or the national service
    // are down. The start and the end are recorded in the ledger first; while it is on, every
    // check-in this station records carries the flag and the reason. Survives a restart (read back
    // from the ledger at open). Fails with the ledger's reason when nothing can be recorded.
    Result<void, Reason> startOutage(const QString &reason, const QString &staffId);
    Result<void, Reason> endOutage(const QString &staffId);
    // The period in force; nullopt when outage mode is off.
    std::optional<OutagePeriod> outage() const { return m_outage; }
    // A check staff made by eye during an outage (a pass seen on the visitor's phone, a sticker, a
    // paper certificate): admitted on their word, mode Attested, the kind in the "attested" attribute.
    CheckInService::Outcome attest(const QString &what, const QString &staffId, Evidence context = {});

    StationStatus status() const;
    // The check-ins of today (in `zone`), from the ledger; empty without one.
    Result<QList<LoggedCheckIn>, QString> today(const QTimeZone &zone) const;
    // The trust bundle store (the updater and the staff's USB install write to it; call
    // trustChanged() after they did).
    BundleStore &trust() { return *m_bundles; }
    const BundleStore &trust() const { return *m_bundles; }
    // The open ledger, for the contact-tracing export; null without one.
    const VenueLedger *ledger() const { return m_ledger.get(); }

    // Retention: at open() and then once a day by the station itself; callable for tests.
    void purgeIfDue();

public Q_SLOTS:
    // A bundle was installed from outside: the status changes (and a refusal at start is history).
    void trustChanged();

Q_SIGNALS:
    // Every check-in, recorded or not, after the ledger append (durable before anyone sees it).
    void checkedIn(const passgate::CheckInService::Outcome &outcome);
    // A fact in status() changed, or time moved on (trust age: once a minute).
    void statusChanged();
    // A new day of retention ran: today's list starts afresh.
    void dayStarted();
    // 2G+: a held first pass's window passed without a second pass; its check-in is recorded as
    // Deny "second-pass-missing" (also published through checkedIn) and the screen should say so.
    void heldPassEnded(const passgate::CheckInService::Outcome &outcome);

private:
    CheckInService::Outcome published(CheckInService::Outcome outcome);
    Result<void, QString> openTrust();
    void openLedger();

    StationSetup m_setup;
    const Clock &m_clock;
    bool m_demoTrust = false;
    QString m_trustProblem;
    Reason m_ledgerProblem; // why the ledger did not open ("ledger-read-only", ...), when it did not
    QString m_purgeProblem;
    std::unique_ptr<BundleStore> m_bundles;
    std::unique_ptr<VenueLedger> m_ledger;
    std::shared_ptr<AdmissionRule> m_venue; // shared with the decide step, replaced by setVenue()
    std::unique_ptr<CheckInService> m_service;
    std::optional<OutagePeriod> m_outage;
    QTimer m_minute;
    QTimer m_daily;
    QTimer m_heldPass; // 2G+: ends a held first pass when its window passes
    int m_pairWindowSeconds = CheckInService::DefaultPairWindowSeconds;
};

} // namespace passgate
