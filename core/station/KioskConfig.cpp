#include "station/KioskConfig.h"

#include "common/AtomicWrite.h"
#include "common/BoundedRead.h"
#include "policy/PolicyCatalog.h"
#include "station/ConfigFields_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace passgate {

QString kioskModeName(KioskMode mode)
{
    switch (mode) {
    case KioskMode::Counter:
        return QStringLiteral("counter");
    case KioskMode::SelfScan:
        return QStringLiteral("kiosk");
    case KioskMode::FrontDesk:
        return QStringLiteral("frontdesk");
    }
    return {};
}

Result<KioskMode, Error<ConfigError>> kioskModeFromName(const QString &name)
{
    for (const KioskMode mode : {KioskMode::Counter, KioskMode::SelfScan, KioskMode::FrontDesk}) {
        if (kioskModeName(mode) == name)
            return mode;
    }
    return fail(ConfigError::BadValue,
                QStringLiteral("unknown mode '%1' (counter, kiosk or frontdesk)").arg(name));
}

Result<KioskConfig::Reading, Error<ConfigError>> KioskConfig::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            ConfigError::NotJson,
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(ConfigError::NotJson, QStringLiteral("the settings must be a JSON object {...}, not %1")
                                              .arg(document.isArray() ? QStringLiteral("a list [...]")
                                                                      : QStringLiteral("a single value")));
    const QJsonObject o = document.object();
    Reading reading;
    KioskConfig &c = reading.config;
    ConfigFields fields(o);
    int version = currentVersion;
    fields.whole(u"version"_s, 1, 1000000, &version);
    if (version > currentVersion)
        return fail(ConfigError::NewerVersion,
                    QStringLiteral("written by a newer passgate (config version %1, this one reads %2)")
                        .arg(version)
                        .arg(currentVersion));
    fields.text(u"kioskId"_s, &c.kioskId);
    fields.text(u"venueName"_s, &c.venueName);
    fields.choice(u"venueType"_s, venueTypes(), &c.venueType);
    QString mode = kioskModeName(c.mode);
    fields.choice(u"mode"_s,
                  {kioskModeName(KioskMode::Counter), kioskModeName(KioskMode::SelfScan),
                   kioskModeName(KioskMode::FrontDesk)},
                  &mode);
    c.mode = *kioskModeFromName(mode);
    QStringList policies = PolicyCatalog::builtIn().names();
    policies.sort();
    fields.choice(u"policy"_s, policies, &c.policy);
    fields.text(u"checkInPhone"_s, &c.checkInPhone);
    fields.text(u"camera"_s, &c.camera);
    fields.text(u"scannerDevice"_s, &c.scannerDevice);
    fields.flag(u"sounds"_s, &c.sounds);
    fields.choice(u"language"_s, {QString(), u"ko"_s, u"en"_s}, &c.language);
    fields.whole(u"retentionDays"_s, 1, 366, &c.retentionDays);
    fields.whole(u"verdictSeconds"_s, 1, 60, &c.verdictSeconds);
    fields.whole(u"secondPassSeconds"_s, 1, 900, &c.secondPassSeconds);
    fields.text(u"staffPin"_s, &c.staffPinRecord);
    fields.text(u"trustBundleUrl"_s, &c.trustBundleUrl);
    QString zone;
    fields.text(u"timeZone"_s, &zone);
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        fields.report(u"timeZone"_s, QStringLiteral("expected an IANA time zone such as Asia/Seoul"));
    else
        c.timeZone = zone;
    fields.textList(u"trustPublisherKeys"_s, &c.trustPublisherKeys);
    fields.whole(u"trustWarnHours"_s, 1, 24 * 366, &c.trustWarnHours);
    fields.textList(u"departments"_s, &c.departments);
    fields.text(u"syncServer"_s, &c.syncServer);
    fields.text(u"syncPasswordFile"_s, &c.syncPasswordFile);
    fields.text(u"syncServerCa"_s, &c.syncServerCa);
    fields.text(u"syncServerPin"_s, &c.syncServerPin);
    // The settings passgate knows are the ones it writes.
    static const QStringList known = QJsonDocument::fromJson(KioskConfig().toJson()).object().keys();
    fields.rejectUnknownKeys(known);
    reading.problems = fields.problems();
    reading.wrongKeys = fields.wrongKeys();
    return reading;
}

