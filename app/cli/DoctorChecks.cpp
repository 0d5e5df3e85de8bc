#include "cli/DoctorChecks.h"

#include "common/NativePath.h"
#include "replication/SyncPointer.h"
#include "replication/SyncSettings.h"

#include "common/BoundedRead.h"
#include "ledger/Ledger.h"
#include "replication/SyncPointer.h"
#include "replication/SyncSettings.h"
#include "station/CheckInStation.h"
#include "trust/BundleStore.h"
#include "trust/BundleVerifier.h"
#include "trust/DemoTrust.h"
#include "trust/TrustBundle.h"

#include <QDir>
#include <QDirIterator>

#include <QFileInfo>
#include <functional>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/timex.h>

namespace passgate::cli::DoctorChecks {

namespace {

// Below this, a day of check-ins plus SQLite's WAL and a purge's vacuum may no longer fit.
constexpr qint64 minimumFreeBytes = 200LL * 1024 * 1024;
// A clock this far behind a time the kiosk has already seen is not rounding.
constexpr qint64 clockToleranceSeconds = 120;

std::optional<struct stat> statOf(const QString &path)
{
    struct stat status
    {};
    if (::lstat(nativePath(path).constData(), &status) != 0)
        return std::nullopt;
    return status;
}

QString modeText(mode_t mode)
{
    return QStringLiteral("0%1").arg(mode & 07777, 3, 8, QLatin1Char('0'));
}

QString ownerName(uid_t uid)
{
    const passwd *entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

QString humanBytes(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    return QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
}

QString someOf(const QStringList &names)
{
    return names.size() <= 3 ? names.join(QStringLiteral(", "))
                             : QStringLiteral("%1 and %2 more")
                                   .arg(names.mid(0, 3).join(QStringLiteral(", ")))
                                   .arg(names.size() - 3);
}

// Whether `who` may write `path` by its owner, group or other bits (root may write anything).
bool writableBy(const struct stat &status, const Account &who)
{
    if (!who.uid)
        return false;
    if (*who.uid == 0 || status.st_uid == *who.uid)
        return (status.st_mode & S_IWUSR) != 0 || *who.uid == 0;
    const group *owning = ::getgrgid(status.st_gid);
    if (owning && who.groups.contains(QString::fromLocal8Bit(owning->gr_name)))
        return (status.st_mode & S_IWGRP) != 0;
    return (status.st_mode & S_IWOTH) != 0;
}

QString runAs(const Account &user)
{
    return user.name == QStringLiteral("root") ? QString()
                                               : QStringLiteral("sudo runuser -u %1 -- ").arg(user.name);
}

} // namespace

Account account(const QString &name)
{
    Account result{name, std::nullopt, {}};
    const passwd *entry = ::getpwnam(nativePath(name).constData());
    if (!entry)
        return result;
    result.uid = entry->pw_uid;
    int count = 64;
    QList<gid_t> ids(count);
    if (::getgrouplist(entry->pw_name, entry->pw_gid, ids.data(), &count) < 0) {
        ids.resize(count);
        ::getgrouplist(entry->pw_name, entry->pw_gid, ids.data(), &count);
    }
    ids.resize(count);
    for (gid_t id : ids) {
        if (const group *named = ::getgrgid(id))
            result.groups.append(QString::fromLocal8Bit(named->gr_name));
    }
    return result;
}

DoctorFindings dataDir(const QString &dir, const Account &kioskUser, bool systemKiosk)
{
    const QString topic = QStringLiteral("data dir");
    const auto status = statOf(dir);
    if (!status) {
        if (systemKiosk)
            return {DoctorFinding::problem(
                topic, QStringLiteral("%1 is missing: the kiosk service cannot record check-ins").arg(dir),
                QStringLiteral(
                    "sudo install -d -o %1 -g %1 -m 0700 %2   (or: sudo apt-get install --reinstall "
                    "passgate)")
                    .arg(kioskUser.name, dir))};
        return {DoctorFinding::note(topic,
                                    QStringLiteral("%1 does not exist yet: the kiosk makes it at its first "
                                                   "start")
                                        .arg(dir))};
    }
    if (!S_ISDIR(status->st_mode))
        return {DoctorFinding::problem(
            topic, QStringLiteral("%1 is not a folder").arg(dir),
            QStringLiteral("move it away; the kiosk makes the folder at its next start"))};

    DoctorFindings findings;
    bool fine = true;
    if (kioskUser.uid && status->st_uid != *kioskUser.uid) {
        fine = false;
        findings.append(DoctorFinding::problem(
            topic,
            QStringLiteral("%1 belongs to %2, but the kiosk runs as %3: it cannot write its ledger")
                .arg(dir, ownerName(status->st_uid), kioskUser.name),
            QStringLiteral("sudo chown -R %1: %2").arg(kioskUser.name, dir)));
    }
    if ((status->st_mode & 077) != 0) {
        fine = false;
        findings.append(DoctorFinding::problem(
            topic,
            QStringLiteral("%1 has mode %2: other users of this PC can look into the ledger's folder")
                .arg(dir, modeText(status->st_mode)),
            QStringLiteral("chmod 0700 %1").arg(dir)));
    }

    QStringList foreign;
    QStringList open;
    int files = 0;
    // The data dir's own layout is two levels deep (trust/refused/); a folder mounted inside it, or a
    // deep tree someone copied in, is not walked.
    std::function<void(const QString &, int)> walk = [&](const QString &folder, int depth) {
        const QFileInfoList entries =
            QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            const auto file = statOf(entry.filePath());
            if (!file || S_ISLNK(file->st_mode))
                continue;
            if (S_ISDIR(file->st_mode)) {
                if (depth < 3 && file->st_dev == status->st_dev)
                    walk(entry.filePath(), depth + 1);
                continue;
            }
            ++files;
            const QString name = QDir(dir).relativeFilePath(entry.filePath());
            if (kioskUser.uid && file->st_uid != *kioskUser.uid)
                foreign.append(QStringLiteral("%1 (%2)").arg(name, ownerName(file->st_uid)));
            if ((file->st_mode & 077) != 0)
                open.append(QStringLiteral("%1 (%2)").arg(name, modeText(file->st_mode)));
        }
    };
    walk(dir, 1);
    if (!foreign.isEmpty()) {
        fine = false;
        findings.append(DoctorFinding::problem(
            topic,
            QStringLiteral("%1 file(s) not owned by %2, which the kiosk cannot replace or purge: %3")
                .arg(foreign.size())
                .arg(kioskUser.name, someOf(foreign)),
            QStringLiteral("sudo chown -R %1: %2   (commands run as root leave such files: run them as "
                           "the kiosk user)")
                .arg(kioskUser.name, dir)));
    }
    if (!open.isEmpty()) {
        fine = false;
        findings.append(DoctorFinding::problem(
            topic, QStringLiteral("%1 file(s) open to other users: %2").arg(open.size()).arg(someOf(open)),
            QStringLiteral("chmod -R go= %1").arg(dir)));
    }

