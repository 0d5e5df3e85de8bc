#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace passgate {

// The always-visible status bar: network, trust list, camera, ledger. Each part has a state for the
// colour/icon and words for staff; the kiosk's services write it, the status bar only binds to it.
class KioskStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk reports its own status")
    Q_PROPERTY(bool demo READ demo NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(State trustState READ trustState NOTIFY changed)
    Q_PROPERTY(QString trustText READ trustText NOTIFY changed)
    Q_PROPERTY(State cameraState READ cameraState NOTIFY changed)
    Q_PROPERTY(QString cameraText READ cameraText NOTIFY changed)
    // The USB scanner read from its device; empty text when none is set (the part is then hidden).
    Q_PROPERTY(State scannerState READ scannerState NOTIFY changed)
    Q_PROPERTY(QString scannerText READ scannerText NOTIFY changed)
    Q_PROPERTY(State ledgerState READ ledgerState NOTIFY changed)
    Q_PROPERTY(QString ledgerText READ ledgerText NOTIFY changed)
    // Replication to the owner's server: last sync, entries waiting; empty text when sync is off.
    Q_PROPERTY(State syncState READ syncState NOTIFY changed)
    Q_PROPERTY(QString syncText READ syncText NOTIFY changed)
    // What staff must read and act on (a damaged ledger moved aside, the owner key's passphrase on
    // first start); shown in the staff area and on the setup screen, never to visitors.
    Q_PROPERTY(QStringList staffNotices READ staffNotices NOTIFY changed)
    // What stops this kiosk from checking anyone in, with the fix, on every screen; empty when
    // nothing does. Check-ins are not run meanwhile (no red verdicts for the kiosk's own fault).
    Q_PROPERTY(QString setupProblem READ setupProblem NOTIFY changed)

public:
    enum class State
    {
        Ok,
        Warning,
        Error
    };
    Q_ENUM(State)

    using QObject::QObject;

    bool demo() const { return m_demo; }
    bool online() const { return m_online; }
    State trustState() const { return m_trustState; }
    QString trustText() const { return m_trustText; }
    State cameraState() const { return m_cameraState; }
    QString cameraText() const { return m_cameraText; }
    State scannerState() const { return m_scannerState; }
    QString scannerText() const { return m_scannerText; }
    State ledgerState() const { return m_ledgerState; }
    QString ledgerText() const { return m_ledgerText; }
    State syncState() const { return m_syncState; }
    QString syncText() const { return m_syncText; }
    QStringList staffNotices() const { return m_staffNotices; }
    QString setupProblem() const { return m_setupProblem; }

    void setDemo(bool demo);
    void setOnline(bool online);
    void setTrust(State state, const QString &text);
    void setCamera(State state, const QString &text);
    void setScanner(State state, const QString &text);
    void setLedger(State state, const QString &text);
    void setSync(State state, const QString &text);
    void setStaffNotices(const QStringList &notices);
    void setSetupProblem(const QString &problem);

Q_SIGNALS:
    void changed();

private:
    bool m_demo = false;
    bool m_online = false;
    State m_trustState = State::Warning;
    QString m_trustText;
    State m_cameraState = State::Warning;
    QString m_cameraText;
    State m_scannerState = State::Ok;
    QString m_scannerText;
    State m_ledgerState = State::Ok;
    QString m_ledgerText;
    State m_syncState = State::Ok;
    QString m_syncText;
    QStringList m_staffNotices;
    QString m_setupProblem;
};

} // namespace passgate
