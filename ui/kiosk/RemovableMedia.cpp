#include "kiosk/RemovableMedia.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QVariantMap>

namespace passgate {

namespace {

constexpr int MaxRecent = 3;
constexpr int MaxTrustFiles = 20; // a stick full of files must not flood the staff area

void remember(QStringList &recent, const QString &path)
{
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
}

QStringList trustFilesIn(const QString &folder, int depth)
{
    QStringList found;
    const QDir dir(folder);
    for (const QFileInfo &file :
         dir.entryInfoList({QStringLiteral("*.pgtb")}, QDir::Files | QDir::Readable, QDir::Name))
        found.append(file.absoluteFilePath());
    if (depth > 0) {
        for (const QFileInfo &sub :
             dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name)) {
            if (found.size() >= MaxTrustFiles)
                break;
            found.append(trustFilesIn(sub.absoluteFilePath(), depth - 1));
        }
    }
    return found.mid(0, MaxTrustFiles);
}

} // namespace

RemovableMedia::MountList RemovableMedia::systemMounts()
{
    return [] {
        QList<Mount> mounts;
        for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
            const QString root = volume.rootPath();
            const bool removablePlace =
                root.startsWith(u"/media/") || root.startsWith(u"/run/media/") || root.startsWith(u"/mnt/");
            if (!volume.isValid() || !volume.isReady() || !removablePlace)
                continue;
            const QString label = volume.name().isEmpty() ? QFileInfo(root).fileName() : volume.name();
            mounts.append({label, root, volume.bytesAvailable()});
        }
        return mounts;
    };
}

RemovableMedia::RemovableMedia(MountList mounts, QObject *parent)
    : QObject(parent)
    , m_mounts(std::move(mounts))
{
    // Nothing is looked at here: the staff area calls refresh() when it opens, not every start.
}

void RemovableMedia::refresh()
{
    QVariantList folders;
    QVariantList trustFiles;
    QStringList seenFiles;
    const auto addFile = [&](const QString &path) {
        if (seenFiles.contains(path) || !QFileInfo(path).isFile())
            return;
        seenFiles.append(path);
        trustFiles.append(QVariantMap{{QStringLiteral("name"), QFileInfo(path).fileName()},
                                      {QStringLiteral("path"), path}});
    };
    for (const QString &path : std::as_const(m_recentTrustFiles))
        addFile(path);
    for (const Mount &mount : m_mounts()) {
        const QString freeText = mount.bytesFree >= 0
                                     ? tr("%1 free").arg(QLocale().formattedDataSize(mount.bytesFree))
                                     : QString();
        folders.append(QVariantMap{{QStringLiteral("name"), mount.name},
                                   {QStringLiteral("path"), mount.path},
                                   {QStringLiteral("freeText"), freeText}});
        for (const QString &file : trustFilesIn(mount.path, 1))
            addFile(file);
    }
    for (const QString &path : std::as_const(m_recentFolders)) {
        bool listed = false;
        for (const QVariant &folder : std::as_const(folders))
            listed = listed || folder.toMap().value(QStringLiteral("path")).toString() == path;
        if (!listed && QFileInfo(path).isDir())
            folders.append(QVariantMap{{QStringLiteral("name"), QFileInfo(path).fileName()},
                                       {QStringLiteral("path"), path},
                                       {QStringLiteral("freeText"), tr("used before")}});
    }
    m_folders = folders;
    m_trustFiles = trustFiles;
    Q_EMIT changed();
}

void RemovableMedia::rememberFolder(const QString &path)
{
    if (path.trimmed().isEmpty())
        return;
    remember(m_recentFolders, QFileInfo(path.trimmed()).absoluteFilePath());
    refresh();
}

void RemovableMedia::rememberTrustFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return;
    remember(m_recentTrustFiles, QFileInfo(path.trimmed()).absoluteFilePath());
    refresh();
}

} // namespace passgate
