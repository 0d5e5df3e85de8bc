#include "formats/dcc/HcertSchema.h"

#include "common/IsoDateTime.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace passgate::dcc {

namespace {

constexpr qsizetype maxTextLength = 80; // the schema says 50 (1.3) or 80 (1.0); real passes use up to 80

Failure<PassError> violation(const QString &path, const QString &problem)
{
    return fail(PassErrorCode::SchemaViolation, QStringLiteral("%1: %2").arg(path, problem));
}

bool isPlaceholder(const QString &code)
{
    // "9999", "ORG-99999999": a form filled with nines is an unknown value, not an identifier.
    qsizetype nines = 0;
    for (QChar c : code) {
        if (c == u'9')
            ++nines;
        else if (c.isDigit())
            return false;
    }
    return nines >= 2;
}

bool isAssignedCountry(const QString &code)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    // QLocale knows the ISO 3166-1 alpha-2 codes assigned to territories (CLDR), "XK" included;
    // user-assigned codes such as "XY" map to no territory.
    return twoLetters.match(code).hasMatch() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

using Check = Result<void, PassError>;

Check requireString(const QJsonObject &object, const QString &key, const QString &path, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return violation(path + key, QStringLiteral("required field missing"));
    if (!value.isString())
        return violation(path + key, QStringLiteral("not a string"));
    *out = value.toString();
    if (out->size() > maxTextLength)
        return violation(path + key, QStringLiteral("longer than %1 characters").arg(maxTextLength));
    return {};
}

Check optionalString(const QJsonObject &object, const QString &key, const QString &path, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return {};
    }
    return requireString(object, key, path, out);
}

Check checkCode(const QString &code, const QString &where)
{
    // Value sets grow (new vaccines, national codes), so any printable text is a code; only empty
    // codes, control characters and placeholders are refused here. Acceptance is the policy's job.
    static const QRegularExpression codeCharacters(QStringLiteral("^[^\\p{Cc}]+$"));
    if (code.trimmed().isEmpty())
        return violation(where, QStringLiteral("empty code"));
    if (!codeCharacters.match(code).hasMatch())
        return violation(where, QStringLiteral("'%1' is not a code").arg(code));
    if (isPlaceholder(code))
        return violation(where, QStringLiteral("'%1' is a placeholder, not a code").arg(code));
    return {};
}

Check requireCode(const QJsonObject &object, const QString &key, const QString &path)
{
    QString code;
    if (Check present = requireString(object, key, path, &code); !present)
        return present;
    return checkCode(code, path + key);
}

Check checkManufacturer(const QString &code, const QString &where)
{
    if (Check plain = checkCode(code, where); !plain)
        return plain;
    // EMA SPOR organisation ids are "ORG-" and nine digits (ORG-100030215).
    static const QRegularExpression spor(QStringLiteral("^ORG-[0-9]{9}$"));
    if (code.startsWith(QLatin1String("ORG-")) && !spor.match(code).hasMatch())
        return violation(where,
                         QStringLiteral("'%1' is not an EMA organisation id (ORG- and 9 digits)").arg(code));
    return {};
}

Check requireCountry(const QJsonObject &object, const QString &path)
{
    QString country;
    if (Check present = requireString(object, QStringLiteral("co"), path, &country); !present)
        return present;
    if (!isAssignedCountry(country))
        return violation(path + u"co", QStringLiteral("'%1' is not an ISO 3166 country code").arg(country));
    return {};
}

Check requireText(const QJsonObject &object, const QString &key, const QString &path)
{
    QString text;
    if (Check present = requireString(object, key, path, &text); !present)
        return present;
    if (text.trimmed().isEmpty())
        return violation(path + key, QStringLiteral("empty"));
    return {};
}

Check requireDate(const QJsonObject &object, const QString &key, const QString &path)
{
    QString text;
    if (Check present = requireString(object, key, path, &text); !present)
        return present;
    if (!isHcertDate(text))
        return violation(path + key, QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(text));
    return {};
}

