#include "formats/dcc/HcertSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

// valijson reports a schema it cannot compile by throwing (or aborting without this); the throw is
// caught in compile() and never leaves this file.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <regex>
#include <stdexcept>

namespace passgate::dcc {

struct HcertSchema::Compiled
{
    valijson::Schema schema;
    QString release;
};

namespace {

// The keyword "pattern" is compiled by FastPattern below instead of valijson's own std::regex.
const std::string fastPatternKeyword = "x-passgate-pattern";

// The document valijson compiles: "format" dropped (draft 2020-12: an annotation, see the header),
// "pattern" renamed to fastPatternKeyword. Only where they are keywords (string values), never a
// property that happens to be named so.
QJsonValue prepared(const QJsonValue &node)
{
    if (node.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : node.toArray())
            array.append(prepared(item));
        return array;
    }
    if (!node.isObject())
        return node;
    QJsonObject object;
    const QJsonObject source = node.toObject();
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (it.key() == u"format" && it.value().isString())
            continue;
        if (it.key() == u"pattern" && it.value().isString()) {
            object.insert(QString::fromStdString(fastPatternKeyword), it.value());
            continue;
        }
        if (it.key() == u"properties" && it.value().isObject()) {
            QJsonObject properties;
            const QJsonObject members = it.value().toObject();
            for (auto member = members.begin(); member != members.end(); ++member)
                properties.insert(member.key(), prepared(member.value()));
            object.insert(it.key(), properties);
            continue;
        }
        object.insert(it.key(), prepared(it.value()));
    }
    return object;
}

// JSON Schema's "pattern" (an unanchored ECMA-262 search) with the same result as valijson's own
// constraint, faster: std::regex's matcher was most of the schema stage's time. PCRE2 (through
// QRegularExpression, JIT-compiled once) agrees with ECMA-262 on these patterns for ASCII text
// without line terminators; anything else (where "." and "$" differ, or where valijson matches
// UTF-8 bytes) goes to std::regex exactly as valijson runs it.
class FastPattern : public valijson::constraints::PolyConstraint
{
public:
    explicit FastPattern(const std::string &pattern)
        : m_pattern(pattern)
        , m_fast(QString::fromStdString(pattern))
    {
        m_fast.optimize();
    }

    bool validate(const valijson::adapters::Adapter &target, const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        if (!target.isString())
            return true;
        const std::string text = target.asString();
        const bool matched =
            usesFastPath(text) && m_fast.isValid()
                ? m_fast.match(QString::fromLatin1(text.data(), qsizetype(text.size()))).hasMatch()
                : std::regex_search(text, std::regex(m_pattern));
        if (!matched && results)
            results->pushError(context, "Failed to match regex specified by 'pattern' constraint.");
        return matched;
    }

private:
    static bool usesFastPath(const std::string &text)
    {
        return std::all_of(text.begin(), text.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte < 0x80 && byte != '\n' && byte != '\r';
        });
    }

    Constraint *cloneInto(void *memory) const override { return new (memory) FastPattern(*this); }
    size_t sizeOf() const override { return sizeof(FastPattern); }

    std::string m_pattern;
    QRegularExpression m_fast;
};

class FastPatternBuilder : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &value) const override
    {
        std::string pattern;
        if (!value.getString(pattern))
            valijson::throwRuntimeError("'pattern' must be a string");
        return new FastPattern(pattern);
    }
};

// Where an error points: valijson's context ["<root>", "[v]", "[0]", "[ma]"] names the field
// "v[0].ma"; the value found there goes into the finding's words ("'1978-01-26T00:00:00'").
struct Location
{
    QString field;
    QJsonValue value;
};

Location locate(const QJsonValue &root, const std::vector<std::string> &context)
{
    Location location{QString(), root};
    for (const std::string &part : context) {
        if (part == "<root>")
            continue;
        QString name = QString::fromStdString(part);
        if (name.startsWith(u'[') && name.endsWith(u']'))
            name = name.mid(1, name.size() - 2);
        bool isIndex = false;
        const int index = name.toInt(&isIndex);
        if (isIndex && location.value.isArray()) {
            location.field += u'[' + name + u']';
            location.value = location.value.toArray().at(index);
        } else {
            location.field += (location.field.isEmpty() ? QString() : QStringLiteral(".")) + name;
            location.value = location.value.toObject().value(name);
        }
    }
    return location;
}

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
    const QJsonValue document_ = prepared(document.object());
    auto compiled = std::make_shared<Compiled>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.addConstraintBuilder(fastPatternKeyword, new FastPatternBuilder); // the parser owns it
        valijson::adapters::QtJsonAdapter adapter(document_);
        parser.populateSchema(adapter, compiled->schema);
    } catch (const std::exception &e) {
        return fail(
            QStringLiteral("the schema cannot be compiled: %1").arg(QString::fromStdString(e.what())));
    }
    static const QRegularExpression version(QStringLiteral("(\\d+\\.\\d+\\.\\d+)"));
    compiled->release =
        version.match(document.object().value(QLatin1String("$comment")).toString()).captured(1);
    return HcertSchema(std::move(compiled));
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
    const valijson::adapters::QtJsonAdapter adapter(target);
    // A validator caches the regular expressions of "pattern"; one per thread keeps that cache
    // without sharing it between threads.
    thread_local valijson::Validator validator;
    if (validator.validate(m_compiled->schema, adapter, nullptr))
        return {};
    valijson::ValidationResults results;
    validator.validate(m_compiled->schema, adapter, &results);
    std::vector<valijson::ValidationResults::Error> found(results.begin(), results.end());
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.context.size() > b.context.size(); });
    QList<std::pair<QString, QString>> errors;
    for (const auto &error : found) {
        QString words = QString::fromStdString(error.description);
        const Location location = locate(target, error.context);
        if (const QString value = shown(location.value); !value.isEmpty())
            words = QStringLiteral("%1 (value %2)").arg(words, value);
        errors.append({location.field, words});
    }
    if (errors.isEmpty())
        errors.append({QString(), QStringLiteral("not valid under the DCC schema")});
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
