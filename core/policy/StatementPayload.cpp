#include "policy/StatementPayload_p.h"

#include <QJsonArray>

namespace passgate {

namespace {

void putText(QJsonObject &entry, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        entry.insert(key, value);
}

void putDate(QJsonObject &entry, const QString &key, const QDate &date)
{
    if (date.isValid())
        entry.insert(key, date.toString(Qt::ISODate));
}

QJsonObject vaccinationEntry(const Vaccination &v)
{
    QJsonObject entry;
    putText(entry, QStringLiteral("tg"), v.disease);
    putText(entry, QStringLiteral("vp"), v.vaccineType);
    putText(entry, QStringLiteral("mp"), v.product);
    putText(entry, QStringLiteral("ma"), v.manufacturer);
    entry.insert(QStringLiteral("dn"), v.doseNumber);
    entry.insert(QStringLiteral("sd"), v.seriesTotal);
    putDate(entry, QStringLiteral("dt"), v.date);
    putText(entry, QStringLiteral("co"), v.country);
    putText(entry, QStringLiteral("is"), v.issuer);
    putText(entry, QStringLiteral("ci"), v.certificateId);
    if (v.issuerCertified)
        entry.insert(QStringLiteral("issuerCertified"), true);
    return entry;
}

QJsonObject testEntry(const TestResult &t, const QTimeZone &zone)
{
    QJsonObject entry;
    putText(entry, QStringLiteral("tg"), t.disease);
    putText(entry, QStringLiteral("tt"), t.testType);
    putText(entry, QStringLiteral("nm"), t.name);
    putText(entry, QStringLiteral("ma"), t.device);
    if (t.sampleTime.isValid()) {
        entry.insert(QStringLiteral("sc"), t.sampleTime.toUTC().toString(Qt::ISODateWithMs));
        entry.insert(QStringLiteral("scLocalDate"),
                     t.sampleTime.toTimeZone(zone).date().toString(Qt::ISODate));
    }
    putText(entry, QStringLiteral("tr"), t.result);
    putText(entry, QStringLiteral("tc"), t.centre);
    putText(entry, QStringLiteral("co"), t.country);
    putText(entry, QStringLiteral("is"), t.issuer);
    putText(entry, QStringLiteral("ci"), t.certificateId);
    return entry;
}

QJsonObject recoveryEntry(const Recovery &r)
{
    QJsonObject entry;
    putText(entry, QStringLiteral("tg"), r.disease);
    putDate(entry, QStringLiteral("fr"), r.firstPositive);
    putDate(entry, QStringLiteral("df"), r.validFrom);
    putDate(entry, QStringLiteral("du"), r.validUntil);
    putText(entry, QStringLiteral("co"), r.country);
    putText(entry, QStringLiteral("is"), r.issuer);
    putText(entry, QStringLiteral("ci"), r.certificateId);
    return entry;
}

QJsonObject exemptionEntry(const Exemption &e)
{
    QJsonObject entry;
    switch (e.kind) {
    case Exemption::Kind::Medical:
        entry.insert(QStringLiteral("kind"), QStringLiteral("medical"));
        break;
    case Exemption::Kind::Minor:
        entry.insert(QStringLiteral("kind"), QStringLiteral("minor"));
        break;
    case Exemption::Kind::Other:
        entry.insert(QStringLiteral("kind"), QStringLiteral("other"));
        break;
    }
    putDate(entry, QStringLiteral("du"), e.validUntil);
    return entry;
}

} // namespace

QJsonObject statementPayload(const Statement &statement, const QString &birthDate, const QTimeZone &zone)
{
    QJsonObject payload;
    if (!birthDate.isEmpty())
        payload.insert(QStringLiteral("dob"), birthDate);
    std::visit(
        [&payload, &zone](const auto &s) {
            using T = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<T, Vaccination>)
                payload.insert(QStringLiteral("v"), QJsonArray{vaccinationEntry(s)});
            else if constexpr (std::is_same_v<T, TestResult>)
                payload.insert(QStringLiteral("t"), QJsonArray{testEntry(s, zone)});
            else if constexpr (std::is_same_v<T, Recovery>)
                payload.insert(QStringLiteral("r"), QJsonArray{recoveryEntry(s)});
            else
                payload.insert(QStringLiteral("e"), QJsonArray{exemptionEntry(s)});
        },
        statement);
    return payload;
}

} // namespace passgate
