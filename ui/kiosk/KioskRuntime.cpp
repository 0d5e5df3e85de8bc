#include "kiosk/KioskRuntime.h"

#include "kiosk/CheckInController.h"
#include "kiosk/CheckInLogModel.h"
#include "kiosk/Kiosk.h"
#include "kiosk/KioskKeyFilter.h"
#include "kiosk/KioskSettings.h"
#include "kiosk/KioskStatus.h"
#include "kiosk/LanguageSwitcher.h"
#include "kiosk/ScanController.h"
#include "kiosk/StaffAccess.h"
#include "scan/KeyboardWedgeDetector.h"

#include "formats/PassError.h"
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
    if (m_keyFilter)
        qApp->removeEventFilter(m_keyFilter.get());
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

    FrameSourceSpec spec = defaultFrameSourceSpec();
    if (!m_options.source.isEmpty()) {
        auto parsed = parseFrameSourceSpec(m_options.source);
        if (!parsed)
            return fail(parsed.error().reason);
        spec = *parsed;
    }
    m_source = spec.toString();
    m_demoSource = spec.kind == FrameSourceSpec::Kind::Demo;

    // Signers: the installed trust bundle's (once bundles are installed) plus any --trust files.
    for (const QString &file : m_options.trustFiles) {
        auto added = m_trust.addFile(file);
        if (!added)
            return fail(QStringLiteral("cannot trust %1: %2").arg(file, added.error().reason));
        qCInfo(lcRuntime).noquote() << "trusting" << *added << "signer(s) from" << file;
    }
    m_verifier = std::make_unique<PassVerifier>(m_trust, m_clock);

    m_policies = PolicyCatalog::builtIn();
    if (!m_policies.find(m_settings->policy()))
        qCWarning(lcRuntime) << "the configured policy" << m_settings->policy()
                             << "is unknown; known:" << m_policies.names();

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
    parts.fullscreen = m_options.fullscreen;
    m_kiosk = std::make_unique<Kiosk>(parts);

    connect(m_settings.get(), &KioskSettings::changed, this, &KioskRuntime::updateStatus);
    connect(m_checkIn.get(), &CheckInController::blockedChanged, this, &KioskRuntime::updateStatus);
    m_language->onChange([this](const QString &language) { m_settings->setLanguage(language); });
    updateStatus();
    qCInfo(lcRuntime).noquote() << "data" << m_dataDir << "config" << m_configPath << "source" << m_source
                                << "mode" << m_settings->mode();
    return {};
}

CheckInService::Steps KioskRuntime::checkInSteps()
{
    CheckInService::Steps steps;
    // Pass verification, the venue policy and the ledger are wired here as they become available;
    // until then every check-in says plainly what is missing instead of pretending.
    steps.readPass = [this](const QString &payload, const QDateTime &now) -> Result<DecodedPass, Reason> {
        auto pass = m_verifier->verify(payload, now);
        if (!pass)
            return fail(Reason{errorCodeName(pass.error().code), {}});
        return std::move(pass).value();
    };
    steps.decide = [this](const Evidence &evidence, const QDateTime &now) {
        auto policy = m_policies.find(m_settings->policy());
        if (!policy) {
            Decision decision;
            decision.verdict = Verdict::StaffCheck;
            decision.reasons = {{QStringLiteral("policy-missing"), {m_settings->policy()}}};
            return decision;
        }
        const Venue venue{m_settings->venueType(), QTimeZone::systemTimeZone()};
        return checkClockAndTrust((*policy)->decide(evidence, venue, now), now, m_timeReferences);
    };
    steps.record = [](const Evidence &, const Decision &, const QDateTime &) -> Result<void, Reason> {
        return fail(Reason{QStringLiteral("ledger-missing"), {}});
    };
    return steps;
}

void KioskRuntime::reloadLog()
{}

void KioskRuntime::updateStatus()
{
    m_status->setDemo(!m_settings->configured() || m_demoSource);
    if (m_trust.isEmpty())
        m_status->setTrust(KioskStatus::State::Error, tr("No trust list"));
    else
        m_status->setTrust(KioskStatus::State::Warning,
                           tr("%n signer(s) from files", nullptr, m_trust.size()));
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
    // Until the ledger is wired in (core/ledger), nothing can be recorded: say so before anyone tries.
    m_status->setLedger(KioskStatus::State::Error, m_checkIn->blocked()
                                                       ? m_checkIn->blockedReason()
                                                       : tr("No ledger: check-ins are not recorded"));
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