Check checkDateTime(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    QString text;
    if (Check present =
            required ? requireString(object, key, path, &text) : optionalString(object, key, path, &text);
        !present)
        return present;
    if ((required || !text.isEmpty()) && !parseIsoDateTime(text))
        return violation(path + key, QStringLiteral("'%1' is not a date and time (ISO 8601)").arg(text));
    return {};
}

Check requireDose(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return violation(path + key, QStringLiteral("required field missing"));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != static_cast<int>(number) || number < 1 || number > 9)
        return violation(path + key, QStringLiteral("not a dose number from 1 to 9"));
    return {};
}

Check checkName(const QJsonObject &dcc)
{
    const QJsonValue nam = dcc.value(QStringLiteral("nam"));
    if (nam.isUndefined() || nam.isNull())
        return violation(QStringLiteral("nam"), QStringLiteral("required field missing"));
    if (!nam.isObject())
        return violation(QStringLiteral("nam"), QStringLiteral("not an object"));
    const QJsonObject name = nam.toObject();
    static const QRegularExpression transliterated(QStringLiteral("^[A-Z<]*$"));
    QString family, given, familyStandardised, givenStandardised;
    const QString path = QStringLiteral("nam.");
    for (auto [key, out] : {std::pair{QStringLiteral("fn"), &family}, std::pair{QStringLiteral("gn"), &given},
                            std::pair{QStringLiteral("fnt"), &familyStandardised},
                            std::pair{QStringLiteral("gnt"), &givenStandardised}}) {
        if (Check field = optionalString(name, key, path, out); !field)
            return field;
    }
    if (familyStandardised.isEmpty() && givenStandardised.isEmpty())
        return violation(QStringLiteral("nam"),
                         QStringLiteral("neither a standardised family name (fnt) nor given name (gnt)"));
    for (auto [key, value] : {std::pair{QStringLiteral("fnt"), familyStandardised},
                              std::pair{QStringLiteral("gnt"), givenStandardised}}) {
        if (!transliterated.match(value).hasMatch())
            return violation(path + key,
                             QStringLiteral("'%1' is not ICAO 9303 transliterated (A-Z and <)").arg(value));
    }
    return {};
}

Check checkVaccination(const QJsonObject &entry, const QString &path)
{
    for (const char *key : {"tg", "vp", "mp"}) {
        if (Check code = requireCode(entry, QLatin1String(key), path); !code)
            return code;
    }
    QString manufacturer;
    if (Check present = requireString(entry, QStringLiteral("ma"), path, &manufacturer); !present)
        return present;
    if (Check ma = checkManufacturer(manufacturer, path + u"ma"); !ma)
        return ma;
    for (const char *key : {"dn", "sd"}) {
        if (Check dose = requireDose(entry, QLatin1String(key), path); !dose)
            return dose;
    }
    if (Check date = requireDate(entry, QStringLiteral("dt"), path); !date)
        return date;
    return requireCountry(entry, path);
}

Check checkTest(const QJsonObject &entry, const QString &path)
{
    for (const char *key : {"tg", "tt", "tr"}) {
        if (Check code = requireCode(entry, QLatin1String(key), path); !code)
            return code;
    }
    QString device;
    if (Check present = optionalString(entry, QStringLiteral("ma"), path, &device); !present)
        return present;
    if (!device.isEmpty()) {
        if (Check ma = checkManufacturer(device, path + u"ma"); !ma)
            return ma;
    }
    // Test name and centre are shown, not checked: a long centre name must not void a signed pass.
    for (const char *key : {"nm", "tc"}) {
        const QJsonValue value = entry.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return violation(path + QLatin1String(key), QStringLiteral("not a string"));
    }
    if (Check sampled = checkDateTime(entry, QStringLiteral("sc"), path, true); !sampled)
        return sampled;
    if (Check resulted = checkDateTime(entry, QStringLiteral("dr"), path, false); !resulted)
        return resulted;
    return requireCountry(entry, path);
}

