#include "formats/dcc/HcertSchema.h"

#include "common/JsonSchema_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace passgate::dcc {

struct HcertSchema::Compiled
{
    JsonSchema schema;
    QString release;
};

namespace {

// A scalar value as the finding shows it; nothing for maps and lists.
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return u'\'' + value.toString().left(40) +
               (value.toString().size() > 40 ? QStringLiteral("...'") : QStringLiteral("'"));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

HcertSchema::HcertSchema(std::shared_ptr<const Compiled> compiled)
    : m_compiled(std::move(compiled))
{}

Result<HcertSchema, QString> HcertSchema::compile(const QByteArray &schemaJson)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(schemaJson, &error);
    if (!document.isObject())
        return fail(QStringLiteral("the schema is not a JSON object: %1").arg(error.errorString()));
    Result<JsonSchema, QString> schema = JsonSchema::compile(document.object());
    if (!schema)
        return fail(QStringLiteral("the schema cannot be compiled: %1").arg(schema.error()));
    static const QRegularExpression version(QStringLiteral("(\\d+\\.\\d+\\.\\d+)"));
    const QString release =
        version.match(document.object().value(QLatin1String("$comment")).toString()).captured(1);
    return HcertSchema(std::make_shared<Compiled>(Compiled{std::move(schema).value(), release}));
}

Result<HcertSchema, QString> HcertSchema::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Result<HcertSchema, QString> schema = compile(file.readAll());
    if (!schema)
        return fail(QStringLiteral("%1: %2").arg(path, schema.error()));
    return schema;
}

QString HcertSchema::publishedRelease()
{
    return QStringLiteral("1.3.3");
}

const HcertSchema &HcertSchema::published()
{
    static const HcertSchema schema = [] {
        Result<HcertSchema, QString> loaded =
            fromFile(QStringLiteral(":/dcc-schema/DCC.combined-schema-%1.json").arg(publishedRelease()));
        // The file is compiled into the binary; tst_hcertschema fails long before a kiosk could.
        if (!loaded)
            qFatal("passgate: the built-in DCC schema is unusable: %s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return schema;
}

QString HcertSchema::release() const
{
    return m_compiled->release;
}

QList<std::pair<QString, QString>> HcertSchema::errors(const QJsonObject &dcc) const
{
    const QJsonValue target(dcc);
    if (m_compiled->schema.isValid(target))
        return {};
    QList<std::pair<QString, QString>> errors;
    for (const JsonSchema::Finding &finding : m_compiled->schema.findings(target)) {
        QString words = finding.words;
        if (const QString value = shown(finding.value); !value.isEmpty())
            words = QStringLiteral("%1 (value %2)").arg(words, value);
        errors.append({finding.path, words});
    }
    return errors;
}

Result<void, PassError> HcertSchema::validate(const QJsonObject &dcc) const
{
    const QList<std::pair<QString, QString>> found = errors(dcc);
    if (found.isEmpty())
        return {};
    const auto &[field, words] = found.first();
    return fail(PassErrorCode::SchemaViolation,
                field.isEmpty() ? words : QStringLiteral("%1: %2").arg(field, words));
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

} // namespace passgate::dcc
