#include "cli/KioskPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace passgate::cli {

namespace {

QString userName(uid_t uid)
{
    const passwd *entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

} // namespace

KioskPaths KioskPaths::serviceKiosk()
{
    return {QStringLiteral("/var/lib/passgate"), QStringLiteral("/etc/passgate/config.json"), SystemUser,
            true};
}

KioskPaths KioskPaths::userKiosk()
{
    // The kiosk names itself "passgate" with no organisation (app/kiosk/main.cpp): its AppDataLocation
    // and AppConfigLocation are these, whatever this program is called.
    return {QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                QStringLiteral("/passgate"),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                QStringLiteral("/passgate/config.json"),
            userName(::geteuid()), false};
}

KioskPaths KioskPaths::detect()
{
    const KioskPaths service = serviceKiosk();
    const QString me = userName(::geteuid());
    if ((::geteuid() == 0 || me == service.user) && QFileInfo(service.dataDir).isDir())
        return service;
    return userKiosk();
}

} // namespace passgate::cli
