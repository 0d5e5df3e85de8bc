#include "common/AtomicWrite.h"

#include "common/NativePath.h"
#include "common/OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace passgate {

namespace {

QString systemError(const QString &what, const QString &path)
{
    return QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

} // namespace

Result<void, QString> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QFileInfo target(path);
    const QString directory = target.absolutePath();
    if (auto made = makeOwnerOnlyDirectory(directory); !made)
        return fail(made.error());
    QByteArray temporary =
        nativePath(directory + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return fail(systemError(QStringLiteral("cannot create a temporary file in"), directory));
    const QString temporaryPath = pathFromNative(temporary);
    const auto abandon = [&](const QString &reason) {
        ::close(fd);
        ::unlink(temporary.constData());
        return fail(reason);
    };
    if (!writeAll(fd, bytes))
        return abandon(systemError(QStringLiteral("cannot write"), temporaryPath));
    // Owner only, whatever the umask: the config holds the staff PIN's record, and nothing passgate
    // writes is for other local users.
    if (::fchmod(fd, 0600) != 0 || ::fsync(fd) != 0)
        return abandon(systemError(QStringLiteral("cannot sync"), temporaryPath));
    if (::close(fd) != 0) {
        ::unlink(temporary.constData());
        return fail(systemError(QStringLiteral("cannot close"), temporaryPath));
    }
    if (::rename(temporary.constData(), nativePath(target.absoluteFilePath()).constData()) != 0) {
        const QString reason = systemError(QStringLiteral("cannot rename over"), path);
        ::unlink(temporary.constData());
        return fail(reason);
    }
    const int directoryFd = ::open(nativePath(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (directoryFd < 0)
        return fail(systemError(QStringLiteral("cannot open"), directory));
    const bool synced = ::fsync(directoryFd) == 0;
    ::close(directoryFd);
    if (!synced)
        return fail(systemError(QStringLiteral("cannot sync"), directory));
    return {};
}

} // namespace passgate