    // statvfs, not QStorageInfo: that matches the path against the mount table, which a chroot or
    // container may not show; the file system answers for itself.
    struct statvfs space
    {};
    const bool spaceKnown = ::statvfs(nativePath(dir).constData(), &space) == 0;
    const qint64 free = spaceKnown ? qint64(space.f_bavail) * qint64(space.f_frsize) : -1;
    if (spaceKnown && free < minimumFreeBytes) {
        fine = false;
        findings.append(DoctorFinding::problem(
            topic,
            QStringLiteral("only %1 free where %2 is: check-ins stop being recorded when it is full")
                .arg(humanBytes(free), dir),
            QStringLiteral(
                "free space on that file system (df -h %1: old logs, downloads); the ledger itself is "
                "small")
                .arg(dir)));
    }
    if (fine)
        findings.append(
            DoctorFinding::ok(topic, QStringLiteral("%1: owned by %2, mode %3, %4 file(s), %5 free")
                                         .arg(dir, ownerName(status->st_uid), modeText(status->st_mode))
                                         .arg(files)
                                         .arg(spaceKnown ? humanBytes(free) : QStringLiteral("unknown"))));
    return findings;
}

DoctorFindings config(const QString &path, const Account &kioskUser, KioskConfig &read)
{
    const QString topic = QStringLiteral("settings");
    const auto reading = KioskConfig::readFile(path);
    if (!reading)
        return {
            DoctorFinding::problem(topic, QStringLiteral("%1: %2").arg(path, reading.error().reason),
                                   QStringLiteral("correct it, or move it away: the kiosk then starts with "
                                                  "defaults and asks to be set up"))};
    read = reading->config;
    DoctorFindings findings;
    const auto file = statOf(path);
    if (!file) {
        findings.append(DoctorFinding::note(
            topic,
            QStringLiteral("%1 is not written yet: the kiosk asks to be set up at its first start").arg(path),
            QStringLiteral(
                "or without the screen: %1passgate-cli setup --config %2 --venue-name NAME --phone "
                "NUMBER --pin-file FILE")
                .arg(runAs(kioskUser), path)));
    } else {
        if (!reading->problems.isEmpty())
            findings.append(DoctorFinding::problem(
                topic,
                QStringLiteral("%1: %2 (the kiosk uses the default for each)")
                    .arg(path, reading->problems.join(QStringLiteral("; "))),
                QStringLiteral("correct those settings in the staff area, or in the file")));
        if (!writableBy(*file, kioskUser))
            findings.append(DoctorFinding::problem(
                topic,
                QStringLiteral("%1 belongs to %2 and %3 cannot write it: staff's changes are lost")
                    .arg(path, ownerName(file->st_uid), kioskUser.name),
                QStringLiteral("sudo chown %1: %2").arg(kioskUser.name, path)));
        if (!read.venueConfigured())
            findings.append(DoctorFinding::note(
                topic, QStringLiteral("not set up yet: the kiosk opens on its setup screen"),
                QStringLiteral(
                    "%1passgate-cli setup --config %2 --venue-name NAME --phone NUMBER --pin-file FILE")
                    .arg(runAs(kioskUser), path)));
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (const auto folder = statOf(dir); folder && !writableBy(*folder, kioskUser))
        findings.append(DoctorFinding::problem(
            topic, QStringLiteral("%1 cannot write in %2: settings cannot be saved").arg(kioskUser.name, dir),
            QStringLiteral("sudo chown %1: %2").arg(kioskUser.name, dir)));
    if (findings.isEmpty())
        findings.append(DoctorFinding::ok(
            topic, QStringLiteral("%1: venue \"%2\" (%3), %4 mode, policy %5")
                       .arg(path, read.venueName, read.venueType, kioskModeName(read.mode), read.policy)));
    return findings;
}

DoctorFindings trust(const QString &dataDir, const KioskConfig &config, const QDateTime &now,
                     TrustFacts &facts)
{
    const QString topic = QStringLiteral("trust list");
    const bool demo = config.trustPublisherKeys.isEmpty();
    const QString path = BundleStore::installedPath(CheckInStation::trustDirectory(dataDir));
    const QString fetchFix =
        config.trustBundleUrl.isEmpty()
            ? QStringLiteral("install your publisher's newest bundle: passgate-cli trust import "
                             "FILE --data-dir %1 --publisher-key KEY.pem")
                  .arg(dataDir)
            : QStringLiteral("check the network to %1, or: passgate-cli trust fetch %1 "
                             "--data-dir %2")
                  .arg(config.trustBundleUrl, dataDir);
    if (!QFileInfo::exists(path)) {
        if (demo)
            return {DoctorFinding::note(
                topic,
                QStringLiteral("none yet: the kiosk installs the DEMO trust list at its first start"))};
        return {DoctorFinding::problem(
            topic, QStringLiteral("no trust list in %1: every pass is refused").arg(path), fetchFix)};
    }
    const auto pins = PublisherKeys::fromPem(
        demo ? demo::publisherPublicKeyPem() : config.trustPublisherKeys.join(QLatin1Char('\n')).toUtf8());
    if (!pins)
        return {DoctorFinding::problem(
            topic,
            QStringLiteral("the pinned publisher keys in the settings are unusable: %1")
                .arg(pins.error().reason),
            QStringLiteral("paste the publisher's PEM public key again in the staff area"))};
    const auto bytes = readFileBounded(path, maxBundleBytes);
    if (!bytes)
        return {DoctorFinding::problem(topic, bytes.error(),
                                       QStringLiteral("run doctor as root or as the kiosk's user"))};
    const auto bundle = verifyBundle(*bytes, *pins, now, ExpiryCheck::Ignore);
    if (!bundle)
        return {DoctorFinding::problem(
            topic,
            QStringLiteral("%1 does not verify (%2): %3; the kiosk sets it aside and refuses every pass")
                .arg(path, bundleErrorName(bundle.error().code), bundle.error().reason),
            fetchFix)};
    facts.issued = bundle->issued;
    const qint64 ageHours = qMax<qint64>(0, bundle->issued.secsTo(now) / 3600);
    const QString described =
        QStringLiteral("bundle %1 from %2, issued %3 UTC (%4 h ago), expires %5 UTC, %6 signer(s)")
            .arg(bundle->sequence)
            .arg(bundle->publisher, bundle->issued.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(ageHours)
            .arg(bundle->expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(bundle->signerList.size());
    if (demo)
        return {DoctorFinding::note(
            topic, QStringLiteral("the DEMO trust list (%1): real passes are refused").arg(described),
            QStringLiteral("pin your publisher's key (trust list in the staff area) and "
                           "install its bundle"))};
    if (bundle->expiredAt(now))
        return {DoctorFinding::problem(
            topic, QStringLiteral("expired: %1; passes go to staff").arg(described), fetchFix)};
    if (ageHours > config.trustWarnHours)
        return {DoctorFinding::problem(topic,
                                       QStringLiteral("older than the %1 h the settings allow: %2")
                                           .arg(config.trustWarnHours)
                                           .arg(described),
                                       fetchFix)};
    return {DoctorFinding::ok(topic, described)};
}

DoctorFindings ledger(const QString &dataDir, LedgerFacts &facts)
{
    const QString topic = QStringLiteral("ledger");
    const QString path = QDir(dataDir).filePath(Ledger::DatabaseFileName);
    if (!QFileInfo::exists(path))
        return {DoctorFinding::note(
            topic, QStringLiteral("none yet: the kiosk makes %1 at its first start").arg(path))};
    LedgerOptions options;
    options.dataDir = dataDir;
    options.access = LedgerOptions::Access::ReadOnly;
    options.onCorrupt = LedgerOptions::OnCorrupt::Refuse;
    const SystemClock clock;
    auto opened = Ledger::open(options, clock);
    if (!opened) {
        const LedgerError &error = opened.error();
        switch (error.code) {
        case LedgerCode::NewerSchema:
            return {DoctorFinding::problem(
                topic, error.reason,
                QStringLiteral("install the passgate that wrote it again: sudo apt-get "
                               "install passgate"))};
        case LedgerCode::OlderSchema:
            return {DoctorFinding::note(topic,
                                        QStringLiteral("%1: an older passgate's ledger; the kiosk upgrades "
                                                       "it at its next start")
                                            .arg(path))};
        default:
            break;
        }
        return {DoctorFinding::problem(
            topic, QStringLiteral("%1: %2").arg(ledgerCodeName(error.code), error.reason),
            QStringLiteral("run doctor as root or as the kiosk's user; for damage: "
                           "passgate-cli ledger verify --data-dir %1")
                .arg(dataDir))};
    }
    const auto stats = opened->stats();
    if (!stats)
        return {
            DoctorFinding::problem(topic, stats.error().reason,
                                   QStringLiteral("passgate-cli ledger verify --data-dir %1").arg(dataDir))};
    facts.newest = stats->newest;
    if (!stats->chain.intact())
        return {DoctorFinding::problem(
            topic, QStringLiteral("%1: %2").arg(path, stats->chain.summary()),
            QStringLiteral(
                "keep the file for the owner's auditor; passgate-cli ledger verify --data-dir %1 names "
                "the first broken link")
                .arg(dataDir))};
    return {DoctorFinding::ok(
        topic, QStringLiteral("%1 check-in(s), %2 event(s)%3; chain intact; schema %4; %5")
                   .arg(stats->checkIns)
                   .arg(stats->events)
                   .arg(stats->newest.isValid()
                            ? QStringLiteral(", newest %1 UTC")
                                  .arg(stats->newest.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                            : QString())
                   .arg(stats->schemaSummary(), humanBytes(stats->databaseBytes)))};
}

ClockSync kernelClockSync()
{
    timex state{};
    const int result = ::adjtimex(&state); // modes 0: only reads
    if (result < 0)
        return {};
    return {true, result != TIME_ERROR && (state.status & STA_UNSYNC) == 0};
}

DoctorFindings clock(const QDateTime &now, const ClockSync &sync, const TrustFacts &trust,
                     const LedgerFacts &ledger)
{
    const QString topic = QStringLiteral("clock");
    const QString fix =
        QStringLiteral("set the time (sudo timedatectl set-time 'YYYY-MM-DD HH:MM:SS') and keep it "
                       "set: sudo apt-get install systemd-timesyncd");
    const QString nowText = now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    DoctorFindings findings;
    if (ledger.newest.isValid() && now.secsTo(ledger.newest) > clockToleranceSeconds)
        findings.append(DoctorFinding::problem(
            topic,
            QStringLiteral(
                "reads %1 UTC, before the ledger's newest entry (%2 UTC): validity windows cannot be "
                "trusted, every pass goes to staff")
                .arg(nowText, ledger.newest.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            fix));
    if (trust.issued.isValid() && now.secsTo(trust.issued) > clockToleranceSeconds)
        findings.append(DoctorFinding::problem(
            topic,
            QStringLiteral("reads %1 UTC, before the trust list was issued (%2 UTC)")
                .arg(nowText, trust.issued.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            fix));
    if (sync.known && !sync.synchronised)
        findings.append(DoctorFinding::note(
            topic,
            QStringLiteral("reads %1 UTC and is not synchronised (NTP): it drifts while the kiosk is offline")
                .arg(nowText),
            QStringLiteral(
                "sudo apt-get install systemd-timesyncd (it syncs whenever the network is there)")));
    if (findings.isEmpty())
        findings.append(DoctorFinding::ok(
            topic, QStringLiteral("%1 UTC%2")
                       .arg(nowText, sync.known ? QStringLiteral(", synchronised") : QString())));
    return findings;
}

DoctorFindings replication(const QString &dataDir, const KioskConfig &config, const Account &kioskUser)
{
    const QString topic = QStringLiteral("replication");
    const SyncSettings settings = SyncSettings::fromConfig(config);
    if (!settings.enabled())
        return {
            DoctorFinding::ok(topic, QStringLiteral("off (no syncServer): the entries stay on this kiosk"))};
    const auto checked = settings.validate();
    if (!checked) {
        const QString fix = checked.error().code == SyncCode::CredentialsUnsafe
                                ? QStringLiteral("sudo chown %1 %2 && sudo chmod 600 %2")
                                      .arg(kioskUser.name, settings.passwordFile)
                                : QStringLiteral("correct syncServer, syncServerCa or syncServerPin in the "
                                                 "settings");
        return {DoctorFinding::problem(topic, checked.error().reason, fix)};
    }
    DoctorFindings findings;
    if (!settings.passwordFile.isEmpty()) {
        const auto file = statOf(settings.passwordFile);
        if (file && kioskUser.uid && file->st_uid != *kioskUser.uid && *kioskUser.uid != 0)
            findings.append(DoctorFinding::problem(
                topic,
                QStringLiteral("%1 belongs to %2: %3 cannot read it, so the kiosk cannot log in")
                    .arg(settings.passwordFile, ownerName(file->st_uid), kioskUser.name),
                QStringLiteral("sudo chown %1 %2").arg(kioskUser.name, settings.passwordFile)));
    }
    const auto pointer = SyncPointer::load(dataDir, settings.server, settings.kioskId);
    findings.append(
        pointer ? DoctorFinding::ok(topic, QStringLiteral("to %1: the server held entries up to %2 on %3")
                                               .arg(settings.server)
                                               .arg(pointer->acknowledged)
                                               .arg(pointer->at.toString(Qt::ISODate)))
                : DoctorFinding::note(
                      topic, QStringLiteral("to %1: nothing acknowledged yet").arg(settings.server),
                      QStringLiteral("the kiosk sends its entries when it reaches the server; "
                                     "`passgate-cli sync --until-caught-up` tries now")));
    return findings;
}

QString installedUnit(const ServiceLayout &layout)
{
    for (const QString &dir : layout.unitDirs) {
        const QString path = QDir(dir).filePath(QStringLiteral("passgate-kiosk@.service"));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

DoctorFindings kioskService(const ServiceLayout &layout, const Account &kioskUser, bool systemKiosk)
{
    const QString topic = QStringLiteral("kiosk service");
    const QString unitFile = installedUnit(layout);
    if (unitFile.isEmpty())
        return {
            DoctorFinding::note(topic, QStringLiteral("not installed (passgate built from source): this PC "
                                                      "starts its desktop, not the kiosk"))};

    QStringList enabled;
    QDirIterator wants(layout.enabledDir, {QStringLiteral("*.wants")}, QDir::Dirs | QDir::NoDotAndDotDot);
    while (wants.hasNext()) {
        const QDir dir(wants.next());
        for (const QString &link :
             dir.entryList({QStringLiteral("passgate-kiosk@*.service")}, QDir::Files | QDir::System)) {
            const QString instance = link.mid(15).chopped(8); // passgate-kiosk@ ... .service
            if (!enabled.contains(instance))
                enabled.append(instance);
        }
    }
    DoctorFindings findings;
    if (!kioskUser.uid) {
        findings.append(DoctorFinding::problem(
            topic,
            QStringLiteral("the kiosk's user %1 does not exist: the service cannot start")
                .arg(kioskUser.name),
            QStringLiteral("sudo apt-get install --reinstall passgate (its setup makes the user)")));
    } else if (systemKiosk || !enabled.isEmpty()) {
        if (!kioskUser.groups.contains(QStringLiteral("video")))
            findings.append(DoctorFinding::problem(
                topic,
                QStringLiteral("%1 is not in the group video: the kiosk cannot open cameras")
                    .arg(kioskUser.name),
                QStringLiteral("sudo adduser %1 video").arg(kioskUser.name)));
        if (!kioskUser.groups.contains(QStringLiteral("input")))
            findings.append(DoctorFinding::note(
                topic,
                QStringLiteral("%1 is not in the group input: a USB scanner is not read from its device")
                    .arg(kioskUser.name),
                QStringLiteral("sudo adduser %1 input").arg(kioskUser.name)));
    }
    if (enabled.isEmpty())
        findings.append(DoctorFinding::note(topic,
                                            QStringLiteral("installed (%1) but not enabled: this PC does not "
                                                           "start into the kiosk")
                                                .arg(unitFile),
                                            QStringLiteral("sudo passgate-cli kiosk enable")));
    else
        findings.append(DoctorFinding::ok(
            topic, QStringLiteral("enabled on %1").arg(enabled.join(QStringLiteral(", ")))));
    return findings;
}

} // namespace passgate::cli::DoctorChecks
