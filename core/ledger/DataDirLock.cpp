#include "ledger/DataDirLock_p.h"

#include "common/NativePath.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace passgate {

LedgerResult<DataDirLock> DataDirLock::acquire(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(FileName);
    const int fd = ::open(nativePath(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        const LedgerCode code = (error == EROFS || error == EACCES || error == EPERM) ? LedgerCode::ReadOnly
                                : (error == ENOSPC || error == EDQUOT)                ? LedgerCode::DiskFull
                                                                                      : LedgerCode::IoError;
        return fail(code, QStringLiteral("cannot create the lock file %1: %2")
                              .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        char holder[32] = {};
        const ssize_t length = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        if (error == EWOULDBLOCK) {
            const QString pid = QString::fromLatin1(holder, length > 0 ? int(length) : 0).trimmed();
            return fail(
                LedgerCode::AlreadyInUse,
                QStringLiteral("the data dir %1 is already in use by another passgate process%2; only one "
                               "kiosk may write to a ledger at a time")
                    .arg(QDir::toNativeSeparators(dataDir),
                         pid.isEmpty() ? QString() : QStringLiteral(" (pid %1)").arg(pid)));
        }
        return fail(
            LedgerCode::IoError,
            QStringLiteral("cannot lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    // The pid is only for the message a second process shows; the lock itself is the flock.
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    return DataDirLock(fd);
}

DataDirLock::DataDirLock(DataDirLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

DataDirLock &DataDirLock::operator=(DataDirLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

DataDirLock::~DataDirLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace passgate
