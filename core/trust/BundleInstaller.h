#pragma once

#include "trust/BundleError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace passgate {

// What staff and the updater know about the bundle in force.
struct InstalledBundleInfo
{
    bool present = false;
    quint64 sequence = 0;
    QDateTime issued;
    QDateTime expires;
    QString publisher;
};

enum class InstallOutcome
{
    Installed,        // verified and now in force
    AlreadyInstalled, // the very file already in force; nothing changed
};

// Where fetched or imported bundle files go: verified, installed atomically, or refused and kept
// aside with the last good bundle staying in force. Implementations are thread-safe, so the updater
// installs on a worker thread while check-ins keep reading the bundle in force.
class BundleInstaller
{
public:
    virtual ~BundleInstaller() = default;
    virtual Result<InstallOutcome, BundleError> install(const QByteArray &file, const QString &origin) = 0;
    virtual InstalledBundleInfo installedInfo() const = 0;
};

} // namespace passgate
