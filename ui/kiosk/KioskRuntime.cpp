#include "kiosk/KioskRuntime.h"

#include "kiosk/CheckInController.h"
#include "kiosk/CheckInLogModel.h"
#include "kiosk/CheckInRecorder.h"
#include "kiosk/ContactExport.h"
#include "kiosk/Kiosk.h"
#include "kiosk/KioskKeyFilter.h"
#include "kiosk/KioskSettings.h"
#include "kiosk/KioskStatus.h"
#include "kiosk/LanguageSwitcher.h"
#include "kiosk/ScanController.h"
#include "kiosk/StaffAccess.h"
#include "kiosk/TrustListControl.h"
#include "scan/KeyboardWedgeDetector.h"

#include "policy/VenueDecision.h"
#include "trust/BundleStore.h"
#include "trust/CheckInTrustSteps.h"
#include "trust/DemoTrust.h"
#include "trust/TrustUpdater.h"
#include <QCameraDevice>

#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcRuntime, "passgate.kiosk")

namespace passgate {

KioskRuntime::KioskRuntime(KioskOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{}

KioskRuntime::~KioskRuntime()
{
    // The application may already be gone (a test's setup object outlives it).
    if (m_keyFilter && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(m_keyFilter.get());
}

Result<void, QString> KioskRuntime::start()
{
    m_dataDir = m_options.dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : m_options.dataDir;
    m_configPath = m_options.configPath.isEmpty()
                       ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/config.json"
                       : m_options.configPath;
    if (!QDir().mkpath(m_dataDir))
        return fail(QStringLiteral("cannot create the data folder %1").arg(m_dataDir));
    if (!QDir().mkpath(QFileInfo(m_configPath).absolutePath()))
        return fail(QStringLiteral("cannot create the folder of %1").arg(m_configPath));

    auto config = KioskConfig::load(m_configPath);
    if (!config)
        return fail(config.error().reason);
    const bool firstStart = !QFileInfo::exists(m_configPath);
    if (firstStart) {
        // The first start writes the config (with this kiosk's id) so that the id stays stable.
        if (auto saved = config->save(m_configPath); !saved)
            return fail(saved.error().reason);
        qCInfo(lcRuntime) << "first start: wrote" << m_configPath;
    }

    m_settings = std::make_unique<KioskSettings>(*config, m_configPath);
    m_settings->setPinIterations(m_options.pinIterations);
    if (m_options.mode)
        m_settings->overrideMode(*m_options.mode);

    // --source wins; else the camera staff chose (kept even while it is unplugged: the kiosk says so
    // and picks it up again when it returns); else the default camera, or the demo without one.
    FrameSourceSpec spec = defaultFrameSourceSpec();
    const QString chosenSource = !m_options.source.isEmpty() ? m_options.source
                                 : !config->camera.isEmpty() ? QStringLiteral("camera:") + config->camera
                                                             : QString();
    if (!chosenSource.isEmpty()) {
        auto parsed = parseFrameSourceSpec(chosenSource);
        if (!parsed)
            return fail(parsed.error().reason);
        spec = *parsed;
    }
    m_source = spec.toString();
    m_demoSource = spec.kind == FrameSourceSpec::Kind::Demo;

    if (auto trusted = openTrust(*config); !trusted)
        return fail(trusted.error());
    openLedger();

    m_policies = PolicyCatalog::builtIn();
    rebuildDecision();

    m_status = std::make_unique<KioskStatus>();
    m_staff = std::make_unique<StaffAccess>(m_clock, *m_settings);
    m_language = std::make_unique<LanguageSwitcher>();
    m_log = std::make_unique<CheckInLogModel>();
    m_service = std::make_unique<CheckInService>(m_clock, checkInSteps());
    m_checkIn = std::make_unique<CheckInController>(*m_service, *m_settings, *m_staff, *m_log);
    FrameSourceSettings sourceSettings;
    sourceSettings.loop = m_demoSource; // the demo keeps cycling; a video or folder plays once
    m_scan =
        std::make_unique<ScanController>(spec, sourceSettings, [this](const QString &payload, qint64 seenAt) {
            m_checkIn->submitPayload(payload, seenAt);
        });
    connect(m_scan.get(), &ScanController::stateChanged, this, &KioskRuntime::updateStatus);
    m_keyFilter =
        std::make_unique<KioskKeyFilter>([this] { return m_settings->selfScan() && !m_staff->unlocked(); });

    Kiosk::Parts parts;
    parts.settings = m_settings.get();
    parts.checkIn = m_checkIn.get();
    parts.staff = m_staff.get();
    parts.language = m_language.get();
    parts.log = m_log.get();
    parts.status = m_status.get();
    parts.scan = m_scan.get();
    m_trustControl = std::make_unique<TrustListControl>(*m_bundles, m_updater.get());
    connect(m_trustControl.get(), &TrustListControl::installed, this, [this] {
        m_trustProblem.clear();
        updateStaffNotices();
        updateStatus();
    });
    parts.trust = m_trustControl.get();
    m_export = std::make_unique<ContactExport>([this] { return m_recorder.get(); },
                                               m_settings->config().kioskId, m_clock);
    parts.contactExport = m_export.get();
    parts.fullscreen = m_options.fullscreen;
    m_kiosk = std::make_unique<Kiosk>(parts);

    connect(m_settings.get(), &KioskSettings::changed, this, [this] {
        rebuildDecision();
        updateStatus();
    });
    if (m_updater) {
        connect(m_updater.get(), &TrustUpdater::stateChanged, this, &KioskRuntime::updateStatus);
        m_updater->start();
    }
    m_minute.setInterval(std::chrono::minutes(1));
    connect(&m_minute, &QTimer::timeout, this, &KioskRuntime::updateStatus);
    m_minute.start();
    connect(m_checkIn.get(), &CheckInController::blockedChanged, this, &KioskRuntime::updateStatus);
    m_language->onChange([this](const QString &language) {
        m_settings->setLanguage(language);
        reloadLog();
        updateStaffNotices();
    });
    // Today's log is what the ledger holds, read back after every recorded check-in.
    m_checkIn->onRecorded([this](const CheckInService::Outcome &) {
        reloadLog();
        updateStatus();
    });
    // Retention runs at start (in openLedger) and then daily; the day's log starts afresh with it.
    m_daily.setInterval(std::chrono::hours(24));
    connect(&m_daily, &QTimer::timeout, this, [this] {
        purgeIfDue();
        reloadLog();
        updateStatus();
    });
    m_daily.start();
    reloadLog();
    updateStaffNotices();
    updateStatus();
    qCInfo(lcRuntime).noquote() << "data" << m_dataDir << "config" << m_configPath << "source" << m_source
                                << "mode" << m_settings->mode();
    return {};
}

QString KioskRuntime::trustDirectory(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("trust"));
}

Result<void, QString> KioskRuntime::openTrust(const KioskConfig &config)
{
    // Pinned publishers: the configured keys, or — until a venue configures its own — the DEMO key.
    m_demoTrust = config.trustPublisherKeys.isEmpty();
    const QByteArray pinned =
        m_demoTrust ? demo::publisherPublicKeyPem() : config.trustPublisherKeys.join(u'\n').toUtf8();
    auto pins = PublisherKeys::fromPem(pinned);
    if (!pins)
        return fail(QStringLiteral("the configured trust list publisher keys are unusable: %1")
                        .arg(pins.error().reason));
    m_bundles = std::make_unique<BundleStore>(trustDirectory(m_dataDir), std::move(pins).value(), m_clock);
    if (auto loaded = m_bundles->load(); !loaded) {
        // The store starts empty (the refused file is kept aside): every pass is then refused with
        // "no trust list installed" until a good bundle arrives. Staff are told why.
        m_trustProblem = loaded.error().reason;
        qCWarning(lcRuntime).noquote() << "installed trust list refused:" << m_trustProblem;
    }
    if (!m_bundles->current() && m_demoTrust) {
        // Demo mode: the bundled demo trust list, so the bundled demo passes give their real verdicts.
        auto installed = m_bundles->install(demo::bundle(), QStringLiteral("demo"));
        if (!installed)
            return fail(
                QStringLiteral("the demo trust list cannot be installed: %1").arg(installed.error().reason));
        qCInfo(lcRuntime) << "demo mode: installed the demo trust list";
    }
    if (!config.trustBundleUrl.isEmpty()) {
        TrustUpdaterSettings settings;
        settings.url = QUrl(config.trustBundleUrl);
        settings.warnAge = std::chrono::hours(config.trustWarnHours);
        m_updater = std::make_unique<TrustUpdater>(*m_bundles, m_clock, settings);
    }
    return {};
}

void KioskRuntime::rebuildDecision()
{
    // The venue's policy by name (a bundle rule set replaces the preset of that name), then the
    // clock and trust-list checks against the newest ledger entry and the bundle's times.
    const Venue venue{m_settings->venueType(), venueZone()};
    m_decide = decideStep(*m_bundles, VenueDecision(m_policies, m_settings->policy(), venue),
                          [this] { return m_recorder ? m_recorder->newestEntry() : QDateTime(); });
}

CheckInService::Steps KioskRuntime::checkInSteps()
{
    CheckInService::Steps steps;
    steps.readPass = readPassStep(*m_bundles, m_clock);
    steps.decide = [this](const Evidence &evidence, const QDateTime &now) { return m_decide(evidence, now); };
    // Durable before the service returns, so before anything reaches the screen.
    steps.record = [this](const Evidence &evidence, const Decision &decision,
                          const QDateTime &at) -> Result<void, Reason> {
        if (!m_recorder)
            return fail(Reason{QStringLiteral("ledger-missing"), {m_ledgerProblem}});
        return m_recorder->record(evidence, decision, at);
    };
    return steps;
}

void KioskRuntime::openLedger()
{
    CheckInRecorder::Options options;
    options.dataDir = m_dataDir;
    // The owner's private key never goes into the data dir (the ledger design): beside the config.
    options.keysOutDir = QFileInfo(m_configPath).absolutePath();
    options.kioskId = m_settings->config().kioskId;
    options.retentionDays = m_settings->config().retentionDays;
    // A kiosk that cannot record still starts — staff must see why — but admits nobody.
    auto recorder = CheckInRecorder::open(options, m_clock);
    if (!recorder) {
        m_ledgerProblem = recorder.error();
        qCCritical(lcRuntime).noquote() << "ledger unavailable:" << m_ledgerProblem;
        return;
    }
    m_recorder = std::move(recorder).value();
    if (const auto &key = m_recorder->newOwnerKey())
        m_ownerKeyNotice = key->file + u'\n' + key->passphrase;
    if (const QString note = m_recorder->recoveryNote(); !note.isEmpty())
        qCWarning(lcRuntime).noquote() << "ledger recovered: damaged database moved aside to" << note;
    qCInfo(lcRuntime).noquote() << "ledger" << m_recorder->databasePath();
    purgeIfDue();
}

void KioskRuntime::purgeIfDue()
{
    if (!m_recorder)
        return;
    auto purged = m_recorder->purgeIfDue(m_clock);
    m_purgeProblem = purged ? QString() : purged.error();
    if (!purged)
        qCWarning(lcRuntime).noquote() << "retention purge failed:" << m_purgeProblem;
    if (m_status)
        updateStaffNotices();
}

QTimeZone KioskRuntime::venueZone() const
{
    const QString zone = m_settings->config().timeZone;
    return zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
}

void KioskRuntime::reloadLog()
{
    if (!m_recorder)
        return;
    auto today = m_recorder->day(m_clock.now(), venueZone());
    if (!today) {
        qCWarning(lcRuntime).noquote() << "cannot read today's check-ins:" << today.error();
        return;
    }
    m_log->setTimeZone(venueZone());
    m_log->setEntries(std::move(today).value());
}

void KioskRuntime::updateStaffNotices()
{
    QStringList notices;
    if (!m_recorder)
        notices.append(
            tr("The ledger cannot be opened, so nothing can be recorded: %1").arg(m_ledgerProblem));
    else if (const QString note = m_recorder->recoveryNote(); !note.isEmpty())
        notices.append(tr("The ledger was damaged and has been moved aside (kept for rescue): %1. A new "
                          "ledger was started.")
                           .arg(note));
    if (!m_trustProblem.isEmpty())
        notices.append(tr("The installed trust list was refused and set aside: %1").arg(m_trustProblem));
    if (!m_purgeProblem.isEmpty())
        notices.append(tr("Old check-ins could not be deleted on schedule: %1").arg(m_purgeProblem));
    if (!m_ownerKeyNotice.isEmpty()) {
        const QStringList key = m_ownerKeyNotice.split(u'\n');
        notices.append(tr("New venue keys. The owner's private key (it opens exported contact lists) is %1, "
                          "protected by the passphrase %2. Write the passphrase down and move the file off "
                          "this kiosk: the passphrase is not stored and is shown only until passgate "
                          "restarts.")
                           .arg(key.value(0), key.value(1)));
    }
    m_status->setStaffNotices(notices);
}

void KioskRuntime::updateStatus()
{
    m_status->setDemo(!m_settings->configured() || m_demoSource || m_demoTrust);
    updateTrustStatus();
    const FrameSource::State state = m_scan->state();
    if (m_demoSource)
        m_status->setCamera(KioskStatus::State::Warning, tr("Demo passes"));
    else if (state == FrameSource::State::Running)
        m_status->setCamera(KioskStatus::State::Ok,
                            m_source.startsWith(u"camera") ? tr("Camera") : tr("Recorded source"));
    else if (state == FrameSource::State::Failed)
        m_status->setCamera(KioskStatus::State::Error, m_scan->status());
    else
        m_status->setCamera(KioskStatus::State::Warning,
                            m_scan->status().isEmpty() ? tr("Camera") : m_scan->status());
    // Red when a check-in cannot be recorded (and then why); amber when staff should look.
    if (!m_recorder)
        m_status->setLedger(KioskStatus::State::Error, tr("No ledger: check-ins cannot be recorded"));
    else if (m_checkIn->blocked())
        m_status->setLedger(KioskStatus::State::Error,
                            tr("Not recording: %1").arg(m_checkIn->blockedReason()));
    else if (!m_recorder->recoveryNote().isEmpty() || !m_purgeProblem.isEmpty())
        m_status->setLedger(KioskStatus::State::Warning, tr("Ledger: see the staff area"));
    else
        m_status->setLedger(KioskStatus::State::Ok, tr("Ledger OK · %n today", nullptr, m_log->count()));
}

void KioskRuntime::updateTrustStatus()
{
    const std::shared_ptr<const TrustBundle> bundle = m_bundles->current();
    m_status->setOnline(m_updater && m_updater->lastSuccess().isValid() &&
                        m_updater->consecutiveFailures() == 0);
    if (!bundle) {
        m_status->setTrust(KioskStatus::State::Error, tr("No trust list: passes cannot be verified"));
        return;
    }
    const InstalledBundleInfo info = m_bundles->installedInfo();
    const QDateTime now = m_clock.now();
    const qint64 hours = std::max<qint64>(0, info.issued.secsTo(now) / 3600);
    const QString age = hours < 48 ? tr("%n hour(s) old", nullptr, int(hours))
                                   : tr("%n day(s) old", nullptr, int(hours / 24));
    const QString name = m_demoTrust ? tr("Demo trust list") : tr("Trust list");
    if (info.expires.isValid() && now > info.expires)
        m_status->setTrust(
            KioskStatus::State::Error,
            tr("%1 expired on %2: every verdict is flagged")
                .arg(name, info.expires.toTimeZone(venueZone()).toString(QStringLiteral("yyyy-MM-dd"))));
    else if (hours >= m_settings->config().trustWarnHours)
        m_status->setTrust(KioskStatus::State::Warning, tr("%1 %2 — update it").arg(name, age));
    else
        m_status->setTrust(m_demoTrust ? KioskStatus::State::Warning : KioskStatus::State::Ok,
                           tr("%1 %2").arg(name, age));
}

void KioskRuntime::attach(QQmlEngine &engine)
{
    m_language->setEngine(&engine);
    QString language = m_options.language;
    if (language.isEmpty())
        language = m_settings->config().language;
    if (language.isEmpty())
        language = LanguageSwitcher::systemDefault();
    m_language->setLanguage(language);
    qApp->installEventFilter(m_keyFilter.get());
}

void KioskRuntime::attachWindow(QQuickWindow *window)
{
    m_checkIn->setPresentationWindow(window);
    if (window)
        window->installEventFilter(m_scan->wedge());
    m_scan->start();
    // PASSGATE_SCREENSHOT_DIR: the window saves a picture of itself once it shows, and of every
    // verdict as it reaches the screen (the screenshot test and documentation use this).
    const QString shots = qEnvironmentVariable("PASSGATE_SCREENSHOT_DIR");
    if (shots.isEmpty() || !window)
        return;
    QDir().mkpath(shots);
    const QString prefix = shots + u'/' + m_settings->mode() + u'-' + m_language->language() + u'-';
    auto first = std::make_shared<QMetaObject::Connection>();
    *first = connect(window, &QQuickWindow::frameSwapped, this, [window, prefix, first] {
        QObject::disconnect(*first);
        window->grabWindow().save(prefix + u"start.png");
    });
    connect(m_checkIn.get(), &CheckInController::verdictOnScreen, this,
            [this, window, prefix](const QString &mode, const QString &verdict) {
                const QString path = prefix + QString::number(++m_screenshots).rightJustified(2, u'0') +
                                     u'-' + mode + u'-' + verdict + u".png";
                if (!window->grabWindow().save(path))
                    qCWarning(lcRuntime) << "could not save" << path;
            });
}

int KioskRuntime::refusedKeys() const
{
    return m_keyFilter ? m_keyFilter->refused() : 0;
}

} // namespace passgate