Check checkRecovery(const QJsonObject &entry, const QString &path)
{
    if (Check code = requireCode(entry, QStringLiteral("tg"), path); !code)
        return code;
    for (const char *key : {"fr", "df", "du"}) {
        if (Check date = requireDate(entry, QLatin1String(key), path); !date)
            return date;
    }
    return requireCountry(entry, path);
}

} // namespace

bool isHcertDate(const QString &text)
{
    if (text.size() > 10 && text[10] == u'T')
        return parseIsoDateTime(text).has_value();
    return parseIsoDate(text).has_value();
}

bool isHcertBirthDate(const QString &text)
{
    static const QRegularExpression partial(QStringLiteral("^((19|20)\\d\\d)(-(0[1-9]|1[0-2]))?$"));
    if (text.isEmpty() || partial.match(text).hasMatch())
        return true;
    if (!isHcertDate(text))
        return false;
    const int year = QStringView(text).first(4).toInt();
    return year >= 1900 && year <= 2099;
}

QList<StatementType> hcertStatementTypes(const QJsonObject &dcc)
{
    QList<StatementType> types;
    const std::pair<const char *, StatementType> groups[] = {
        {"v", StatementType::Vaccination}, {"t", StatementType::Test}, {"r", StatementType::Recovery}};
    for (const auto &[key, type] : groups) {
        const QJsonValue value = dcc.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            types.append(type);
    }
    return types;
}

Result<void, PassError> validateHcert(const QJsonObject &dcc)
{
    static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    QString ver;
    if (Check present = requireString(dcc, QStringLiteral("ver"), QString(), &ver); !present)
        return present;
    if (!version.match(ver).hasMatch())
        return violation(QStringLiteral("ver"),
                         QStringLiteral("'%1' is not a schema version (x.y.z)").arg(ver));

    if (Check name = checkName(dcc); !name)
        return name;

    QString dob;
    if (Check present = requireString(dcc, QStringLiteral("dob"), QString(), &dob); !present)
        return present;
    if (!isHcertBirthDate(dob))
        return violation(QStringLiteral("dob"),
                         QStringLiteral("'%1' is not a birth date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(dob));

    const QList<StatementType> types = hcertStatementTypes(dcc);
    if (types.isEmpty())
        return violation(QStringLiteral("v/t/r"), QStringLiteral("no vaccination, test or recovery entry"));
    if (types.size() > 1)
        return violation(
            QStringLiteral("v/t/r"),
            QStringLiteral("more than one of vaccination, test and recovery; a DCC holds exactly one"));

    const QString group = types.first() == StatementType::Vaccination ? QStringLiteral("v")
                          : types.first() == StatementType::Test      ? QStringLiteral("t")
                                                                      : QStringLiteral("r");
    const QJsonValue entries = dcc.value(group);
    if (!entries.isArray())
        return violation(group, QStringLiteral("not an array"));
    if (entries.toArray().size() != 1)
        return violation(group,
                         QStringLiteral("%1 entries; a DCC holds exactly one").arg(entries.toArray().size()));
    const QJsonValue first = entries.toArray().first();
    if (!first.isObject())
        return violation(group + u"[0]", QStringLiteral("not an object"));
    const QJsonObject entry = first.toObject();
    const QString path = group + u"[0].";

    Check content = types.first() == StatementType::Vaccination ? checkVaccination(entry, path)
                    : types.first() == StatementType::Test      ? checkTest(entry, path)
                                                                : checkRecovery(entry, path);
    if (!content)
        return content;
    if (Check issuer = requireText(entry, QStringLiteral("is"), path); !issuer)
        return issuer;
    return requireText(entry, QStringLiteral("ci"), path);
}

} // namespace passgate::dcc
