#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "kiosk/RemovableMedia.h"
#include "replication/SyncStatus.h"
#include "scan/MediaBackend.h"
#include "station/KioskConfig.h"
#include "station/StaffPin.h"
#include "station/StationStatus.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

#include <memory>
#include <optional>

class QQmlEngine;
class QQuickWindow;
class QThread;

namespace passgate {

class CheckInController;
class CheckInLogModel;
class CheckInStation;
class KioskServices;
class KioskKeyFilter;
class WindowKeeper;
class KioskSettings;
class KioskStatus;
class LanguageSwitcher;
class ScanController;
class StaffAccess;
class TrustUpdater;
class TrustListControl;
class ContactExport;
class OutageControl;
class SyncWorker;

// What the `passgate` command line chooses; empty means "the default".
struct KioskOptions
{
    QString source; // camera[:ID], video:FILE, images:DIR, demo; empty = camera if any, else demo
    // A USB scanner read from its input device (--source hid:PATH) for this run; empty = the configured
    // one. With a scanner and no camera the kiosk shows no demo passes: the scanner is the source.
    QString scannerDevice;
    std::optional<KioskMode> mode; // this run only; otherwise the configured mode
    QString dataDir;               // empty = QStandardPaths::AppDataLocation
    QString configPath;            // empty = <AppConfigLocation>/config.json
    QString language;              // ko, en; empty = configured, else the system's
    bool fullscreen = false;
    int pinIterations = StaffPin::defaultIterations;
    // Asks the system's gstreamer registry, when gstreamer is the media backend (tests replace it).
    GstElementLookup gstElements = systemGstElementLookup();
    // Where staff's USB sticks are found (tests give folders of their own); empty = the system's.
    RemovableMedia::MountList mounts;
};

// The one place that builds the kiosk: the configuration, the CheckInStation (trust, decision,
// ledger: core/station), scanning, and the QML-facing adapters that present what the station
// publishes — for the executable and for the QML tests alike.
class KioskAssembly : public QObject
{
    Q_OBJECT

public:
    KioskAssembly(KioskOptions options, const Clock &clock, QObject *parent = nullptr);
    ~KioskAssembly() override;

    // Reads (or on first start creates) the configuration and data dir, opens the ledger and wires
    // the services. An error here is fatal and says what to fix.
    Result<void, QString> start();
    // Makes the services reachable from QML (the Kiosk singleton) and the language switchable.
    void attach(QQmlEngine &engine);
    // The kiosk window: self-scan key blocking and verdict-on-screen latency.
    void attachWindow(QQuickWindow *window);

    KioskServices *kiosk() const { return m_kiosk.get(); }
    // The trust bundle store of a data dir (tests install their own bundle there before start()).
    static QString trustDirectory(const QString &dataDir);
    const QString &dataDir() const { return m_dataDir; }
    const QString &configPath() const { return m_configPath; }
    const QString &source() const { return m_source; }
    int refusedKeys() const;
    // What the sync worker last published (State::Off when no server is configured).
    const SyncStatus &syncStatus() const { return m_syncStatus; }

private:
    void applyVenue();
    void reloadLog();
    void updateStatus();
    void updateScannerStatus();
    void updateTrustStatus(const StationStatus &facts);
    void updateStaffNotices();
    void startSync(const KioskConfig &config);
    void updateSyncStatus();
    QTimeZone venueZone() const;

    KioskOptions m_options;
    const Clock &m_clock;
    QString m_dataDir;
    QString m_configPath;
    QString m_source;
    bool m_demoSource = false;
    bool m_noFrameSource = false; // a USB scanner only
    // What the source needs from the media backend and this system lacks; the source is then not
    // started (Qt's gstreamer backend would crash on it) and the status bar says what to install.
    QString m_sourceProblem;
    QStringList m_openFolders; // data or config folders group or others can open (staff notice)
    std::unique_ptr<CheckInStation> m_station;
    std::unique_ptr<TrustUpdater> m_updater; // only when a bundle URL is configured
    std::unique_ptr<TrustListControl> m_trustControl;
    std::unique_ptr<ContactExport> m_export;
    std::unique_ptr<RemovableMedia> m_media;
    std::unique_ptr<OutageControl> m_outage;
    int m_screenshots = 0;
    std::unique_ptr<KioskSettings> m_settings;
    std::unique_ptr<KioskStatus> m_status;
    std::unique_ptr<StaffAccess> m_staff;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<CheckInLogModel> m_log;
    std::unique_ptr<CheckInController> m_checkIn;
    std::unique_ptr<ScanController> m_scan;
    std::unique_ptr<KioskKeyFilter> m_keyFilter;
    std::unique_ptr<WindowKeeper> m_windowKeeper;
    std::unique_ptr<KioskServices> m_kiosk;
    // Replication runs in a thread of its own and only reads the ledger: a check-in never waits for it.
    std::unique_ptr<QThread> m_syncThread;
    std::unique_ptr<SyncWorker> m_sync;
    SyncStatus m_syncStatus;
};

} // namespace passgate
