#include "ledger/CorruptionRecovery.h"

#include "common/NativePath.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace passgate::CorruptionRecovery {

namespace {

bool renameIfPresent(const QString &from, const QString &to, QString *error)
{
    if (!QFileInfo::exists(from))
        return true;
    // std::rename, not QFile::rename: QFile falls back to copy + delete across filesystems, and this
    // must never delete; both names are in the same folder anyway.
    if (std::rename(nativePath(from).constData(), nativePath(to).constData()) != 0) {
        *error = QStringLiteral("cannot move %1 to %2: %3")
                     .arg(from, to, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

} // namespace

QString freeSiblingName(const QString &databasePath, const QString &label, const QDateTime &now)
{
    const QString stem = databasePath + QLatin1Char('.') + label + QLatin1Char('-') +
                         now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString name = stem;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = stem + QLatin1Char('-') + QString::number(n);
    return name;
}

LedgerResult<MovedAside> moveAside(const QString &databasePath, const QDateTime &now,
                                   const LedgerError &cause, const QString &label)
{
    const QString target = freeSiblingName(databasePath, label, now);

    QString error;
    // The WAL goes first and comes back if the database cannot follow: a new database must never find
    // the old WAL beside it (SQLite would replay it), and the old database must not lose its WAL.
    const QString wal = databasePath + QStringLiteral("-wal");
    const QString movedWal = target + QStringLiteral("-wal");
    if (!renameIfPresent(wal, movedWal, &error))
        return fail(LedgerCode::Corrupt,
                    cause.reason + QStringLiteral("; and it could not be moved aside: ") + error);
    if (!renameIfPresent(databasePath, target, &error)) {
        QString ignored;
        renameIfPresent(movedWal, wal, &ignored);
        return fail(LedgerCode::Corrupt,
                    cause.reason + QStringLiteral("; and it could not be moved aside: ") + error);
    }
    // The shared-memory index is rebuilt from the WAL on open; moving it is only tidiness.
    renameIfPresent(databasePath + QStringLiteral("-shm"), target + QStringLiteral("-shm"), &error);
    return MovedAside{target, cause};
}

} // namespace passgate::CorruptionRecovery
