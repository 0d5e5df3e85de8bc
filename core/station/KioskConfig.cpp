#include "station/KioskConfig.h"

#include "common/AtomicWrite.h"
#include "common/BoundedRead.h"

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

Result<KioskConfig, Error<ConfigError>> KioskConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(ConfigError::NotJson, QStringLiteral("not a JSON object: ") + parseError.errorString());
    const QJsonObject o = document.object();
    const int version = o.value(u"version").toInt(currentVersion);
    if (version > currentVersion)
        return fail(ConfigError::NewerVersion,
                    QStringLiteral("written by a newer passgate (config version %1, this one reads %2)")
                        .arg(version)
                        .arg(currentVersion));
    KioskConfig c;
    const auto text = [&o](QStringView key, const QString &fallback) {
        return o.value(key).isString() ? o.value(key).toString() : fallback;
    };
    c.kioskId = text(u"kioskId", c.kioskId);
    c.venueName = text(u"venueName", c.venueName);
    c.venueType = text(u"venueType", c.venueType);
    auto mode = kioskModeFromName(text(u"mode", kioskModeName(c.mode)));
    if (!mode)
        return fail(mode.error());
    c.mode = *mode;
    c.policy = text(u"policy", c.policy);
    c.checkInPhone = text(u"checkInPhone", c.checkInPhone);
    c.camera = text(u"camera", c.camera);
    c.sounds = o.value(u"sounds").toBool(c.sounds);
    c.language = text(u"language", c.language);
    c.retentionDays = o.value(u"retentionDays").toInt(c.retentionDays);
    c.verdictSeconds = o.value(u"verdictSeconds").toInt(c.verdictSeconds);
    c.staffPinRecord = text(u"staffPin", c.staffPinRecord);
    c.trustBundleUrl = text(u"trustBundleUrl", c.trustBundleUrl);
    c.timeZone = text(u"timeZone", c.timeZone);
    for (const QJsonValue &key : o.value(u"trustPublisherKeys").toArray())
        c.trustPublisherKeys.append(key.toString());
    c.trustWarnHours = o.value(u"trustWarnHours").toInt(c.trustWarnHours);
    for (const QJsonValue &department : o.value(u"departments").toArray())
        c.departments.append(department.toString());
    if (c.retentionDays < 1 || c.retentionDays > 366)
        return fail(ConfigError::BadValue,
                    QStringLiteral("retentionDays must be 1 to 366, not %1").arg(c.retentionDays));
    if (c.verdictSeconds < 1 || c.verdictSeconds > 60)
        return fail(ConfigError::BadValue,
                    QStringLiteral("verdictSeconds must be 1 to 60, not %1").arg(c.verdictSeconds));
    if (!c.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
        return fail(ConfigError::BadValue,
                    QStringLiteral("timeZone '%1' is not an IANA time zone").arg(c.timeZone));
    if (c.trustWarnHours < 1 || c.trustWarnHours > 24 * 366)
        return fail(ConfigError::BadValue,
                    QStringLiteral("trustWarnHours must be 1 to 8784, not %1").arg(c.trustWarnHours));
    if (!c.language.isEmpty() && c.language != u"ko" && c.language != u"en")
        return fail(ConfigError::BadValue,
                    QStringLiteral("language must be ko or en, not %1").arg(c.language));
    return c;
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
        {u"sounds"_s, sounds},
        {u"language"_s, language},
        {u"retentionDays"_s, retentionDays},
        {u"verdictSeconds"_s, verdictSeconds},
        {u"staffPin"_s, staffPinRecord},
        {u"trustBundleUrl"_s, trustBundleUrl},
        {u"departments"_s, QJsonArray::fromStringList(departments)},
        {u"timeZone"_s, timeZone},
        {u"trustPublisherKeys"_s, QJsonArray::fromStringList(trustPublisherKeys)},
        {u"trustWarnHours"_s, trustWarnHours},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<KioskConfig, Error<ConfigError>> KioskConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        KioskConfig fresh;
        fresh.kioskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return fresh;
    }
    const Result<QByteArray, QString> bytes = readFileBounded(path, readLimit::jsonFile);
    if (!bytes)
        return fail(ConfigError::Unreadable, bytes.error());
    auto config = fromJson(*bytes);
    if (!config)
        return fail(config.error().code, path + QStringLiteral(": ") + config.error().reason);
    if (config->kioskId.isEmpty())
        config->kioskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return config;
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
