#include "support/DccSamples.h"

#include <QJsonArray>

namespace passgate::test::DccSamples {

namespace {

QJsonObject person()
{
    return QJsonObject{
        {QStringLiteral("ver"), QStringLiteral("1.3.0")},
        {QStringLiteral("nam"), QJsonObject{{QStringLiteral("fn"), QStringLiteral("Musterfrau-Gößinger")},
                                            {QStringLiteral("fnt"), QStringLiteral("MUSTERFRAU<GOESSINGER")},
                                            {QStringLiteral("gn"), QStringLiteral("Gabriele")},
                                            {QStringLiteral("gnt"), QStringLiteral("GABRIELE")}}},
        {QStringLiteral("dob"), QStringLiteral("1998-02-26")},
    };
}

QJsonObject withEntry(const char *group, const QJsonObject &entry)
{
    QJsonObject payload = person();
    payload.insert(QLatin1String(group), QJsonArray{entry});
    return payload;
}

QJsonObject test(const QString &type, const QDateTime &sampleTime, const QString &device)
{
    QJsonObject entry{
        {QStringLiteral("tg"), QStringLiteral("840539006")},
        {QStringLiteral("tt"), type},
        {QStringLiteral("sc"), sampleTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("tr"), QStringLiteral("260415000")},
        {QStringLiteral("tc"), QStringLiteral("Testzentrum Köln Hbf")},
        {QStringLiteral("co"), QStringLiteral("DE")},
        {QStringLiteral("is"), QStringLiteral("Robert Koch-Institut")},
        {QStringLiteral("ci"), QStringLiteral("URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#W")},
    };
    if (device.isEmpty())
        entry.insert(QStringLiteral("nm"), QStringLiteral("Roche LightCycler qPCR"));
    else
        entry.insert(QStringLiteral("ma"), device);
    return withEntry("t", entry);
}

} // namespace

QJsonObject vaccination(QDate date, int dose, int series)
{
    return withEntry(
        "v", QJsonObject{
                 {QStringLiteral("tg"), QStringLiteral("840539006")},
                 {QStringLiteral("vp"), QStringLiteral("1119349007")},
                 {QStringLiteral("mp"), QStringLiteral("EU/1/20/1528")},
                 {QStringLiteral("ma"), QStringLiteral("ORG-100030215")},
                 {QStringLiteral("dn"), dose},
                 {QStringLiteral("sd"), series},
                 {QStringLiteral("dt"), date.toString(Qt::ISODate)},
                 {QStringLiteral("co"), QStringLiteral("DE")},
                 {QStringLiteral("is"), QStringLiteral("Robert Koch-Institut")},
                 {QStringLiteral("ci"), QStringLiteral("URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#E")},
             });
}

QJsonObject pcrTest(QDateTime sampleTime)
{
    return test(QStringLiteral("LP6464-4"), sampleTime, QString());
}

QJsonObject rapidTest(QDateTime sampleTime)
{
    return test(QStringLiteral("LP217198-3"), sampleTime, QStringLiteral("1232"));
}

QJsonObject recovery(QDate firstPositive)
{
    return withEntry("r",
                     QJsonObject{
                         {QStringLiteral("tg"), QStringLiteral("840539006")},
                         {QStringLiteral("fr"), firstPositive.toString(Qt::ISODate)},
                         {QStringLiteral("df"), firstPositive.addDays(11).toString(Qt::ISODate)},
                         {QStringLiteral("du"), firstPositive.addDays(180).toString(Qt::ISODate)},
                         {QStringLiteral("co"), QStringLiteral("DE")},
                         {QStringLiteral("is"), QStringLiteral("Robert Koch-Institut")},
                         {QStringLiteral("ci"), QStringLiteral("URN:UVCI:01DE/5CWLU12RNOB9RXSEOP6FG8#R")},
                     });
}

namespace {

QJsonValue changed(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (index == array.size())
            array.append(changed(QJsonValue(), path, value));
        else
            array[index] = changed(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, changed(object.value(head), path, value));
    return object;
}

} // namespace

QJsonObject with(const QJsonObject &payload, const QString &path, const QJsonValue &value)
{
    return changed(payload, path.split(u'/'), value).toObject();
}

} // namespace passgate::test::DccSamples
