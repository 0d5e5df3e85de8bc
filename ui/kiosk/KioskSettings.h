#pragma once

#include "station/KioskConfig.h"

#include <QMediaDevices>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace passgate {

// The kiosk's configuration as staff see and change it; every change is saved at once (atomically).
// Setters that take typed input return an empty string on success, else the problem in words.
class KioskSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk owns its settings")
    Q_PROPERTY(QString venueName READ venueName WRITE setVenueName NOTIFY changed)
    Q_PROPERTY(QString venueType READ venueType WRITE setVenueType NOTIFY changed)
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY changed)
    Q_PROPERTY(bool selfScan READ selfScan NOTIFY changed)
    Q_PROPERTY(bool frontDesk READ frontDesk NOTIFY changed)
    Q_PROPERTY(QString policy READ policy WRITE setPolicy NOTIFY changed)
    Q_PROPERTY(QString checkInPhone READ checkInPhone NOTIFY changed)
    Q_PROPERTY(bool sounds READ sounds WRITE setSounds NOTIFY changed)
    // The camera to scan with (its id), used from the next start; empty = the system default.
    Q_PROPERTY(QString camera READ camera WRITE setCamera NOTIFY changed)
    // The cameras present now, as [{id, name}]; follows plugging and unplugging.
    Q_PROPERTY(QVariantList cameras READ cameras NOTIFY camerasChanged)
    // The USB scanner read from its input device (a path), used right away; empty = none.
    Q_PROPERTY(QString scannerDevice READ scannerDevice WRITE setScannerDevice NOTIFY changed)
    // The keyboards present (scanners are keyboards to the kernel), as [{path, name}]; read afresh
    // each time staff open the list.
    Q_PROPERTY(QVariantList keyboards READ keyboards NOTIFY changed)
    Q_PROPERTY(int retentionDays READ retentionDays WRITE setRetentionDays NOTIFY changed)
    Q_PROPERTY(int verdictSeconds READ verdictSeconds WRITE setVerdictSeconds NOTIFY changed)
    Q_PROPERTY(int secondPassSeconds READ secondPassSeconds WRITE setSecondPassSeconds NOTIFY changed)
    Q_PROPERTY(QStringList departments READ departments NOTIFY changed)
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    // Whether the setup screen may open: a kiosk not set up yet, and not at a self-scan kiosk's
    // visitor side, where setup starts only from its keyboard (allowSetupFromKeyboard) or with
    // `passgate-cli setup` — else a visitor could set their own staff PIN and take the kiosk over.
    Q_PROPERTY(bool setupReachable READ setupReachable NOTIFY changed)
    Q_PROPERTY(QString kioskId READ kioskId CONSTANT)
    Q_PROPERTY(QString saveError READ saveError NOTIFY changed)

public:
    KioskSettings(KioskConfig config, QString path, QObject *parent = nullptr);

    const KioskConfig &config() const { return m_config; }
    KioskMode kioskMode() const { return m_config.mode; }

    QString venueName() const { return m_config.venueName; }
    QString venueType() const { return m_config.venueType; }
    QString mode() const { return kioskModeName(m_config.mode); }
    bool selfScan() const { return m_config.mode == KioskMode::SelfScan; }
    bool frontDesk() const { return m_config.mode == KioskMode::FrontDesk; }
    QString policy() const { return m_config.policy; }
    QString checkInPhone() const; // formatted, empty when none
    bool sounds() const { return m_config.sounds; }
    QString camera() const { return m_config.camera; }
    QVariantList cameras() const;
    QString scannerDevice() const { return m_config.scannerDevice; }
    QVariantList keyboards() const;
    int retentionDays() const { return m_config.retentionDays; }
    int verdictSeconds() const { return m_config.verdictSeconds; }
    int secondPassSeconds() const { return m_config.secondPassSeconds; }
    void setSecondPassSeconds(int seconds);
    QStringList departments() const { return m_config.departments; }
    bool configured() const { return m_config.venueConfigured(); }
    bool setupReachable() const { return !configured() && (!selfScan() || m_setupFromKeyboard); }
    QString kioskId() const { return m_config.kioskId; }
    QString saveError() const { return m_saveError; }
    // The settings file's wrong settings at start (key, value, what is allowed), one per line; the
    // kiosk checks nobody in until they are fixed and passgate restarts.
    const QStringList &fileProblems() const { return m_fileProblems; }
    void setFileProblems(const QStringList &problems) { m_fileProblems = problems; }

    void setVenueName(const QString &name);
    void setVenueType(const QString &type);
    void setMode(const QString &mode);
    void setPolicy(const QString &policy);
    void setSounds(bool on);
    void setCamera(const QString &id);
    void setScannerDevice(const QString &path);
    void setRetentionDays(int days);
    void setVerdictSeconds(int seconds);
    void setLanguage(const QString &language);
    // For this run only (the --mode option), not saved.
    void overrideMode(KioskMode mode);

    // The local key combination (Ctrl+Alt+Shift+S) at the kiosk itself.
    Q_INVOKABLE void allowSetupFromKeyboard();
    Q_INVOKABLE QString setCheckInPhone(const QString &text);
    Q_INVOKABLE QString setDepartments(const QString &commaSeparated);
    // The one-screen first-run setup: all or nothing.
    Q_INVOKABLE QString completeSetup(const QString &venueName, const QString &venueType,
                                      const QString &phone, const QString &pin, const QString &pinAgain);
    // The words for a PIN or phone problem, without changing anything (as the user types).
    Q_INVOKABLE QString phoneProblem(const QString &text) const;

    // Lower iteration counts only for tests, where 150k PBKDF2 rounds per PIN would dominate.
    void setPinIterations(int iterations) { m_pinIterations = iterations; }

Q_SIGNALS:
    void changed();
    void camerasChanged();

private:
    void commit(const KioskConfig &next);
    bool m_setupFromKeyboard = false;
    QString pinProblem(const QString &pin, const QString &again) const;
    QString setUpVenue(const QString &venueName, const QString &venueType, const QString &phone,
                       const QString &pin, const QString &pinAgain);

    KioskConfig m_config;
    QString m_path;
    QString m_saveError;
    QStringList m_fileProblems;
    int m_pinIterations;
    QMediaDevices *m_devices;
};

} // namespace passgate
