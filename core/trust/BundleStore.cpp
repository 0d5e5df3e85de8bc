#include "trust/BundleStore.h"

#include "common/AtomicWrite.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace passgate {

BundleStore::BundleStore(QString directory, PublisherKeys publishers, const Clock &clock)
    : m_directory(std::move(directory))
    , m_publishers(std::move(publishers))
    , m_clock(clock)
{}

QString BundleStore::installedPath() const
{
    return installedPath(m_directory);
}

QString BundleStore::installedPath(const QString &directory)
{
    return directory + QStringLiteral("/bundle.pgtb");
}

QString BundleStore::refusedDirectory() const
{
    return m_directory + QStringLiteral("/refused");
}

std::shared_ptr<const TrustBundle> BundleStore::current() const
{
    QMutexLocker lock(&m_currentLock);
    return m_current;
}

void BundleStore::setCurrent(std::shared_ptr<const TrustBundle> bundle)
{
    QMutexLocker lock(&m_currentLock);
    m_current = std::move(bundle);
}

InstalledBundleInfo BundleStore::installedInfo() const
{
    const std::shared_ptr<const TrustBundle> bundle = current();
    InstalledBundleInfo info;
    if (bundle) {
        info.present = true;
        info.sequence = bundle->sequence;
        info.issued = bundle->issued;
        info.expires = bundle->expires;
        info.publisher = bundle->publisher;
    }
    return info;
}

Result<void, BundleError> BundleStore::load()
{
    QMutexLocker installing(&m_installing);
    QFile file(installedPath());
    if (!file.exists()) {
        setCurrent(nullptr);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(BundleErrorCode::Storage,
                    QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > maxBundleBytes)
        return fail(
            BundleErrorCode::Storage,
            QStringLiteral("%1 is larger than any bundle (%2 bytes)").arg(file.fileName()).arg(file.size()));
    // Mapped rather than read: a bundle with a million revocations is 17 MB, verified in place.
    uchar *mapped = file.map(0, file.size());
    const QByteArray bytes =
        mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size())
               : file.readAll();
    auto bundle = verifyBundle(bytes, m_publishers, m_clock.now(), ExpiryCheck::Ignore);
    if (!bundle) {
        setCurrent(nullptr);
        // Not pinned is a question of configuration, not of the file: it stays for when the pins
        // are put right. A file that does not verify or parse is damaged: set aside.
        if (bundle.error().code == BundleErrorCode::UnknownPublisher)
            return fail(bundle.error().code,
                        QStringLiteral("the installed bundle is not signed by a pinned key, "
                                       "not used: ") +
                            bundle.error().reason);
        keepAside(QByteArray(bytes.constData(), bytes.size()), bundle.error());
        file.close();
        QFile::remove(installedPath());
        return fail(bundle.error().code,
                    QStringLiteral("the installed bundle no longer verifies, set aside: ") +
                        bundle.error().reason);
    }
    setCurrent(std::make_shared<const TrustBundle>(std::move(bundle).value()));
    return {};
}

Result<InstallOutcome, BundleError> BundleStore::install(const QByteArray &file, const QString &origin)
{
    QMutexLocker installing(&m_installing);
    const auto refuse = [&](BundleError error) {
        error.reason = origin + QStringLiteral(": ") + error.reason;
        keepAside(file, error);
        return fail(std::move(error));
    };
    auto verified = verifyBundle(file, m_publishers, m_clock.now());
    if (!verified)
        return refuse(verified.error());
    const std::shared_ptr<const TrustBundle> installed = current();
    if (installed) {
        if (verified->sequence < installed->sequence)
            return refuse(
                {BundleErrorCode::Rollback, QStringLiteral("sequence %1 is older than the installed %2")
                                                .arg(verified->sequence)
                                                .arg(installed->sequence)});
        if (verified->sequence == installed->sequence) {
            if (verified->fileHash == installed->fileHash)
                return InstallOutcome::AlreadyInstalled;
            return refuse({BundleErrorCode::Rollback,
                           QStringLiteral("sequence %1 is installed already, with different contents")
                               .arg(verified->sequence)});
        }
    }
    if (auto written = writeFileAtomically(installedPath(), file); !written)
        return fail(BundleErrorCode::Storage, written.error());
    setCurrent(std::make_shared<const TrustBundle>(std::move(verified).value()));
    return InstallOutcome::Installed;
}

void BundleStore::keepAside(const QByteArray &file, const BundleError &error) const
{
    QDir refused(refusedDirectory());
    if (!refused.mkpath(QStringLiteral(".")))
        return;
    // Name by the wall time of the refusal (for people reading the folder), a counter against
    // collisions within one second, and the reason word.
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    int next = 0;
    for (const QString &existing : refused.entryList({stamp + QStringLiteral("-*.pgtb")}, QDir::Files))
        next = std::max(next, existing.mid(stamp.size() + 1, 3).toInt() + 1);
    const QString name = QStringLiteral("%1-%2-%3.pgtb")
                             .arg(stamp)
                             .arg(next, 3, 10, QLatin1Char('0'))
                             .arg(bundleErrorName(error.code));
    if (!writeFileAtomically(refused.filePath(name), file))
        return;
    QFile reason(refused.filePath(name + QStringLiteral(".txt")));
    if (reason.open(QIODevice::WriteOnly | QIODevice::Truncate))
        reason.write(error.reason.toUtf8() + '\n');
    // Only the newest files stay: a server sending garbage every minute must not fill the disk.
    const QStringList kept =
        refused.entryList({QStringLiteral("*.pgtb")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keptRefusals; i < kept.size(); ++i) {
        refused.remove(kept.at(i));
        refused.remove(kept.at(i) + QStringLiteral(".txt"));
    }
}

} // namespace passgate
