#include "policy/PolicyFile.h"

#include <QTimeZone>

namespace passgate {

Result<QDate, PolicyFailure> readOptionalDate(const QJsonObject &object, QStringView key,
                                              const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QDate();
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid())
        return fail(PolicyError::Malformed,
                    QStringLiteral("%1.%2 must be a date YYYY-MM-DD").arg(where, key.toString()));
    return date;
}

Result<PolicyInfo, PolicyFailure> readPolicyInfo(const QJsonObject &object)
{
    PolicyInfo info;
    info.name = object.value(u"name").toString();
    info.description = object.value(u"description").toString();
    info.source = object.value(u"source").toString();
    info.timeZoneId = object.value(u"timeZone").toString();
    if (info.name.isEmpty() || info.name.contains(u'/') || info.name.trimmed() != info.name)
        return fail(PolicyError::Malformed,
                    QStringLiteral("a policy needs a name (no slashes or spaces around)"));
    if (info.description.isEmpty() || info.source.isEmpty())
        return fail(PolicyError::Malformed,
                    QStringLiteral("%1: description and source are required").arg(info.name));
    if (!info.timeZoneId.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(info.timeZoneId.toUtf8()))
        return fail(PolicyError::Malformed,
                    QStringLiteral("%1: unknown time zone '%2'").arg(info.name, info.timeZoneId));
    const QJsonObject effective = object.value(u"effective").toObject();
    const QString where = info.name + QStringLiteral(": effective");
    auto from = readOptionalDate(effective, u"from", where);
    if (!from)
        return fail(from.error());
    auto until = readOptionalDate(effective, u"until", where);
    if (!until)
        return fail(until.error());
    info.effectiveFrom = *from;
    info.effectiveUntil = *until;
    if (info.effectiveFrom.isValid() && info.effectiveUntil.isValid() &&
        info.effectiveUntil < info.effectiveFrom)
        return fail(PolicyError::Malformed, where + QStringLiteral(".until is before .from"));
    return info;
}

} // namespace passgate
