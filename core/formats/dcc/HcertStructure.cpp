#include "formats/dcc/HcertStructure.h"

#include <QJsonArray>

namespace passgate::dcc {

namespace {

using Check = Result<void, PassError>;

Failure<PassError> notAnObject(const QString &path, const QString &problem)
{
    return fail(PassErrorCode::MalformedDcc, QStringLiteral("%1: %2").arg(path, problem));
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

QString jsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("a map");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// The members the data model reads from one map, each a string unless listed in `numbers`.
// `path()` names the map; it is called only when a member is wrong (paths are made for errors only).
template<typename Path>
Check checkMembers(const QJsonObject &object, const Path &path, std::initializer_list<const char *> texts,
                   std::initializer_list<const char *> numbers = {})
{
    for (const char *key : texts) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!isAbsent(value) && !value.isString())
            return notAnObject(path() + QLatin1String(key),
                               QStringLiteral("%1 where the data model has a text").arg(jsonType(value)));
    }
    for (const char *key : numbers) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!isAbsent(value) && !value.isDouble())
            return notAnObject(path() + QLatin1String(key),
                               QStringLiteral("%1 where the data model has a number").arg(jsonType(value)));
    }
    return {};
}

Check checkGroup(const QJsonObject &dcc, const char *key)
{
    const QLatin1String name(key);
    const QJsonValue group = dcc.value(name);
    if (isAbsent(group))
        return {};
    if (!group.isArray())
        return notAnObject(name, QStringLiteral("%1 where the data model has a list").arg(jsonType(group)));
    const QJsonArray entries = group.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto path = [&]() -> QString { return QStringLiteral("%1[%2]").arg(name).arg(i); };
        if (!entries.at(i).isObject())
            return notAnObject(
                path(), QStringLiteral("%1 where the data model has an entry").arg(jsonType(entries.at(i))));
        const QJsonObject entry = entries.at(i).toObject();
        const auto prefix = [&]() -> QString { return path() + u'.'; };
        Check members =
            name == u"v"
                ? checkMembers(entry, prefix, {"tg", "vp", "mp", "ma", "dt", "co", "is", "ci"}, {"dn", "sd"})
            : name == u"t" ? checkMembers(entry, prefix,
                                          {"tg", "tt", "nm", "ma", "sc", "dr", "tr", "tc", "co", "is", "ci"})
                           : checkMembers(entry, prefix, {"tg", "fr", "co", "is", "df", "du", "ci"});
        if (!members)
            return members;
    }
    return {};
}

} // namespace

Result<void, PassError> checkHcertStructure(const QJsonObject &dcc)
{
    for (const char *key : {"ver", "nam", "dob"}) {
        if (isAbsent(dcc.value(QLatin1String(key))))
            return notAnObject(QLatin1String(key), QStringLiteral("missing; every DCC has it"));
    }
    const QJsonValue nam = dcc.value(QLatin1String("nam"));
    if (!nam.isObject())
        return notAnObject(QStringLiteral("nam"),
                           QStringLiteral("%1 where the data model has a name").arg(jsonType(nam)));
    if (Check top = checkMembers(dcc, [] { return QString(); }, {"ver", "dob"}); !top)
        return top;
    if (Check name =
            checkMembers(nam.toObject(), [] { return QStringLiteral("nam."); }, {"fn", "fnt", "gn", "gnt"});
        !name)
        return name;
    for (const char *group : {"v", "t", "r"}) {
        if (Check entries = checkGroup(dcc, group); !entries)
            return entries;
    }
    return {};
}

} // namespace passgate::dcc
