#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace passgate {

class BundleStore;
class TrustUpdater;

// The staff area's trust list actions: update now (when a bundle URL is configured) and import a
// bundle file (e.g. from a USB stick). The store verifies and installs; this only reports back.
class TrustListControl : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk owns its trust list")
    Q_PROPERTY(bool canUpdate READ canUpdate CONSTANT)
    Q_PROPERTY(bool updating READ updating NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(QStringList sources READ sources NOTIFY changed)

public:
    TrustListControl(BundleStore &store, TrustUpdater *updater, QObject *parent = nullptr);

    bool canUpdate() const { return m_updater != nullptr; }
    bool updating() const;
    // The last action's outcome in words for staff ("installed ...", "refused: ...").
    QString result() const { return m_result; }
    // Where the trust list in force took its signers from, a line each ("EU gateway list
    // dsc-list-2022-02-03.json, newest entry 2022-02-02: 306 signers"); empty for lists made of
    // certificates handed over one by one (the demo list).
    QStringList sources() const;

    Q_INVOKABLE void updateNow();
    // A local file path or file:// URL. True when the bundle is in force afterwards.
    Q_INVOKABLE bool importFile(const QString &path);
    // After a language switch: words in the other language are cleared, not shown.
    void forgetResult() { setResult(QString()); }

Q_SIGNALS:
    void changed();
    // A bundle was installed (the kiosk refreshes its status).
    void installed();

private:
    void setResult(const QString &result);

    BundleStore &m_store;
    TrustUpdater *m_updater;
    QString m_result;
};

} // namespace passgate
