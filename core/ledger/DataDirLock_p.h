#pragma once

#include "ledger/LedgerError.h"

#include <QString>

namespace passgate {

// One writer per data dir: an exclusive flock() on <dir>/ledger.lock, held for the lifetime of this
// object. The kernel drops it when the process dies (even by SIGKILL), so a crash never leaves a stale
// lock; a second process (or a second Ledger in the same process) gets AlreadyInUse.
class DataDirLock
{
public:
    static inline const QString FileName = QStringLiteral("ledger.lock");

    static LedgerResult<DataDirLock> acquire(const QString &dataDir);
    DataDirLock(DataDirLock &&other) noexcept;
    DataDirLock &operator=(DataDirLock &&other) noexcept;
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;
    ~DataDirLock();

private:
    explicit DataDirLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace passgate
