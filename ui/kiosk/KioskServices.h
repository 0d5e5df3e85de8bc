#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace passgate {

class CheckInController;
class CheckInLogModel;
class KioskSettings;
class KioskStatus;
class LanguageSwitcher;
class ScanController;
class StaffAccess;
class TrustListControl;
class ContactExport;
class RemovableMedia;
class OutageControl;

// The QML singleton `Kiosk`, as the pages see the kiosk: the one door from the pages to the kiosk's services,
// which are built and wired elsewhere (KioskAssembly) before any QML is loaded.
class KioskServices : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("kiosk/CheckInController.h")
    Q_MOC_INCLUDE("kiosk/CheckInLogModel.h")
    Q_MOC_INCLUDE("kiosk/KioskSettings.h")
    Q_MOC_INCLUDE("kiosk/KioskStatus.h")
    Q_MOC_INCLUDE("kiosk/LanguageSwitcher.h")
    Q_MOC_INCLUDE("kiosk/StaffAccess.h")
    Q_MOC_INCLUDE("kiosk/ScanController.h")
    Q_MOC_INCLUDE("kiosk/TrustListControl.h")
    Q_MOC_INCLUDE("kiosk/ContactExport.h")
    Q_MOC_INCLUDE("kiosk/RemovableMedia.h")
    Q_MOC_INCLUDE("kiosk/OutageControl.h")
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(KioskSettings *settings READ settings CONSTANT)
    Q_PROPERTY(CheckInController *checkIn READ checkIn CONSTANT)
    Q_PROPERTY(StaffAccess *staff READ staff CONSTANT)
    Q_PROPERTY(LanguageSwitcher *language READ language CONSTANT)
    Q_PROPERTY(CheckInLogModel *log READ log CONSTANT)
    Q_PROPERTY(KioskStatus *status READ status CONSTANT)
    Q_PROPERTY(ScanController *scan READ scan CONSTANT)
    Q_PROPERTY(TrustListControl *trust READ trust CONSTANT)
    Q_PROPERTY(ContactExport *contactExport READ contactExport CONSTANT)
    Q_PROPERTY(RemovableMedia *media READ media CONSTANT)
    Q_PROPERTY(OutageControl *outage READ outage CONSTANT)
    Q_PROPERTY(bool fullscreen READ fullscreen CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    struct Parts
    {
        KioskSettings *settings = nullptr;
        CheckInController *checkIn = nullptr;
        StaffAccess *staff = nullptr;
        LanguageSwitcher *language = nullptr;
        CheckInLogModel *log = nullptr;
        KioskStatus *status = nullptr;
        ScanController *scan = nullptr;
        TrustListControl *trust = nullptr;
        ContactExport *contactExport = nullptr;
        RemovableMedia *media = nullptr;
        OutageControl *outage = nullptr;
        bool fullscreen = false;
    };

    KioskServices(Parts parts, QObject *parent = nullptr);
    ~KioskServices() override;

    // The engine asks for the singleton; there is one kiosk per process.
    static KioskServices *create(QQmlEngine *, QJSEngine *);

    KioskSettings *settings() const { return m_parts.settings; }
    CheckInController *checkIn() const { return m_parts.checkIn; }
    StaffAccess *staff() const { return m_parts.staff; }
    LanguageSwitcher *language() const { return m_parts.language; }
    CheckInLogModel *log() const { return m_parts.log; }
    KioskStatus *status() const { return m_parts.status; }
    ScanController *scan() const { return m_parts.scan; }
    TrustListControl *trust() const { return m_parts.trust; }
    ContactExport *contactExport() const { return m_parts.contactExport; }
    RemovableMedia *media() const { return m_parts.media; }
    OutageControl *outage() const { return m_parts.outage; }
    bool fullscreen() const { return m_parts.fullscreen; }
    QString version() const;

    // Staff asked to close passgate (Ctrl+Q at a counter, the admin area's button).
    Q_INVOKABLE void requestQuit();

Q_SIGNALS:
    void quitRequested();

private:
    Parts m_parts;
};

} // namespace passgate
