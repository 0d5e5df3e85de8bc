#pragma once

#include "cli/DoctorFinding.h"
#include "station/KioskConfig.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <sys/types.h>

namespace passgate::cli {

// The checks of `passgate-cli doctor` that need no display or devices: each reads the kiosk's files
// (never writes them: a running kiosk may hold them) and says what it found. Inputs come in as
// values so tests can stand up a kiosk's folders anywhere.
namespace DoctorChecks {

struct Account
{
    QString name;
    std::optional<uid_t> uid; // empty: no such user
    QStringList groups;       // supplementary and primary group names
};
Account account(const QString &name);

// Exists, a folder, owned by the kiosk's user, nobody else may enter; every file in it (and in
// trust/) owned by that user and closed to others; room left on its filesystem.
DoctorFindings dataDir(const QString &dataDir, const Account &kioskUser, bool systemKiosk);

// The settings file: readable, every setting valid, writable by the kiosk (staff change it from
// the screen), set up. The settings as read, for the other checks (defaults when missing).
DoctorFindings config(const QString &configPath, const Account &kioskUser, KioskConfig &read);

struct TrustFacts
{
    QDateTime issued; // invalid: no trust list in force
};
// The trust list in force: verifies against the pinned publishers, not expired, not older than the
// configured warning age; the demo list named as such.
DoctorFindings trust(const QString &dataDir, const KioskConfig &config, const QDateTime &now,
                     TrustFacts &facts);

struct LedgerFacts
{
    QDateTime newest; // invalid: no entries
};
// The ledger opens read-only, its schema is this passgate's (or older: upgraded at the kiosk's next
// start), its chain verifies.
DoctorFindings ledger(const QString &dataDir, LedgerFacts &facts);

// The clock against the latest times the kiosk knows have passed, and whether the kernel says it is
// synchronised (NTP).
struct ClockSync
{
    bool known = false;
    bool synchronised = false;
};
ClockSync kernelClockSync();
DoctorFindings clock(const QDateTime &now, const ClockSync &sync, const TrustFacts &trust,
                     const LedgerFacts &ledger);

// Replication to the owner's server, when the settings name one: the settings can work (TLS anchor for
// another machine, a password file the kiosk's user alone owns and reads), and how far the server had
// acknowledged this kiosk's ledger when it last answered (sync-state.json). No network is used.
DoctorFindings replication(const QString &dataDir, const KioskConfig &config, const Account &kioskUser);

// Whether the kiosk service is installed and enabled (systemd's unit and .wants folders, read
// directly: works in a chroot and without a running systemd), and whether its user can use the
// camera and the scanner.
struct ServiceLayout
{
    QStringList unitDirs = {QStringLiteral("/etc/systemd/system"), QStringLiteral("/lib/systemd/system"),
                            QStringLiteral("/usr/lib/systemd/system")};
    QString enabledDir = QStringLiteral("/etc/systemd/system");
};
DoctorFindings kioskService(const ServiceLayout &layout, const Account &kioskUser, bool systemKiosk);
// The unit file of the kiosk service, empty when it is not installed.
QString installedUnit(const ServiceLayout &layout);

} // namespace DoctorChecks

} // namespace passgate::cli
