#pragma once

#include <QString>

namespace passgate::cli {

// Where a kiosk keeps its ledger and settings, as the kiosk itself resolves them: the installed
// kiosk service (user "passgate", /var/lib/passgate, /etc/passgate/config.json, see
// debian/passgate.passgate-kiosk@.service), or a desktop user's own kiosk (~/.local/share/passgate,
// ~/.config/passgate/config.json). Commands that default to "the kiosk" take these, so that a
// setup or a check made from the CLI lands where the kiosk reads.
struct KioskPaths
{
    QString dataDir;
    QString configPath;
    QString user;        // who runs that kiosk (owns the data dir)
    bool system = false; // the package's kiosk service

    static inline const QString SystemUser = QStringLiteral("passgate");

    static KioskPaths serviceKiosk();
    static KioskPaths userKiosk(); // the calling user's
    // The service's kiosk when it is installed and the caller is root or its user; else the caller's.
    static KioskPaths detect();
};

} // namespace passgate::cli
