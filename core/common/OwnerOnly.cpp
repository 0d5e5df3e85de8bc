#include "common/OwnerOnly.h"

#include "common/NativePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace passgate {

namespace {

QString systemError(const QString &what, const QString &path)
{
    return QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

Result<void, QString> makeOwnerOnlyDirectory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The missing ones, outermost first: each is made 0700 (mkdir's mode is cut by the umask, so it
    // is set again with chmod).
    // Checked by the name's bytes (NativePath.h): QFileInfo would look for another name when it is
    // not UTF-8, and mkdir would make that one.
    const auto exists = [](const QString &at) {
        struct stat status
        {};
        return ::stat(nativePath(at).constData(), &status) == 0;
    };
    QStringList missing;
    for (QString at = absolute; !at.isEmpty() && !exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (at == QFileInfo(at).path())
            break;
    }
    for (const QString &directory : std::as_const(missing)) {
        const QByteArray native = nativePath(directory);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return fail(systemError(QStringLiteral("cannot create"), directory));
        if (::chmod(native.constData(), 0700) != 0)
            return fail(systemError(QStringLiteral("cannot restrict"), directory));
    }
    struct stat status
    {};
    if (::stat(nativePath(absolute).constData(), &status) != 0 || !S_ISDIR(status.st_mode))
        return fail(QStringLiteral("%1 exists and is not a directory").arg(absolute));
    return {};
}

Result<void, QString> restrictToOwner(const QString &path)
{
    const QByteArray native = nativePath(path);
    if (::chmod(native.constData(), 0600) != 0 && errno != ENOENT)
        return fail(systemError(QStringLiteral("cannot restrict"), path));
    return {};
}

bool openToOthers(const QString &path)
{
    struct stat status
    {};
    if (::stat(nativePath(path).constData(), &status) != 0)
        return false;
    return (status.st_mode & 0077) != 0;
}

} // namespace passgate