QString KioskConfig::Reading::problemWith(const QString &key) const
{
    if (!wrongKeys.contains(key))
        return {};
    for (const QString &line : problems) {
        if (line.startsWith(key + u": "_s))
            return line;
    }
    return key + u": wrong"_s;
}

Result<KioskConfig, Error<ConfigError>> KioskConfig::fromJson(const QByteArray &json)
{
    auto reading = read(json);
    if (!reading)
        return fail(reading.error());
    if (!reading->problems.isEmpty())
        return fail(ConfigError::BadValue, reading->problems.join(QStringLiteral("; ")));
    return std::move(reading->config);
}

QByteArray KioskConfig::toJson() const
{
    QJsonObject o{
        {u"version"_s, currentVersion},
        {u"kioskId"_s, kioskId},
        {u"venueName"_s, venueName},
        {u"venueType"_s, venueType},
        {u"mode"_s, kioskModeName(mode)},
        {u"policy"_s, policy},
        {u"checkInPhone"_s, checkInPhone},
        {u"camera"_s, camera},
        {u"scannerDevice"_s, scannerDevice},
        {u"sounds"_s, sounds},
        {u"language"_s, language},
        {u"retentionDays"_s, retentionDays},
        {u"verdictSeconds"_s, verdictSeconds},
        {u"secondPassSeconds"_s, secondPassSeconds},
        {u"staffPin"_s, staffPinRecord},
        {u"trustBundleUrl"_s, trustBundleUrl},
        {u"departments"_s, QJsonArray::fromStringList(departments)},
        {u"timeZone"_s, timeZone},
        {u"trustPublisherKeys"_s, QJsonArray::fromStringList(trustPublisherKeys)},
        {u"trustWarnHours"_s, trustWarnHours},
        {u"syncServer"_s, syncServer},
        {u"syncPasswordFile"_s, syncPasswordFile},
        {u"syncServerCa"_s, syncServerCa},
        {u"syncServerPin"_s, syncServerPin},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<KioskConfig::Reading, Error<ConfigError>> KioskConfig::readFile(const QString &path)
{
    if (!QFile::exists(path)) {
        Reading fresh;
        fresh.config.kioskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return fresh;
    }
    const Result<QByteArray, QString> bytes = readFileBounded(path, readLimit::jsonFile);
    if (!bytes)
        return fail(ConfigError::Unreadable, bytes.error());
    auto reading = read(*bytes);
    if (!reading)
        return fail(reading.error().code, path + QStringLiteral(": ") + reading.error().reason);
    if (reading->config.kioskId.isEmpty())
        reading->config.kioskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return reading;
}

Result<KioskConfig, Error<ConfigError>> KioskConfig::load(const QString &path)
{
    auto reading = readFile(path);
    if (!reading)
        return fail(reading.error());
    if (!reading->problems.isEmpty())
        return fail(ConfigError::BadValue,
                    path + QStringLiteral(": ") + reading->problems.join(QStringLiteral("; ")));
    return std::move(reading->config);
}

Result<void, Error<ConfigError>> KioskConfig::save(const QString &path) const
{
    // Atomic and owner-only (0600): the file holds the staff PIN's record.
    if (auto written = writeFileAtomically(path, toJson()); !written)
        return fail(ConfigError::Unwritable, written.error());
    return {};
}

KioskConfig KioskConfig::withVenueSetUp(const QString &name, const QString &type, const QString &phoneDigits,
                                        const QString &pinRecord) const
{
    KioskConfig next = *this;
    next.venueName = name.trimmed();
    next.venueType = type;
    next.checkInPhone = phoneDigits;
    next.staffPinRecord = pinRecord;
    if (type == u"hospital" && next.policy != u"hospital-visitor")
        next.policy = QStringLiteral("hospital-visitor");
    return next;
}

const QStringList &KioskConfig::venueTypes()
{
    static const QStringList types{QStringLiteral("cafe"), QStringLiteral("restaurant"),
                                   QStringLiteral("pcbang"), QStringLiteral("hospital"),
                                   QStringLiteral("other")};
    return types;
}

} // namespace passgate
