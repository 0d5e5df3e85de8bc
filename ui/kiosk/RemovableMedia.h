#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace passgate {

// What staff can pick instead of typing a path: the USB sticks and other removable media mounted now
// (for the contact-tracing export), the trust list files (.pgtb) on them, and the folders and files
// used before in this run. A kiosk has no file manager; staff plug a stick in and tap its name.
class RemovableMedia : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk lists its media")
    // [{name, path, freeText}] of the mounted removable volumes, then recent folders
    Q_PROPERTY(QVariantList folders READ folders NOTIFY changed)
    // [{name, path}] of .pgtb files on those volumes (top level and one folder down) and recent ones
    Q_PROPERTY(QVariantList trustFiles READ trustFiles NOTIFY changed)

public:
    struct Mount
    {
        QString name; // the volume's label, or its folder's name
        QString path;
        qint64 bytesFree = -1;
    };
    using MountList = std::function<QList<Mount>()>;

    // The system's mounts under /media, /run/media and /mnt (where desktops and udisks put sticks).
    static MountList systemMounts();

    explicit RemovableMedia(MountList mounts = systemMounts(), QObject *parent = nullptr);

    QVariantList folders() const { return m_folders; }
    QVariantList trustFiles() const { return m_trustFiles; }

    // Looks at the mounts (when the staff area opens, and again when a stick was plugged in or pulled
    // out); the lists stay empty until the first call.
    Q_INVOKABLE void refresh();
    // A folder or file staff used (typed or picked): offered again first in this run.
    Q_INVOKABLE void rememberFolder(const QString &path);
    Q_INVOKABLE void rememberTrustFile(const QString &path);

Q_SIGNALS:
    void changed();

private:
    MountList m_mounts;
    QStringList m_recentFolders;
    QStringList m_recentTrustFiles;
    QVariantList m_folders;
    QVariantList m_trustFiles;
};

} // namespace passgate
