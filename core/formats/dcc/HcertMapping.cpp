#include "formats/dcc/HcertMapping_p.h"

#include "common/IsoDateTime.h"

#include <QJsonArray>

namespace passgate::dcc {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Some issuers write a date field as a date-time ("2021-03-09T00:00:00"); the date is the first 10.
QDate date(const QJsonObject &object, const char *key)
{
    return parseIsoDate(QStringView(text(object, key)).first(qMin<qsizetype>(10, text(object, key).size())))
        .value_or(QDate());
}

Statement vaccination(const QJsonObject &entry)
{
    Vaccination v;
    v.disease = text(entry, "tg");
    v.vaccineType = text(entry, "vp");
    v.product = text(entry, "mp");
    v.manufacturer = text(entry, "ma");
    v.doseNumber = entry.value(QLatin1String("dn")).toInt();
    v.seriesTotal = entry.value(QLatin1String("sd")).toInt();
    v.date = date(entry, "dt");
    v.country = text(entry, "co");
    v.issuer = text(entry, "is");
    v.certificateId = text(entry, "ci");
    return v;
}

Statement test(const QJsonObject &entry)
{
    TestResult t;
    t.disease = text(entry, "tg");
    t.testType = text(entry, "tt");
    t.name = text(entry, "nm");
    t.device = text(entry, "ma");
    t.sampleTime = parseIsoDateTime(text(entry, "sc")).value_or(QDateTime());
    t.result = text(entry, "tr");
    t.centre = text(entry, "tc");
    t.country = text(entry, "co");
    t.issuer = text(entry, "is");
    t.certificateId = text(entry, "ci");
    return t;
}

Statement recovery(const QJsonObject &entry)
{
    Recovery r;
    r.disease = text(entry, "tg");
    r.firstPositive = date(entry, "fr");
    r.validFrom = date(entry, "df");
    r.validUntil = date(entry, "du");
    r.country = text(entry, "co");
    r.issuer = text(entry, "is");
    r.certificateId = text(entry, "ci");
    return r;
}

} // namespace

void fillFromHcert(DecodedPass &pass, const QJsonObject &dcc)
{
    const QJsonObject name = dcc.value(QLatin1String("nam")).toObject();
    pass.holder.family = text(name, "fn");
    pass.holder.given = text(name, "gn");
    pass.holder.familyStandardised = text(name, "fnt");
    pass.holder.givenStandardised = text(name, "gnt");
    const QString dob = text(dcc, "dob");
    pass.birthDate = dob.size() > 10 ? dob.left(10) : dob;
    pass.schemaVersion = text(dcc, "ver");
    pass.payload = dcc;

    for (const auto &[key, read] :
         {std::pair{"v", &vaccination}, std::pair{"t", &test}, std::pair{"r", &recovery}}) {
        const QJsonValue entries = dcc.value(QLatin1String(key));
        if (!entries.isArray() || entries.toArray().isEmpty())
            continue;
        const QJsonObject entry = entries.toArray().first().toObject();
        pass.statement = read(entry);
        pass.certificateId = text(entry, "ci");
        return;
    }
}

} // namespace passgate::dcc
