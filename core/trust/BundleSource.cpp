#include "trust/BundleSource.h"

#include "common/IsoDateTime.h"

#include <QJsonObject>

namespace passgate {

QJsonArray bundleSourcesToJson(const QList<BundleSource> &sources)
{
    QJsonArray list;
    for (const BundleSource &source : sources) {
        QJsonObject entry{{QStringLiteral("kind"), source.kind},
                          {QStringLiteral("name"), source.name},
                          {QStringLiteral("taken"), source.taken},
                          {QStringLiteral("skipped"), source.skipped}};
        if (source.listDate.isValid())
            entry.insert(QStringLiteral("listDate"), formatIsoDateTime(source.listDate));
        list.append(entry);
    }
    return list;
}

Result<QList<BundleSource>, QString> bundleSourcesFromJson(const QJsonArray &list)
{
    QList<BundleSource> sources;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        BundleSource source;
        source.kind = entry.value(u"kind").toString();
        source.name = entry.value(u"name").toString();
        source.taken = entry.value(u"taken").toInt(-1);
        source.skipped = entry.value(u"skipped").toInt(-1);
        if (entry.contains(u"listDate")) {
            const auto date = parseIsoDateTime(entry.value(u"listDate").toString());
            if (!date)
                return fail(QStringLiteral("sources[%1]: listDate is not an ISO 8601 time").arg(i));
            source.listDate = date->toUTC();
        }
        if (source.kind.isEmpty() || source.taken < 0 || source.skipped < 0)
            return fail(QStringLiteral("sources[%1] needs kind, taken and skipped").arg(i));
        sources.append(source);
    }
    return sources;
}

QString describeBundleSource(const BundleSource &source)
{
    QString date;
    if (source.listDate.isValid())
        date = QStringLiteral(" (%1 %2)")
                   .arg(source.kind == u"dsc-list" ? QStringLiteral("newest entry") : QStringLiteral("of"),
                        source.listDate.date().toString(Qt::ISODate));
    return QStringLiteral("%1 %2%3: %4 signers, %5 skipped")
        .arg(source.kind, source.name, date)
        .arg(source.taken)
        .arg(source.skipped);
}

} // namespace passgate
