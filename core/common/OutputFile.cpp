#include "common/OutputFile.h"

#include "common/AtomicWrite.h"
#include "common/NativePath.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace passgate {

Result<void, QString> checkOutputPath(const QString &path, Overwrite overwrite)
{
    if (path.isEmpty())
        return fail(QStringLiteral("no output file given"));
    const QByteArray native = nativePath(path);
    struct stat status
    {};
    if (::lstat(native.constData(), &status) != 0) {
        if (errno != ENOENT)
            return fail(QStringLiteral("cannot write %1: %2")
                            .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        const QString folder = QFileInfo(path).absolutePath();
        struct stat folderStatus
        {};
        if (::stat(nativePath(folder).constData(), &folderStatus) != 0 || !S_ISDIR(folderStatus.st_mode))
            return fail(QStringLiteral("cannot write %1: the folder %2 does not exist").arg(path, folder));
        return {};
    }
    if (S_ISLNK(status.st_mode))
        return fail(
            QStringLiteral("%1 is a symbolic link: refusing to write through it (give a plain file name)")
                .arg(path));
    if (!S_ISREG(status.st_mode))
        return fail(QStringLiteral("%1 exists and is not a regular file: refusing to replace it").arg(path));
    if (overwrite == Overwrite::Refuse)
        return fail(QStringLiteral("%1 exists: give --force to replace it").arg(path));
    return {};
}

Result<void, QString> writeOutputFile(const QString &path, const QByteArray &bytes, Overwrite overwrite)
{
    if (auto allowed = checkOutputPath(path, overwrite); !allowed)
        return allowed;
    return writeFileAtomically(path, bytes);
}

} // namespace passgate
