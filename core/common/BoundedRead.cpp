#include "common/BoundedRead.h"

#include "common/NativePath.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace passgate {

Result<QByteArray, QString> readBounded(QIODevice &device, qint64 limit, const QString &what)
{
    QByteArray data;
    constexpr qint64 chunk = 64 * 1024;
    for (;;) {
        // One byte past the limit tells "exactly at the limit" from "more".
        const qint64 wanted = std::min(chunk, limit + 1 - data.size());
        const QByteArray part = device.read(wanted);
        if (part.isEmpty()) {
            if (device.atEnd() || !device.waitForReadyRead(-1))
                break;
            continue;
        }
        data += part;
        if (data.size() > limit)
            return fail(QStringLiteral("%1 is larger than %2 bytes: not read").arg(what).arg(limit));
    }
    if (const auto *file = qobject_cast<const QFileDevice *>(&device);
        file && file->error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read %1: %2").arg(what, file->errorString()));
    return data;
}

Result<QByteArray, QString> readFileBounded(const QString &path, qint64 limit)
{
    // By its bytes (NativePath.h): a name that is not UTF-8 opens too. Qt resources (":/...") are Qt's.
    QFile file(path);
    if (path.startsWith(u':')) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    } else {
        const int fd = ::open(nativePath(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return fail(
                QStringLiteral("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        }
    }
    // A regular file says its size before a byte is read (fstat): a huge one costs nothing to refuse.
    // Devices and pipes say nothing: for them the bounded read decides.
    struct stat status
    {};
    if (::fstat(file.handle(), &status) == 0 && S_ISREG(status.st_mode) && status.st_size > limit)
        return fail(QStringLiteral("%1 is larger than %2 bytes: not read").arg(path).arg(limit));
    return readBounded(file, limit, path);
}

Result<QByteArray, QString> readInputBounded(const QString &pathOrDash, qint64 limit)
{
    if (pathOrDash != u"-")
        return readFileBounded(pathOrDash, limit);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read standard input"));
    return readBounded(in, limit, QStringLiteral("standard input"));
}

} // namespace passgate
