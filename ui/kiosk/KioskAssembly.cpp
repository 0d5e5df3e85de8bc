#include "kiosk/KioskAssembly.h"

#include "common/OwnerOnly.h"
#include "replication/SyncWorker.h"

#include "kiosk/CheckInController.h"
#include "kiosk/CheckInLogModel.h"
#include "kiosk/ContactExport.h"
#include "kiosk/KioskKeyFilter.h"
#include "kiosk/KioskServices.h"
#include "kiosk/KioskSettings.h"
#include "kiosk/KioskStatus.h"
#include "kiosk/LanguageSwitcher.h"
#include "kiosk/OutageControl.h"
#include "kiosk/ReasonText.h"
#include "kiosk/RemovableMedia.h"
#include "kiosk/ScanController.h"
#include "kiosk/StaffAccess.h"
#include "kiosk/TrustListControl.h"
#include "kiosk/WindowKeeper.h"
#include "replication/SyncWorker.h"
#include "scan/HidScanner.h"
#include "scan/KeyboardWedgeDetector.h"

#include "station/CheckInStation.h"
#include "trust/BundleStore.h"
#include "trustupdate/TrustUpdater.h"
#include <QCameraDevice>

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcRuntime, "passgate.kiosk")

namespace passgate {

KioskAssembly::KioskAssembly(KioskOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{}

KioskAssembly::~KioskAssembly()
{
    if (m_sync) {
        // Network waits notice this within ~100 ms; then the thread's loop ends and the worker goes.
        m_sync->requestStop();
        m_syncThread->quit();
        m_syncThread->wait();
        m_sync.reset();
    }
    // The application may already be gone (a test's setup object outlives it).
    if (m_keyFilter && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(m_keyFilter.get());
}

Result<void, QString> KioskAssembly::start()
{
    m_dataDir = m_options.dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : m_options.dataDir;
    m_configPath = m_options.configPath.isEmpty()
                       ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/config.json"
                       : m_options.configPath;
    // Both owner-only: the ledger and keys, and the config with the staff PIN's record. A folder
    // that already exists keeps its mode; one others can open is a staff notice.
    for (const QString &folder : {m_dataDir, QFileInfo(m_configPath).absolutePath()}) {
        if (auto made = makeOwnerOnlyDirectory(folder); !made)
            return fail(made.error());
        if (openToOthers(folder)) {
            m_openFolders.append(folder);
            qCWarning(lcRuntime).noquote() << folder << "can be opened by other users of this computer";
        }
    }

    auto reading = KioskConfig::readFile(m_configPath);
    if (!reading)
        return fail(reading.error().reason);
    // Wrong settings do not stop the kiosk (it would vanish from the counter): they are on screen for
    // staff and no check-in runs until they are fixed.
    for (const QString &problem : std::as_const(reading->problems))
        qCCritical(lcRuntime).noquote() << m_configPath + QStringLiteral(":") << problem;
    const KioskConfig config = reading->config;
    const bool firstStart = !QFileInfo::exists(m_configPath);
    if (firstStart) {
        // The first start writes the config (with this kiosk's id) so that the id stays stable.
        if (auto saved = config.save(m_configPath); !saved)
            return fail(saved.error().reason);
        qCInfo(lcRuntime) << "first start: wrote" << m_configPath;
    }

    m_settings = std::make_unique<KioskSettings>(config, m_configPath);
    m_settings->setFileProblems(reading->problems);
    m_settings->setPinIterations(m_options.pinIterations);
    if (m_options.mode)
        m_settings->overrideMode(*m_options.mode);

    // --source wins; else the camera staff chose (kept even while it is unplugged: the kiosk says so
    // and picks it up again when it returns); else the default camera, or the demo without one.
    FrameSourceSpec spec = defaultFrameSourceSpec();
    const QString chosenSource = !m_options.source.isEmpty() ? m_options.source
                                 : !config.camera.isEmpty()  ? QStringLiteral("camera:") + config.camera
                                                             : QString();
    if (!chosenSource.isEmpty()) {
        auto parsed = parseFrameSourceSpec(chosenSource);
        if (!parsed)
            return fail(parsed.error().reason);
        spec = *parsed;
    }
    m_noFrameSource = chosenSource.isEmpty() && spec.kind == FrameSourceSpec::Kind::Demo &&
                      !(m_options.scannerDevice.isEmpty() && config.scannerDevice.isEmpty());
    m_source = m_noFrameSource ? QStringLiteral("none") : spec.toString();
    m_demoSource = !m_noFrameSource && spec.kind == FrameSourceSpec::Kind::Demo;
    m_sourceProblem =
        missingMediaPieces(qEnvironmentVariable("QT_MEDIA_BACKEND"), spec.kind, m_options.gstElements);
    if (!m_sourceProblem.isEmpty())
        qCCritical(lcRuntime).noquote() << "source" << m_source << "not started:" << m_sourceProblem;

    StationSetup setup;
    setup.dataDir = m_dataDir;
    // The owner's private key never goes into the data dir (the ledger design): beside the config.
    setup.keysOutDir = QFileInfo(m_configPath).absolutePath();
    setup.kioskId = config.kioskId;
    setup.retentionDays = config.retentionDays;
    setup.publisherKeys = config.trustPublisherKeys;
    // A wrong value is not "none configured": the demo publisher must not stand in for the venue's.
    setup.publisherKeysProblem = reading->problemWith(QStringLiteral("trustPublisherKeys"));
    setup.trustWarnHours = config.trustWarnHours;
    m_station = std::make_unique<CheckInStation>(setup, m_clock);
    if (auto opened = m_station->open(); !opened)
        return fail(opened.error());
    applyVenue();
    if (!config.trustBundleUrl.isEmpty()) {
        TrustUpdaterSettings settings;
        settings.url = QUrl(config.trustBundleUrl);
        settings.warnAge = std::chrono::hours(config.trustWarnHours);
        m_updater = std::make_unique<TrustUpdater>(m_station->trust(), m_clock, settings);
    }

    m_status = std::make_unique<KioskStatus>();
    m_staff = std::make_unique<StaffAccess>(m_clock, *m_settings);
    m_language = std::make_unique<LanguageSwitcher>();
    m_log = std::make_unique<CheckInLogModel>();
    m_checkIn = std::make_unique<CheckInController>(*m_station, *m_settings, *m_staff, *m_log);
    FrameSourceSettings sourceSettings;
    sourceSettings.loop = m_demoSource; // the demo keeps cycling; a video or folder plays once
    // A source whose media pieces are missing is not even made: Qt's gstreamer backend crashes
    // already while constructing its player.
    m_scan = std::make_unique<ScanController>(spec, m_sourceProblem.isEmpty() && !m_noFrameSource
                                                        ? createFrameSource(spec, sourceSettings)
                                                        : nullptr);
    // --source hid:PATH for this run, else the scanner staff chose (switched as soon as they choose).
    const auto scannerDevice = [this] {
        return !m_options.scannerDevice.isEmpty() ? m_options.scannerDevice : m_settings->scannerDevice();
    };
    const auto followScanner = [this] {
        if (HidScanner *scanner = m_scan->scanner()) {
            connect(scanner, &HidScanner::stateChanged, this, &KioskAssembly::updateScannerStatus);
            qCInfo(lcRuntime).noquote() << "USB scanner" << scanner->device();
        }
        updateScannerStatus();
    };
    connect(m_scan.get(), &ScanController::scannerChanged, this, followScanner);
    m_scan->setScannerDevice(scannerDevice());
    connect(m_settings.get(), &KioskSettings::changed, this,
            [this, scannerDevice] { m_scan->setScannerDevice(scannerDevice()); });
    // The demo source's passes demonstrate the kiosk: decided and shown, never recorded (a scanner
    // beside it still checks real visitors in).
    connect(m_scan.get(), &ScanController::payloadScanned, m_checkIn.get(),
            [this](const QString &text, qint64 arrivedAtMs, ScanOrigin origin) {
                if (origin == ScanOrigin::Demo)
                    m_checkIn->submitDemoPayload(text, arrivedAtMs);
                else
                    m_checkIn->submitPayload(text, arrivedAtMs);
            });
    connect(m_scan.get(), &ScanController::stateChanged, this, &KioskAssembly::updateStatus);
    m_keyFilter =
        std::make_unique<KioskKeyFilter>([this] { return m_settings->selfScan() && !m_staff->unlocked(); });

    KioskServices::Parts parts;
    parts.settings = m_settings.get();
    parts.checkIn = m_checkIn.get();
    parts.staff = m_staff.get();
    parts.language = m_language.get();
    parts.log = m_log.get();
    parts.status = m_status.get();
    parts.scan = m_scan.get();
    m_trustControl = std::make_unique<TrustListControl>(m_station->trust(), m_updater.get());
    connect(m_trustControl.get(), &TrustListControl::installed, m_station.get(),
            &CheckInStation::trustChanged);
    parts.trust = m_trustControl.get();
    m_export = std::make_unique<ContactExport>(*m_station, m_settings->config().kioskId, m_clock);
    parts.contactExport = m_export.get();
    m_media = std::make_unique<RemovableMedia>(m_options.mounts ? m_options.mounts
                                                                : RemovableMedia::systemMounts());
    parts.media = m_media.get();
    m_outage = std::make_unique<OutageControl>(*m_station, *m_staff, m_clock);
    parts.outage = m_outage.get();
    parts.fullscreen = m_options.fullscreen;
    m_kiosk = std::make_unique<KioskServices>(parts);

    connect(m_settings.get(), &KioskSettings::changed, this, [this] {
        applyVenue();
        updateStatus();
    });
    if (m_updater) {
        connect(m_updater.get(), &TrustUpdater::stateChanged, m_station.get(), &CheckInStation::trustChanged);
        m_updater->start();
    }
    // The station publishes; the screen words it. Status facts change with check-ins, installs and time.
    connect(m_station.get(), &CheckInStation::statusChanged, this, [this] {
        updateStaffNotices();
        updateStatus();
    });
    connect(m_station.get(), &CheckInStation::dayStarted, this, &KioskAssembly::reloadLog);
    connect(m_checkIn.get(), &CheckInController::blockedChanged, this, &KioskAssembly::updateStatus);
    // The station publishes before the check-in reaches today's list: the count follows the list.
    connect(m_log.get(), &CheckInLogModel::countsChanged, this, &KioskAssembly::updateStatus);
    m_language->onChange([this](const QString &language) {
        m_settings->setLanguage(language);
        m_export->forgetResult();
        m_trustControl->forgetResult();
        reloadLog();
        updateStaffNotices();
        updateStatus();
    });
    startSync(config);
    reloadLog();
    updateStaffNotices();
    updateStatus();
    qCInfo(lcRuntime).noquote() << "data" << m_dataDir << "config" << m_configPath << "source" << m_source
                                << "mode" << m_settings->mode();
    return {};
}

QString KioskAssembly::trustDirectory(const QString &dataDir)
{
    return CheckInStation::trustDirectory(dataDir);
}

void KioskAssembly::applyVenue()
{
    m_station->setVenue(m_settings->policy(), Venue{m_settings->venueType(), venueZone()});
    m_station->setPairWindowSeconds(m_settings->secondPassSeconds());
}

QTimeZone KioskAssembly::venueZone() const
{
    const QString zone = m_settings->config().timeZone;
    return zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
}

void KioskAssembly::reloadLog()
{
    auto today = m_station->today(venueZone());
    if (!today) {
        qCWarning(lcRuntime).noquote() << "cannot read today's check-ins:" << today.error();
        return;
    }
    m_log->setTimeZone(venueZone());
    m_log->setEntries(std::move(today).value());
}

void KioskAssembly::updateStaffNotices()
{
    const StationStatus facts = m_station->status();
    QStringList notices;
    for (const QString &folder : std::as_const(m_openFolders))
        notices.append(tr("Other users of this computer can open %1, which holds the ledger, keys or "
                          "staff PIN. Restrict it to passgate's user (chmod 700 %1).")
                           .arg(folder));
    if (!facts.ledger.open)
        notices.append(tr("The ledger cannot be opened, so nothing can be recorded: %1")
                           .arg(facts.ledger.unavailableBecause
                                    ? ReasonText::sentenceWithDetail(*facts.ledger.unavailableBecause)
                                    : QString()));
    else if (!facts.ledger.recoveryNote.isEmpty())
        notices.append(tr("The ledger was damaged and has been moved aside (kept for rescue): %1. A new "
                          "ledger was started.")
                           .arg(facts.ledger.recoveryNote));
    if (const auto &continued = facts.ledger.continuation) {
        const QString when = QLocale().toString(continued->at.toLocalTime(), QLocale::ShortFormat);
        QString what;
        switch (continued->cause) {
        case LedgerContinuation::Cause::Deleted:
            what = tr("At %1 the ledger file was deleted while passgate was running.").arg(when);
            break;
        case LedgerContinuation::Cause::Replaced:
            what = tr("At %1 the ledger file was replaced by another file while passgate was running.")
                       .arg(when);
            break;
        case LedgerContinuation::Cause::Overwritten:
            what = tr("At %1 the ledger file was overwritten while passgate was running.").arg(when);
            break;
        }
        const QString rescued =
            continued->rescuedTo.isEmpty()
                ? tr("The check-ins before it could not be copied out (%1).").arg(continued->rescueProblem)
                : tr("The check-ins before it were copied to %1.").arg(continued->rescuedTo);
        const QString found =
            continued->foundMovedTo.isEmpty()
                ? QString()
                : tr("What was found in its place is kept as %1.").arg(continued->foundMovedTo);
        notices.append(tr("%1 Check-ins go on in a new ledger that continues the old one's chain. %2 %3 Keep "
                          "these files and tell the owner.")
                           .arg(what, rescued, found)
                           .simplified());
    }
    if (!facts.trust.refusedBecause.isEmpty())
        notices.append(
            tr("The installed trust list was refused and set aside: %1").arg(facts.trust.refusedBecause));
    if (!facts.ledger.purgeProblem.isEmpty())
        notices.append(
            tr("Old check-ins could not be deleted on schedule: %1").arg(facts.ledger.purgeProblem));
    if (facts.newOwnerKey)
        notices.append(tr("New venue keys. The owner's private key (it opens exported contact lists) is %1, "
                          "protected by the passphrase %2. Write the passphrase down and move the file off "
                          "this kiosk: the passphrase is not stored and is shown only until passgate "
                          "restarts.")
                           .arg(facts.newOwnerKey->file, facts.newOwnerKey->passphrase));
    if (m_syncStatus.state == SyncStatus::State::Stopped && m_syncStatus.problem)
        notices.append(tr("Entries are not reaching the owner's server, and will not until someone acts: %1 "
                          "Check-ins go on and are kept here.")
                           .arg(m_syncStatus.problem->reason));
    m_status->setStaffNotices(notices);
}

void KioskAssembly::updateScannerStatus()
{
    const HidScanner *scanner = m_scan->scanner();
    if (!scanner) {
        m_status->setScanner(KioskStatus::State::Ok, QString());
        return;
    }
    switch (scanner->state()) {
    case HidScanner::State::Reading:
        m_status->setScanner(KioskStatus::State::Ok, tr("USB scanner"));
        break;
    case HidScanner::State::Stopped:
    case HidScanner::State::Absent:
        m_status->setScanner(KioskStatus::State::Warning, tr("USB scanner not connected"));
        break;
    case HidScanner::State::Failed:
        m_status->setScanner(KioskStatus::State::Error, tr("USB scanner: %1").arg(scanner->problem()));
        break;
    }
}

void KioskAssembly::updateStatus()
{
    const StationStatus facts = m_station->status();
    m_status->setDemo(!m_settings->configured() || m_demoSource || facts.trust.demo);
    updateTrustStatus(facts);
    updateScannerStatus();
    const FrameSource::State state = m_scan->state();
    if (m_noFrameSource)
        m_status->setCamera(KioskStatus::State::Ok, tr("No camera"));
    else if (!m_sourceProblem.isEmpty())
        m_status->setCamera(KioskStatus::State::Error, tr("Cannot scan: %1").arg(m_sourceProblem));
    else if (m_demoSource)
        m_status->setCamera(KioskStatus::State::Warning, tr("Demo passes"));
    else if (state == FrameSource::State::Running)
        m_status->setCamera(KioskStatus::State::Ok, m_source.startsWith(u"camera")    ? tr("Camera")
                                                    : m_source.startsWith(u"images:") ? tr("Picture folder")
                                                                                      : tr("Recorded video"));
    else if (state == FrameSource::State::Failed)
        m_status->setCamera(KioskStatus::State::Error, m_scan->status());
    else
        m_status->setCamera(KioskStatus::State::Warning,
                            m_scan->status().isEmpty() ? tr("Camera") : m_scan->status());
    // Red when a check-in cannot be recorded (and then why); amber when staff should look.
    const std::optional<Reason> &noLedger = facts.ledger.unavailableBecause;
    if (!facts.ledger.open)
        m_status->setSetupProblem(
            tr("This kiosk cannot record check-ins, so it checks nobody in: %1. Staff: fix the data folder "
               "%2 (or start passgate with another --data-dir) and restart passgate.")
                .arg(noLedger ? ReasonText::sentenceWithDetail(*noLedger) : QString(), m_dataDir));
    else if (const QStringList &wrong = m_settings->fileProblems(); !wrong.isEmpty())
        m_status->setSetupProblem(
            tr("The settings file %1 has %n wrong setting(s), so this kiosk checks nobody in: %2. Staff: "
               "correct the file (passgate-cli config check %1 lists them) and restart passgate.",
               nullptr, int(wrong.size()))
                .arg(m_configPath, wrong.join(QStringLiteral("; "))));
    else
        m_status->setSetupProblem(QString());
    if (!facts.ledger.open)
        m_status->setLedger(KioskStatus::State::Error,
                            tr("No ledger: %1").arg(noLedger ? ReasonText::sentence(*noLedger) : QString()));
    else if (m_checkIn->blocked())
        m_status->setLedger(KioskStatus::State::Error,
                            tr("Not recording: %1").arg(m_checkIn->blockedReason()));
    else if (!facts.ledger.recoveryNote.isEmpty() || !facts.ledger.purgeProblem.isEmpty() ||
             facts.ledger.continuation)
        m_status->setLedger(KioskStatus::State::Warning, tr("Ledger: see the staff area"));
    else
        // The day's count is for staff; a self-scan screen faces the queue.
        m_status->setLedger(KioskStatus::State::Ok,
                            m_settings->selfScan() ? tr("Ledger OK")
                                                   : tr("Ledger OK · %n today", nullptr, m_log->count()));
}

void KioskAssembly::startSync(const KioskConfig &config)
{
    SyncWorker::Options options;
    options.settings = SyncSettings::fromConfig(config);
    options.dataDir = m_dataDir;
    options.clock = &m_clock; // the kiosk's times agree (main's SystemClock is safe in any thread)
    if (!options.settings.enabled())
        return;
    m_syncThread = std::make_unique<QThread>();
    m_syncThread->setObjectName(QStringLiteral("passgate sync"));
    m_sync = std::make_unique<SyncWorker>(options);
    m_sync->moveToThread(m_syncThread.get());
    connect(m_sync.get(), &SyncWorker::statusChanged, this, [this](const SyncStatus &status) {
        const bool stoppedNow =
            status.state == SyncStatus::State::Stopped && m_syncStatus.state != SyncStatus::State::Stopped;
        // Every failed attempt sets a new retry time: one line each, so that the log tells an owner why
        // entries are waiting (the status bar only says that they are).
        const bool attemptFailed = status.state == SyncStatus::State::Retrying &&
                                   status.nextAttempt != m_syncStatus.nextAttempt && status.problem;
        m_syncStatus = status;
        if (stoppedNow)
            qCWarning(lcRuntime).noquote() << "sync stopped:" << status.problem->reason;
        if (attemptFailed)
            qCWarning(lcRuntime).noquote()
                << "sync attempt failed:" << status.problem->reason << "- next attempt"
                << status.nextAttempt.toUTC().toString(Qt::ISODateWithMs);
        updateSyncStatus();
        updateStaffNotices();
    });
    // A new entry: the worker looks now instead of at its next poll (queued into its thread).
    connect(m_log.get(), &CheckInLogModel::countsChanged, m_sync.get(), &SyncWorker::wake);
    connect(m_syncThread.get(), &QThread::started, m_sync.get(), &SyncWorker::start);
    m_syncStatus.state = SyncStatus::State::Connecting;
    m_syncThread->start(QThread::LowPriority);
    qCInfo(lcRuntime).noquote() << "sync to" << options.settings.server;
}

void KioskAssembly::updateSyncStatus()
{
    const SyncStatus &sync = m_syncStatus;
    const QString time =
        sync.lastSync.isValid()
            ? QLocale().toString(sync.lastSync.toTimeZone(venueZone()).time(), QStringLiteral("HH:mm"))
            : QString();
    switch (sync.state) {
    case SyncStatus::State::Off:
        m_status->setSync(KioskStatus::State::Ok, QString());
        break;
    case SyncStatus::State::Connecting:
        m_status->setSync(KioskStatus::State::Ok, tr("Sync: connecting"));
        break;
    case SyncStatus::State::CaughtUp:
        m_status->setSync(KioskStatus::State::Ok, tr("Synced %1").arg(time));
        break;
    case SyncStatus::State::Sending:
        m_status->setSync(KioskStatus::State::Ok, tr("Sync: %n waiting", nullptr, int(sync.waiting())));
        break;
    case SyncStatus::State::Retrying:
        // Check-ins go on; the entries wait in the ledger. Staff only need to know it is not current.
        m_status->setSync(KioskStatus::State::Warning,
                          time.isEmpty()
                              ? tr("Sync: server unreachable · %n waiting", nullptr, int(sync.waiting()))
                              : tr("Sync: %n waiting · last %1", nullptr, int(sync.waiting())).arg(time));
        break;
    case SyncStatus::State::Stopped:
        m_status->setSync(KioskStatus::State::Error, tr("Sync stopped: see the staff area"));
        break;
    }
}

void KioskAssembly::updateTrustStatus(const StationStatus &facts)
{
    m_status->setOnline(m_updater && m_updater->lastSuccess().isValid() &&
                        m_updater->consecutiveFailures() == 0);
    if (!facts.trust.installed) {
        m_status->setTrust(KioskStatus::State::Error, tr("No trust list: passes cannot be verified"));
        return;
    }
    if (facts.clock.behind) {
        // Before any trust-list age: an age measured on a wrong clock means nothing.
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        m_status->setTrust(KioskStatus::State::Error,
                           tr("Clock wrong: it reads %1, but %2 has passed. Every pass goes to staff "
                              "until the clock is set.")
                               .arg(facts.clock.now.toTimeZone(venueZone()).toString(format),
                                    facts.clock.reference.toTimeZone(venueZone()).toString(format)));
        return;
    }
    const qint64 hours = facts.trust.ageHours;
    const QString age = hours < 48 ? tr("%n hour(s) old", nullptr, int(hours))
                                   : tr("%n day(s) old", nullptr, int(hours / 24));
    const QString name = facts.trust.demo ? tr("Demo trust list") : tr("Trust list");
    if (facts.trust.expired)
        m_status->setTrust(
            KioskStatus::State::Error,
            tr("%1 expired on %2: every verdict is flagged")
                .arg(name,
                     facts.trust.expires.toTimeZone(venueZone()).toString(QStringLiteral("yyyy-MM-dd"))));
    else if (facts.trust.stale)
        m_status->setTrust(KioskStatus::State::Warning, tr("%1 %2 — update it").arg(name, age));
    else
        m_status->setTrust(facts.trust.demo ? KioskStatus::State::Warning : KioskStatus::State::Ok,
                           tr("%1 %2").arg(name, age));
}

void KioskAssembly::attach(QQmlEngine &engine)
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

void KioskAssembly::attachWindow(QQuickWindow *window)
{
    m_checkIn->setPresentationWindow(window);
    if (window) {
        // Keys typed into a field (a phone number, a PIN) belong to it, however fast staff type.
        m_scan->wedge()->setStandDown([window](QObject *) {
            const QQuickItem *focused = window->activeFocusItem();
            return focused && (focused->inherits("QQuickTextInput") || focused->inherits("QQuickTextEdit"));
        });
        window->installEventFilter(m_scan->wedge());
        m_windowKeeper = std::make_unique<WindowKeeper>(window, [this] { return m_settings->selfScan(); });
        connect(m_windowKeeper.get(), &WindowKeeper::windowLost, m_kiosk.get(),
                &KioskServices::quitRequested);
    }
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

int KioskAssembly::refusedKeys() const
{
    return m_keyFilter ? m_keyFilter->refused() : 0;
}

} // namespace passgate
