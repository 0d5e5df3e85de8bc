#include "station/CheckInStation.h"

#include "common/TypedLine.h"

#include "policy/ClockSanity_p.h"
#include "station/VenueLedger.h"
#include "trust/BundleStore.h"
#include "trust/DemoTrust.h"
#include "trust/PublisherKeys.h"
#include "trust/TrustedPassReader.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStation, "passgate.station")

namespace passgate {

CheckInStation::CheckInStation(StationSetup setup, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_clock(clock)
    , m_venue(std::make_shared<AdmissionRule>(PolicyCatalog::builtIn(), QString(), Venue{}))
{
    m_minute.setInterval(std::chrono::minutes(1));
    connect(&m_minute, &QTimer::timeout, this, &CheckInStation::statusChanged);
    m_daily.setInterval(std::chrono::hours(24));
    connect(&m_daily, &QTimer::timeout, this, [this] {
        purgeIfDue();
        Q_EMIT dayStarted();
    });
    m_heldPass.setSingleShot(true);
    connect(&m_heldPass, &QTimer::timeout, this, [this] {
        if (auto expired = m_service ? m_service->expireHeldPass() : std::nullopt)
            Q_EMIT heldPassEnded(published(std::move(*expired)));
        else if (m_service && m_service->heldPassDeadline().isValid()) // the clock lags the timer
            m_heldPass.start(std::max<qint64>(0, m_clock.now().msecsTo(m_service->heldPassDeadline())) + 50);
    });
}

CheckInStation::~CheckInStation() = default;

QString CheckInStation::trustDirectory(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("trust"));
}

Result<void, QString> CheckInStation::open()
{
    if (auto trusted = openTrust(); !trusted)
        return trusted;
    openLedger();

    CheckInService::Steps steps;
    // Each check-in takes the bundle in force once: a snapshot an update cannot pull away.
    steps.readPass = [this](const QString &payload, const QDateTime &now) {
        return TrustedPassReader(m_bundles->current(), m_clock).read(payload, now);
    };
    // Through the member, so that setVenue() applies to the next check-in.
    steps.decide = [this](const Evidence &evidence, const QDateTime &now) {
        const std::shared_ptr<const TrustBundle> bundle = m_bundles->current();
        return m_venue->decide(evidence, now, bundle.get(), m_ledger ? m_ledger->newestEntry() : QDateTime());
    };
    // Durable before the service returns, so before anything reaches a screen.
    steps.record = [this](const Evidence &evidence, const Decision &decision,
                          const QDateTime &at) -> Result<void, Reason> {
        if (!m_ledger)
            return fail(Reason{reason::ledgerMissing, m_ledgerProblem.args});
        // The flag follows the mode at the moment of recording, whatever the caller passed (an
        // override after the outage ended is not under it).
        Evidence recorded = evidence;
        recorded.duringOutage = m_outage.has_value();
        recorded.outageReason = m_outage ? m_outage->reason : QString();
        return m_ledger->record(recorded, decision, at);
    };
    m_service = std::make_unique<CheckInService>(m_clock, std::move(steps));
    m_service->setPairWindowSeconds(m_pairWindowSeconds);
    m_minute.start();
    m_daily.start();
    return {};
}

Result<void, QString> CheckInStation::openTrust()
{
    const QString directory = trustDirectory(m_setup.dataDir);
    // Pinned publishers: the configured keys, or — until a venue configures its own — the DEMO key.
    m_demoTrust = m_setup.publisherKeys.isEmpty() && m_setup.publisherKeysProblem.isEmpty();
    QString keysProblem = m_setup.publisherKeysProblem;
    PublisherKeys pins;
    if (keysProblem.isEmpty()) {
        auto read = PublisherKeys::fromPem(m_demoTrust ? demo::publisherPublicKeyPem()
                                                       : m_setup.publisherKeys.join(u'\n').toUtf8());
        if (read)
            pins = std::move(read).value();
        else
            keysProblem = QStringLiteral("trustPublisherKeys: unusable: %1").arg(read.error().reason);
    }
    m_bundles = std::make_unique<BundleStore>(directory, std::move(pins), m_clock);
    if (!keysProblem.isEmpty()) {
        // A wrong setting never changes installed data: nothing is loaded, nothing replaced.
        m_trustProblem =
            keysProblem +
            QStringLiteral(" (no trust list is used and every pass is refused until the setting is fixed; "
                           "the installed trust list is kept)");
        qCCritical(lcStation).noquote() << m_trustProblem;
        return {};
    }
    if (auto loaded = m_bundles->load(); !loaded) {
        // The store starts empty (the refused file is kept aside): every pass is then refused until
        // a good bundle arrives. Staff are told why.
        m_trustProblem = loaded.error().reason;
        if (m_demoTrust && loaded.error().code == BundleErrorCode::UnknownPublisher)
            m_trustProblem +=
                QStringLiteral(" (trustPublisherKeys is empty, so only the DEMO publisher is pinned: "
                               "set the publisher's key to use this trust list)");
        qCWarning(lcStation).noquote() << "installed trust list refused:" << m_trustProblem;
    }
    // Demo mode installs the bundled demo trust list, so that the bundled demo passes give their
    // real verdicts, but only where no bundle is installed: one the pins refuse may be a venue's real
    // list behind a configuration slip, and stays for when the setting is put right.
    if (!m_bundles->current() && m_demoTrust && !QFileInfo::exists(BundleStore::installedPath(directory))) {
        auto installed = m_bundles->install(demo::bundle(), QStringLiteral("demo"));
        if (!installed)
            return fail(
                QStringLiteral("the demo trust list cannot be installed: %1").arg(installed.error().reason));
        qCInfo(lcStation) << "demo mode: installed the demo trust list";
    }
    return {};
}

void CheckInStation::openLedger()
{
    VenueLedger::Options options;
    options.dataDir = m_setup.dataDir;
    options.keysOutDir = m_setup.keysOutDir;
    options.kioskId = m_setup.kioskId;
    options.retentionDays = m_setup.retentionDays;
    auto ledger = VenueLedger::open(options, m_clock);
    if (!ledger) {
        m_ledgerProblem = ledgerReason(ledger.error());
        qCCritical(lcStation).noquote() << "ledger unavailable:" << ledger.error().reason;
        return;
    }
    m_ledger = std::move(ledger).value();
    if (const QString note = m_ledger->recoveryNote(); !note.isEmpty())
        qCWarning(lcStation).noquote() << "ledger recovered: damaged database moved aside to" << note;
    qCInfo(lcStation).noquote() << "ledger" << m_ledger->databasePath();
    purgeIfDue();
    if (auto open = m_ledger->openOutage(); !open) {
        qCWarning(lcStation).noquote() << "cannot read outage mode back from the ledger:" << open.error();
    } else if (*open) {
        m_outage = **open;
        qCWarning(lcStation).noquote() << "outage mode is on since" << m_outage->started.toString(Qt::ISODate)
                                       << "-" << m_outage->reason;
    }
}

void CheckInStation::setVenue(const QString &policyName, const Venue &venue)
{
    m_venue = std::make_shared<AdmissionRule>(PolicyCatalog::builtIn(), policyName, venue);
}

CheckInService::Outcome CheckInStation::published(CheckInService::Outcome outcome)
{
    Q_EMIT checkedIn(outcome);
    Q_EMIT statusChanged(); // the ledger may have blocked or recovered
    return outcome;
}

CheckInService::Outcome CheckInStation::checkInQr(const QString &payload, Evidence context)
{
    CheckInService::Outcome outcome = m_service->checkInQr(payload, std::move(context));
    // The visitor this scan ended is recorded and published as any check-in, but not through
    // heldPassEnded: the screen belongs to the visitor whose pass this is.
    if (outcome.endedHeldCheckIn)
        Q_EMIT checkedIn(*outcome.endedHeldCheckIn);
    // A held first pass (2G+) ends by itself when nobody shows the second in time.
    if (const QDateTime deadline = m_service->heldPassDeadline(); deadline.isValid())
        m_heldPass.start(std::max<qint64>(0, m_clock.now().msecsTo(deadline)) + 50);
    else
        m_heldPass.stop();
    return published(std::move(outcome));
}

CheckInService::Outcome CheckInStation::demonstrateQr(const QString &payload, Evidence context)
{
    return published(m_service->demonstrateQr(payload, std::move(context)));
}

CheckInService::Outcome CheckInStation::checkIn(Evidence evidence)
{
    return published(m_service->checkIn(std::move(evidence)));
}

CheckInService::Outcome CheckInStation::override(const CheckInService::Outcome &previous, Verdict verdict,
                                                 const QString &reason, const QString &staffId)
{
    return published(m_service->override(previous, verdict, reason, staffId));
}

Result<void, Reason> CheckInStation::startOutage(const QString &reason, const QString &staffId)
{
    if (m_outage)
        return {};
    if (!m_ledger)
        return fail(Reason{reason::ledgerMissing, m_ledgerProblem.args});
    const QString why = typedLine(reason, 200);
    const QString who = typedLine(staffId, 64);
    if (auto recorded = m_ledger->recordEvent(
            OutagePeriod::StartedEvent,
            {{OutagePeriod::ReasonAttribute, why}, {OutagePeriod::StaffAttribute, who}}, m_clock);
        !recorded)
        return recorded;
    OutagePeriod period;
    period.started = m_clock.now().toUTC();
    period.reason = why;
    period.startedBy = who;
    m_outage = period;
    qCWarning(lcStation).noquote() << "outage mode on by" << who << "-" << why;
    Q_EMIT statusChanged();
    return {};
}

Result<void, Reason> CheckInStation::endOutage(const QString &staffId)
{
    if (!m_outage)
        return {};
    if (!m_ledger)
        return fail(Reason{reason::ledgerMissing, m_ledgerProblem.args});
    const QString who = typedLine(staffId, 64);
    if (auto recorded =
            m_ledger->recordEvent(OutagePeriod::EndedEvent, {{OutagePeriod::StaffAttribute, who}}, m_clock);
        !recorded)
        return recorded;
    qCWarning(lcStation).noquote() << "outage mode off by" << who << "after"
                                   << m_outage->started.secsTo(m_clock.now()) / 60 << "min";
    m_outage.reset();
    Q_EMIT statusChanged();
    return {};
}

CheckInService::Outcome CheckInStation::attest(const QString &what, const QString &staffId, Evidence context)
{
    context.mode = CheckInMode::Attested;
    context.staffId = staffId;
    context.attested = what;
    return published(m_service->attest(std::move(context)));
}

void CheckInStation::setPairWindowSeconds(int seconds)
{
    m_pairWindowSeconds = seconds;
    if (m_service)
        m_service->setPairWindowSeconds(seconds);
}

void CheckInStation::purgeIfDue()
{
    if (!m_ledger)
        return;
    auto purged = m_ledger->purgeIfDue(m_clock);
    m_purgeProblem = purged ? QString() : purged.error();
    if (!purged)
        qCWarning(lcStation).noquote() << "retention purge failed:" << m_purgeProblem;
    Q_EMIT statusChanged();
}

void CheckInStation::trustChanged()
{
    if (m_bundles && m_bundles->current())
        m_trustProblem.clear();
    Q_EMIT statusChanged();
}

StationStatus CheckInStation::status() const
{
    StationStatus status;
    const QDateTime now = m_clock.now();
    status.trust.demo = m_demoTrust;
    status.trust.refusedBecause = m_trustProblem;
    if (const std::shared_ptr<const TrustBundle> bundle = m_bundles ? m_bundles->current() : nullptr) {
        const InstalledBundleInfo info = m_bundles->installedInfo();
        status.trust.installed = true;
        status.trust.issued = info.issued;
        status.trust.expires = info.expires;
        status.trust.ageHours = std::max<qint64>(0, info.issued.secsTo(now) / 3600);
        status.trust.expired = trustListExpired(info.expires, now);
        status.trust.stale = status.trust.ageHours >= m_setup.trustWarnHours;
    }
    TimeReferences references;
    references.newestLedgerEntry = m_ledger ? m_ledger->newestEntry() : QDateTime();
    if (status.trust.installed)
        references.bundleIssued = status.trust.issued;
    if (const std::optional<QDateTime> reference = clockBehind(now, references)) {
        status.clock.behind = true;
        status.clock.reference = *reference;
    }
    status.clock.now = now;
    status.ledger.open = m_ledger != nullptr;
    status.ledger.unavailableBecause =
        m_ledger ? std::optional<Reason>() : std::optional<Reason>(m_ledgerProblem);
    status.ledger.blockedBecause = m_service ? m_service->blockedBecause() : std::nullopt;
    status.ledger.recoveryNote = m_ledger ? m_ledger->recoveryNote() : QString();
    status.ledger.continuation = m_ledger ? m_ledger->continuation() : std::nullopt;
    status.ledger.purgeProblem = m_purgeProblem;
    if (m_ledger)
        status.newOwnerKey = m_ledger->newOwnerKey();
    return status;
}

Result<QList<LoggedCheckIn>, QString> CheckInStation::today(const QTimeZone &zone) const
{
    if (!m_ledger)
        return QList<LoggedCheckIn>();
    return m_ledger->day(m_clock.now(), zone);
}

} // namespace passgate
