#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace passgate {

enum class KioskMode
{
    Counter,
    SelfScan,
    FrontDesk
};
enum class ConfigError
{
    Unreadable,
    NotJson,
    NewerVersion,
    BadValue,
    Unwritable
};

QString kioskModeName(KioskMode mode); // "counter", "kiosk", "frontdesk" (as on the command line)
Result<KioskMode, Error<ConfigError>> kioskModeFromName(const QString &name);

// The kiosk's settings, one JSON file (config.json in the config location, or --config FILE). Staff
// change it in the admin area; it holds no personal data, only the staff PIN's salted hash.
struct KioskConfig
{
    static constexpr int currentVersion = 1;

    QString kioskId; // random, made on first start; goes into every ledger entry
    QString venueName;
    QString venueType = QStringLiteral("cafe"); // cafe, restaurant, pcbang, hospital, other
    KioskMode mode = KioskMode::Counter;
    QString policy = QStringLiteral("kr-2022-01-03");
    QString checkInPhone; // the venue's 안심콜 number, digits
    QString camera;       // camera id; empty = the system default
    // The USB barcode scanner read from its input device (/dev/input/by-id/...-event-kbd); empty = none
    // (a scanner then types into passgate's window like a keyboard).
    QString scannerDevice;
    bool sounds = true;
    QString language; // "ko", "en"; empty = from the system locale
    int retentionDays = 28;
    int verdictSeconds = 5; // how long a verdict stays in self-scan mode
    // 2G+ policies: how long a first pass waits for the visitor's second one.
    int secondPassSeconds = 120;
    QString staffPinRecord; // StaffPin record
    QString trustBundleUrl;
    // The venue's IANA time zone, where policies without their own zone count days; empty = the
    // system's. Pinned trust bundle publisher keys (PEM "PUBLIC KEY" blocks); empty = the DEMO key.
    // Staff are warned when the installed bundle is older than trustWarnHours.
    QString timeZone;
    QStringList trustPublisherKeys;
    int trustWarnHours = 48;
    QStringList departments; // front desk: wards/departments offered
    // Replication of the ledger to the owner's PostgreSQL (off when syncServer is empty): a libpq
    // connection string without the password, the file holding the kiosk role's password (0600), and
    // the server's CA certificate file or its certificate's SHA-256 pin (see SyncSettings).
    QString syncServer;
    QString syncPasswordFile;
    QString syncServerCa;
    QString syncServerPin;

    // The venue is set up: a name and a staff PIN (the one-screen first-run setup asks for both).
    bool venueConfigured() const { return !venueName.trimmed().isEmpty() && !staffPinRecord.isEmpty(); }

    // The first-run setup, for the kiosk's setup screen and `passgate-cli setup` alike: the venue,
    // its check-in number (digits), the staff PIN's record; a hospital gets the hospital-visitor
    // policy. The caller has validated the inputs (PhoneNumber, StaffPin::acceptable).
    KioskConfig withVenueSetUp(const QString &name, const QString &type, const QString &phoneDigits,
                               const QString &pinRecord) const;
    // cafe, restaurant, pcbang, hospital, other
    static const QStringList &venueTypes();

    // A settings file read as far as it goes: every valid setting applied, the default kept for every
    // wrong one, and one line per wrong setting (its key, the value as written, what is allowed).
    struct Reading;
    // Fails only when there is nothing to read: not a JSON object, or written by a newer passgate.
    static Result<Reading, Error<ConfigError>> read(const QByteArray &json);
    // Missing file: a fresh config with a new kiosk id (not yet written), no problems.
    static Result<Reading, Error<ConfigError>> readFile(const QString &path);

    // Strict: any wrong setting fails with BadValue, the lines joined by "; ".
    static Result<KioskConfig, Error<ConfigError>> fromJson(const QByteArray &json);
    static Result<KioskConfig, Error<ConfigError>> load(const QString &path);
    QByteArray toJson() const;
    // Atomic (temporary file, fsync, rename): a crash leaves the old or the new file, never half.
    Result<void, Error<ConfigError>> save(const QString &path) const;
};

struct KioskConfig::Reading
{
    KioskConfig config;
    QStringList problems;
    QStringList wrongKeys; // the settings problems speaks of: config holds their defaults

    // The line of problems about KEY ("key: ..."), empty when its value was taken.
    QString problemWith(const QString &key) const;
};

} // namespace passgate
