#include "station/ConfigFields_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace passgate {

namespace {

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

ConfigFields::ConfigFields(QJsonObject object)
    : m_object(std::move(object))
{}

QString ConfigFields::written(const QString &key) const
{
    // An array wrapper gives any value (a bare string or number too) its JSON spelling.
    const QByteArray json = QJsonDocument(QJsonArray{m_object.value(key)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

void ConfigFields::addProblem(const QString &key, const QString &line)
{
    m_problems.append(line);
    if (!m_wrongKeys.contains(key))
        m_wrongKeys.append(key);
}

void ConfigFields::report(const QString &key, const QString &whatIsAllowed)
{
    addProblem(key, QStringLiteral("%1: %2 is not allowed; %3").arg(key, written(key), whatIsAllowed));
}

void ConfigFields::text(const QString &key, QString *into)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return;
    if (!value.isString()) {
        addProblem(key, QStringLiteral("%1: %2 is %3; expected text").arg(key, written(key), kindOf(value)));
        return;
    }
    *into = value.toString();
}

void ConfigFields::choice(const QString &key, const QStringList &allowed, QString *into)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return;
    QStringList shown;
    for (const QString &name : allowed)
        shown.append(name.isEmpty() ? QStringLiteral("\"\"") : name);
    const QString expected = QStringLiteral("expected one of %1").arg(shown.join(QStringLiteral(", ")));
    if (!value.isString()) {
        addProblem(key, QStringLiteral("%1: %2 is %3; %4").arg(key, written(key), kindOf(value), expected));
        return;
    }
    if (!allowed.contains(value.toString())) {
        report(key, expected);
        return;
    }
    *into = value.toString();
}

void ConfigFields::whole(const QString &key, int min, int max, int *into)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return;
    const QString expected = QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max);
    if (!value.isDouble()) {
        addProblem(key, QStringLiteral("%1: %2 is %3; %4").arg(key, written(key), kindOf(value), expected));
        return;
    }
    // The range first: converting a huge number to an integer is undefined.
    const double number = value.toDouble();
    if (!(number >= min && number <= max)) {
        report(key, expected);
        return;
    }
    if (number != double(int(number))) {
        addProblem(key, QStringLiteral("%1: %2 is a fraction; %3").arg(key, written(key), expected));
        return;
    }
    *into = int(number);
}

void ConfigFields::flag(const QString &key, bool *into)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return;
    if (!value.isBool()) {
        addProblem(
            key,
            QStringLiteral("%1: %2 is %3; expected true or false").arg(key, written(key), kindOf(value)));
        return;
    }
    *into = value.toBool();
}

void ConfigFields::textList(const QString &key, QStringList *into)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return;
    QStringList items;
    bool allText = value.isArray();
    for (const QJsonValue &item : value.toArray()) {
        allText = allText && item.isString();
        items.append(item.toString());
    }
    if (!allText) {
        addProblem(
            key,
            QStringLiteral("%1: %2 is not a list of texts; expected [\"...\", ...]").arg(key, written(key)));
        return;
    }
    *into = items;
}

void ConfigFields::rejectUnknownKeys(const QStringList &known)
{
    for (const QString &key : m_object.keys()) {
        if (!known.contains(key))
            addProblem(key, QStringLiteral("%1: not a setting passgate knows (a typo?); the settings are %2")
                                .arg(key, known.join(QStringLiteral(", "))));
    }
}

} // namespace passgate
