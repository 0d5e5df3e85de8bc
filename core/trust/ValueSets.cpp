#include "trust/ValueSets.h"

#include "common/BoundedRead.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace passgate {

namespace {

// The gateway's combined file is ~170 kB; a value set file a hundred times that is not one.
constexpr qint64 maxValueSetFileBytes = 16 * 1024 * 1024;

Result<ValueSet, QString> readPublishedSet(const QJsonObject &object, const QString &where)
{
    ValueSet set;
    set.id = object.value(u"valueSetId").toString();
    set.date = QDate::fromString(object.value(u"valueSetDate").toString(), Qt::ISODate);
    const QJsonValue values = object.value(u"valueSetValues");
    if (set.id.isEmpty() || !set.date.isValid() || !values.isObject())
        return fail(where +
                    QStringLiteral(": not an EU value set (valueSetId, valueSetDate, valueSetValues)"));
    const QJsonObject codes = values.toObject();
    for (auto code = codes.begin(); code != codes.end(); ++code)
        set.displayByCode.insert(code.key(), code.value().toObject().value(u"display").toString());
    return set;
}

} // namespace

void ValueSets::add(ValueSet set)
{
    const auto at = std::lower_bound(m_sets.begin(), m_sets.end(), set.id,
                                     [](const ValueSet &a, const QString &id) { return a.id < id; });
    if (at != m_sets.end() && at->id == set.id) {
        if (set.date >= at->date)
            *at = std::move(set);
        return;
    }
    m_sets.insert(at, std::move(set));
}

const ValueSet *ValueSets::find(const QString &id) const
{
    for (const ValueSet &set : m_sets) {
        if (set.id == id)
            return &set;
    }
    return nullptr;
}

Result<ValueSets, QString> ValueSets::fromPublishedJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        return fail(QStringLiteral("%1: not JSON (%2)").arg(origin, error.errorString()));
    ValueSets sets;
    const QJsonArray list = document.isArray() ? document.array() : QJsonArray{document.object()};
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto set = readPublishedSet(
            list.at(i).toObject(), document.isArray() ? QStringLiteral("%1[%2]").arg(origin).arg(i) : origin);
        if (!set)
            return fail(set.error());
        sets.add(std::move(set).value());
    }
    if (sets.isEmpty())
        return fail(origin + QStringLiteral(": holds no value set"));
    return sets;
}

Result<ValueSets, QString> ValueSets::read(const QString &path)
{
    QStringList files;
    if (QFileInfo(path).isDir()) {
        const QDir folder(path);
        for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(folder.filePath(name));
        if (files.isEmpty())
            return fail(path + QStringLiteral(": no *.json value set files"));
    } else {
        files.append(path);
    }
    ValueSets sets;
    for (const QString &file : files) {
        auto bytes = readFileBounded(file, maxValueSetFileBytes);
        if (!bytes)
            return fail(bytes.error());
        auto read = fromPublishedJson(*bytes, QFileInfo(file).fileName());
        if (!read)
            return fail(read.error());
        for (ValueSet &set : read->m_sets)
            sets.add(std::move(set));
    }
    return sets;
}

QJsonArray ValueSets::toManifest() const
{
    QJsonArray sets;
    for (const ValueSet &set : m_sets) {
        QJsonObject values;
        for (auto code = set.displayByCode.begin(); code != set.displayByCode.end(); ++code)
            values.insert(code.key(), code.value());
        sets.append(QJsonObject{{QStringLiteral("id"), set.id},
                                {QStringLiteral("date"), set.date.toString(Qt::ISODate)},
                                {QStringLiteral("values"), values}});
    }
    return sets;
}

Result<ValueSets, QString> ValueSets::fromManifest(const QJsonArray &list)
{
    ValueSets sets;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        ValueSet set;
        set.id = entry.value(u"id").toString();
        set.date = QDate::fromString(entry.value(u"date").toString(), Qt::ISODate);
        const QJsonValue values = entry.value(u"values");
        if (set.id.isEmpty() || !set.date.isValid() || !values.isObject())
            return fail(QStringLiteral("valueSets[%1] needs id, date and values").arg(i));
        const QJsonObject codes = values.toObject();
        for (auto code = codes.begin(); code != codes.end(); ++code) {
            if (!code.value().isString())
                return fail(
                    QStringLiteral("valueSets[%1]: the display of %2 is not text").arg(i).arg(code.key()));
            set.displayByCode.insert(code.key(), code.value().toString());
        }
        if (sets.find(set.id))
            return fail(QStringLiteral("valueSets[%1]: %2 comes twice").arg(i).arg(set.id));
        sets.add(std::move(set));
    }
    return sets;
}

QJsonObject ValueSets::forCertLogic() const
{
    QJsonObject external;
    for (const ValueSet &set : m_sets)
        external.insert(set.id, QJsonArray::fromStringList(set.displayByCode.keys()));
    return external;
}

} // namespace passgate
