#pragma once

#include "common/Clock.h"
#include "trust/BundleInstaller.h"
#include "trust/BundleVerifier.h"
#include "trust/PublisherKeys.h"
#include "trust/TrustBundle.h"

#include <QMutex>
#include <QString>

#include <memory>

namespace passgate {

// The kiosk's trust bundle on disk and in memory. Layout of its directory:
//   bundle.pgtb          the bundle in force (replaced atomically)
//   refused/<time>-<reason>.pgtb   files that were refused, kept for inspection (newest 20)
// Check-ins take current() — a snapshot that stays valid while an update swaps in a newer bundle.
class BundleStore final : public BundleInstaller
{
public:
    static constexpr int keptRefusals = 20;

    BundleStore(QString directory, PublisherKeys publishers, const Clock &clock);

    // Reads the bundle in force at start. It is verified again (the disk is not trusted) but may
    // have expired meanwhile: it stays in force, flagged. A file that no longer verifies is moved
    // to refused/ and the store starts empty; one signed by a key no longer pinned stays on disk
    // unused. No file: nothing installed, not an error.
    Result<void, BundleError> load();

    std::shared_ptr<const TrustBundle> current() const;
    Result<InstallOutcome, BundleError> install(const QByteArray &file, const QString &origin) override;
    InstalledBundleInfo installedInfo() const override;

    QString installedPath() const;
    // The bundle in force in a store `directory`, for readers that do not load it (passgate-cli doctor).
    static QString installedPath(const QString &directory);
    QString refusedDirectory() const;

private:
    void keepAside(const QByteArray &file, const BundleError &error) const;
    void setCurrent(std::shared_ptr<const TrustBundle> bundle);

    QString m_directory;
    PublisherKeys m_publishers;
    const Clock &m_clock;
    QMutex m_installing; // one installation at a time
    mutable QMutex m_currentLock;
    std::shared_ptr<const TrustBundle> m_current;
};

} // namespace passgate
