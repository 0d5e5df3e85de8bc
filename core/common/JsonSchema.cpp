#include "common/JsonSchema_p.h"

#include "common/EcmaPattern_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace passgate {

namespace {

// Assertion and applicator keywords this evaluator does not implement: a schema using one is refused
// rather than checked less strictly than it says.
const char *const unsupportedKeywords[] = {"multipleOf",
                                           "uniqueItems",
                                           "contains",
                                           "minContains",
                                           "maxContains",
                                           "prefixItems",
                                           "additionalItems",
                                           "unevaluatedItems",
                                           "unevaluatedProperties",
                                           "patternProperties",
                                           "propertyNames",
                                           "dependentRequired",
                                           "dependentSchemas",
                                           "dependencies",
                                           "if",
                                           "then",
                                           "else",
                                           "$dynamicRef",
                                           "$dynamicAnchor",
                                           "$recursiveRef",
                                           "$recursiveAnchor",
                                           "$anchor"};

constexpr int maximumNesting = 256; // schema applications on one path: a $ref cycle stops here

enum TypeBit : quint8
{
    NullType = 1,
    BooleanType = 2,
    ObjectType = 4,
    ArrayType = 8,
    NumberType = 16,
    StringType = 32,
    IntegerType = 64,
};

std::optional<quint8> typeBit(const QString &name)
{
    static const std::pair<const char *, quint8> names[] = {
        {"null", NullType},     {"boolean", BooleanType}, {"object", ObjectType},  {"array", ArrayType},
        {"number", NumberType}, {"string", StringType},   {"integer", IntegerType}};
    for (const auto &[text, bit] : names) {
        if (name == QLatin1String(text))
            return bit;
    }
    return std::nullopt;
}

bool isInteger(double number)
{
    return std::isfinite(number) && std::trunc(number) == number;
}

// What a value is, in the words of the "type" keyword.
QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return isInteger(value.toDouble()) ? QStringLiteral("an integer") : QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString allowedTypes(quint8 types)
{
    static const std::pair<quint8, const char *> names[] = {
        {NullType, "null"},     {BooleanType, "boolean"}, {ObjectType, "object"},  {ArrayType, "list"},
        {NumberType, "number"}, {StringType, "string"},   {IntegerType, "integer"}};
    QStringList allowed;
    for (const auto &[bit, text] : names) {
        if (types & bit)
            allowed.append(QLatin1String(text));
    }
    return allowed.join(QLatin1String(" or "));
}

// JSON Schema counts characters (code points), not UTF-16 units.
qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

QString countOf(qsizetype count, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

struct JsonSchema::Node
{
    bool rejectsAll = false; // the schema `false`
    const Node *ref = nullptr;
    quint8 types = 0;                               // 0: any type
    std::optional<QList<QJsonValue>> allowedValues; // "enum" ("const" is a one-value enum)
    bool isConst = false;
    std::optional<double> minimum, maximum, exclusiveMinimum, exclusiveMaximum;
    std::optional<qsizetype> minLength, maxLength;
    std::optional<EcmaPattern> pattern;
    const Node *items = nullptr;
    std::optional<qsizetype> minItems, maxItems, minProperties, maxProperties;
    std::vector<std::pair<QString, const Node *>> properties; // sorted by name
    QStringList required;
    const Node *additionalProperties = nullptr;
    std::vector<const Node *> allOf, anyOf, oneOf;
    const Node *notSchema = nullptr;

    const Node *property(QStringView name) const
    {
        const auto found = std::lower_bound(
            properties.begin(), properties.end(), name,
            [](const std::pair<QString, const Node *> &entry, QStringView key) { return entry.first < key; });
        return found != properties.end() && found->first == name ? found->second : nullptr;
    }
};

struct JsonSchema::Compiled
{
    std::deque<Node> nodes; // a deque: nodes point at each other and never move
    const Node *root = nullptr;
};

class JsonSchema::Compiler
{
public:
    explicit Compiler(const QJsonValue &document)
        : m_document(document)
    {}

    Result<const Node *, QString> compile(Compiled &into)
    {
        m_into = &into;
        const Node *root = nodeAt(QString(), m_document);
        if (!m_error.isEmpty())
            return fail(m_error);
        return root;
    }

private:
    // The node for the subschema at JSON pointer `pointer`; one node per location, so a $ref cycle
    // closes on itself.
    const Node *nodeAt(const QString &pointer, const QJsonValue &schema)
    {
        if (const auto known = m_nodes.find(pointer); known != m_nodes.end())
            return known->second;
        Node &node = m_into->nodes.emplace_back();
        m_nodes.emplace(pointer, &node);
        fill(node, pointer, schema);
        return &node;
    }

    bool refuse(const QString &pointer, const QString &why)
    {
        if (m_error.isEmpty())
            m_error =
                QStringLiteral("%1: %2").arg(pointer.isEmpty() ? QStringLiteral("(root)") : pointer, why);
        return false;
    }

    static QString child(const QString &pointer, QStringView name)
    {
        QString escaped = name.toString();
        escaped.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
        return pointer + u'/' + escaped;
    }

    const Node *subschema(const QString &pointer, const QJsonValue &schema)
    {
        if (!schema.isObject() && !schema.isBool()) {
            refuse(pointer, QStringLiteral("a subschema must be an object or a boolean"));
            return nullptr;
        }
        return nodeAt(pointer, schema);
    }

    std::optional<qsizetype> count(const QString &pointer, const QJsonValue &value)
    {
        if (!value.isDouble() || !isInteger(value.toDouble()) || value.toDouble() < 0) {
            refuse(pointer, QStringLiteral("must be a non-negative integer"));
            return std::nullopt;
        }
        return qsizetype(value.toDouble());
    }

    std::optional<double> limit(const QString &pointer, const QJsonValue &value)
    {
        if (!value.isDouble()) {
            refuse(pointer, QStringLiteral("must be a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::vector<const Node *> list(const QString &pointer, const QJsonValue &value)
    {
        std::vector<const Node *> nodes;
        if (!value.isArray() || value.toArray().isEmpty()) {
            refuse(pointer, QStringLiteral("must be a non-empty list of subschemas"));
            return nodes;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            nodes.push_back(subschema(pointer + u'/' + QString::number(i), items.at(i)));
        return nodes;
    }

    // "#", "#/$defs/x": a JSON pointer in the URI fragment, within this document.
    const Node *resolve(const QString &pointer, const QString &reference)
    {
        if (!reference.startsWith(u'#') || (reference.size() > 1 && reference.at(1) != u'/')) {
            refuse(pointer,
                   QStringLiteral("$ref '%1' is not a JSON pointer into this document").arg(reference));
            return nullptr;
        }
        const QString target = QUrl::fromPercentEncoding(reference.mid(1).toUtf8());
        QJsonValue at = m_document;
        const QStringList steps = target.split(u'/');
        for (qsizetype i = 1; i < steps.size(); ++i) {
            QString step = steps.at(i);
            step.replace(QLatin1String("~1"), QLatin1String("/"))
                .replace(QLatin1String("~0"), QLatin1String("~"));
            if (at.isObject() && at.toObject().contains(step)) {
                at = at.toObject().value(step);
            } else if (at.isArray() && !step.isEmpty() && step.toUInt() < quint32(at.toArray().size())) {
                at = at.toArray().at(step.toUInt());
            } else {
                refuse(pointer, QStringLiteral("$ref '%1' leads nowhere").arg(reference));
                return nullptr;
            }
        }
        return subschema(target, at);
    }

    void fill(Node &node, const QString &pointer, const QJsonValue &schema)
    {
        if (schema.isBool()) {
            node.rejectsAll = !schema.toBool();
            return;
        }
        const QJsonObject object = schema.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QJsonValue value = it.value();
            const QString at = child(pointer, key);
            if (std::any_of(std::begin(unsupportedKeywords), std::end(unsupportedKeywords),
                            [&](const char *name) { return key == QLatin1String(name); })) {
                refuse(at, QStringLiteral("the keyword '%1' is not supported").arg(key));
            } else if (key == u"$id" && !pointer.isEmpty()) {
                // A nested $id moves the base of every $ref below it; refused rather than misread.
                refuse(at, QStringLiteral("a $id inside the schema is not supported"));
            } else if (key == u"$ref") {
                if (!value.isString())
                    refuse(at, QStringLiteral("must be a string"));
                else
                    node.ref = resolve(at, value.toString());
            } else if (key == u"type") {
                fillType(node, at, value);
            } else if (key == u"enum") {
                if (!value.isArray()) {
                    refuse(at, QStringLiteral("must be a list"));
                    continue;
                }
                node.allowedValues.emplace();
                for (const QJsonValue &allowed : value.toArray())
                    node.allowedValues->append(allowed);
            } else if (key == u"const") {
                node.allowedValues = QList<QJsonValue>{value};
                node.isConst = true;
            } else if (key == u"minimum") {
                node.minimum = limit(at, value);
            } else if (key == u"maximum") {
                node.maximum = limit(at, value);
            } else if (key == u"exclusiveMinimum") {
                node.exclusiveMinimum = limit(at, value);
            } else if (key == u"exclusiveMaximum") {
                node.exclusiveMaximum = limit(at, value);
            } else if (key == u"minLength") {
                node.minLength = count(at, value);
            } else if (key == u"maxLength") {
                node.maxLength = count(at, value);
            } else if (key == u"pattern") {
                fillPattern(node, at, value);
            } else if (key == u"items") {
                if (value.isArray())
                    refuse(at,
                           QStringLiteral("a list of item schemas is draft-7 syntax (2020-12: prefixItems)"));
                else
                    node.items = subschema(at, value);
            } else if (key == u"minItems") {
                node.minItems = count(at, value);
            } else if (key == u"maxItems") {
                node.maxItems = count(at, value);
            } else if (key == u"minProperties") {
                node.minProperties = count(at, value);
            } else if (key == u"maxProperties") {
                node.maxProperties = count(at, value);
            } else if (key == u"properties") {
                if (!value.isObject()) {
                    refuse(at, QStringLiteral("must be an object"));
                    continue;
                }
                const QJsonObject properties = value.toObject();
                for (auto property = properties.begin(); property != properties.end(); ++property)
                    node.properties.emplace_back(property.key(),
                                                 subschema(child(at, property.key()), property.value()));
                std::sort(node.properties.begin(), node.properties.end(),
                          [](const auto &a, const auto &b) { return a.first < b.first; });
            } else if (key == u"required") {
                const QJsonArray names = value.toArray();
                if (!value.isArray() || std::any_of(names.begin(), names.end(),
                                                    [](const QJsonValue &name) { return !name.isString(); }))
                    refuse(at, QStringLiteral("must be a list of names"));
                for (const QJsonValue &name : names)
                    node.required.append(name.toString());
            } else if (key == u"additionalProperties") {
                node.additionalProperties = subschema(at, value);
            } else if (key == u"allOf") {
                node.allOf = list(at, value);
            } else if (key == u"anyOf") {
                node.anyOf = list(at, value);
            } else if (key == u"oneOf") {
                node.oneOf = list(at, value);
            } else if (key == u"not") {
                node.notSchema = subschema(at, value);
            }
            // Anything else is an annotation ($comment, title, description, examples, format, vendor
            // keywords such as "valueset-uri"); $defs are compiled when a $ref reaches them.
        }
    }

    void fillType(Node &node, const QString &at, const QJsonValue &value)
    {
        const QJsonArray names = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &name : names) {
            const std::optional<quint8> bit = typeBit(name.toString());
            if (!bit) {
                refuse(at, QStringLiteral("'%1' is not a JSON Schema type").arg(name.toString()));
                return;
            }
            node.types |= *bit;
        }
        if (node.types == 0)
            refuse(at, QStringLiteral("names no type"));
    }

    void fillPattern(Node &node, const QString &at, const QJsonValue &value)
    {
        if (!value.isString()) {
            refuse(at, QStringLiteral("must be a string"));
            return;
        }
        Result<EcmaPattern, QString> pattern = EcmaPattern::compile(value.toString());
        if (!pattern) {
            refuse(at, pattern.error());
            return;
        }
        node.pattern = std::move(pattern).value();
    }

    QJsonValue m_document;
    Compiled *m_into = nullptr;
    std::map<QString, const Node *> m_nodes;
    QString m_error;
};

// One run of the schema over a document. Without a findings list it stops at the first failed
// assertion and allocates nothing beyond what reading the document costs.
class JsonSchema::Evaluation
{
public:
    explicit Evaluation(QList<Finding> *findings)
        : m_findings(findings)
    {}

    bool check(const Node &node, const QJsonValue &value)
    {
        if (m_nesting >= maximumNesting)
            return report(value, [&] {
                return QStringLiteral("the schema nests deeper than %1 levels here").arg(maximumNesting);
            });
        ++m_nesting;
        const bool valid = checkNode(node, value);
        --m_nesting;
        return valid;
    }

    // Findings deepest first; ties keep the order they were found in.
    void sortFindings()
    {
        std::stable_sort(m_collected.begin(), m_collected.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (auto &[depth, finding] : m_collected)
            m_findings->append(std::move(finding));
    }

private:
    struct Step
    {
        QStringView key; // a property name, when not a list index
        qsizetype index = -1;
    };

    bool collecting() const { return m_findings != nullptr; }

    // Always false, so that `return report(...)` reads as the failure it is. The words are made
    // only when collected: a quiet check (isValid, an anyOf branch) fails without allocating.
    template<typename Words>
    bool report(const QJsonValue &value, const Words &words)
    {
        if (!collecting())
            return false;
        QString path;
        for (const Step &step : m_path) {
            if (step.index >= 0)
                path += u'[' + QString::number(step.index) + u']';
            else
                path += (path.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
        }
        m_collected.emplace_back(m_path.size(), Finding{path, words(), value});
        return false;
    }

    // A branch of anyOf/oneOf/not, checked quietly: whether it holds decides the combinator; its
    // findings only matter when the combinator fails (reportBranches).
    bool branchValid(const Node &node, const QJsonValue &value)
    {
        Evaluation quiet(nullptr);
        quiet.m_nesting = m_nesting;
        return quiet.check(node, value);
    }

    void reportBranches(const std::vector<const Node *> &branches, const QJsonValue &value)
    {
        for (const Node *branch : branches)
            check(*branch, value);
    }

    // Each check below reports what fails and returns whether the value passed; without a findings
    // list it returns at the first failure.
    bool checkNode(const Node &node, const QJsonValue &value)
    {
        if (node.rejectsAll)
            return report(value, [&] { return QStringLiteral("no value is allowed here"); });
        bool valid = true;
        const auto passed = [&](bool ok) {
            valid = valid && ok;
            return ok || collecting();
        };
        if (node.ref && !passed(check(*node.ref, value)))
            return false;
        if (node.types != 0 && !hasType(node.types, value) && !passed(report(value, [&] {
                return QStringLiteral("must be %1 (it is %2)")
                    .arg(allowedTypes(node.types), jsonTypeName(value));
            })))
            return false;
        if (node.allowedValues &&
            std::find(node.allowedValues->begin(), node.allowedValues->end(), value) ==
                node.allowedValues->end() &&
            !passed(report(value, [&] {
                return node.isConst ? QStringLiteral("must be the one value allowed here")
                                    : QStringLiteral("is not one of the values allowed here");
            })))
            return false;

        bool typed = true;
        switch (value.type()) {
        case QJsonValue::Double:
            typed = checkNumber(node, value);
            break;
        case QJsonValue::String:
            typed = checkString(node, value);
            break;
        case QJsonValue::Array:
            typed = checkArray(node, value);
            break;
        case QJsonValue::Object:
            typed = checkObject(node, value);
            break;
        default:
            break;
        }
        if (!passed(typed))
            return false;

        for (const Node *part : node.allOf) {
            if (!passed(check(*part, value)))
                return false;
        }
        if (!node.anyOf.empty() &&
            std::none_of(node.anyOf.begin(), node.anyOf.end(),
                         [&](const Node *branch) { return branchValid(*branch, value); })) {
            if (collecting())
                reportBranches(node.anyOf, value);
            if (!passed(
                    report(value, [&] { return QStringLiteral("matches none of the forms allowed here"); })))
                return false;
        }
        if (!node.oneOf.empty()) {
            int matched = 0;
            for (const Node *branch : node.oneOf) {
                if (branchValid(*branch, value) && ++matched > 1)
                    break;
            }
            if (matched == 0 && collecting())
                reportBranches(node.oneOf, value);
            if (matched != 1 && !passed(report(value, [&] {
                    return matched == 0 ? QStringLiteral("matches none of the forms allowed here")
                                        : QStringLiteral("matches more than one of the forms of "
                                                         "which exactly one is allowed here");
                })))
                return false;
        }
        if (node.notSchema && branchValid(*node.notSchema, value) &&
            !passed(report(value, [&] { return QStringLiteral("matches a form that is not allowed here"); })))
            return false;
        return valid;
    }

    static bool hasType(quint8 types, const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return types & NullType;
        case QJsonValue::Bool:
            return types & BooleanType;
        case QJsonValue::Double:
            return (types & NumberType) || ((types & IntegerType) && isInteger(value.toDouble()));
        case QJsonValue::String:
            return types & StringType;
        case QJsonValue::Array:
            return types & ArrayType;
        case QJsonValue::Object:
            return types & ObjectType;
        case QJsonValue::Undefined:
            break;
        }
        return false;
    }

    bool checkNumber(const Node &node, const QJsonValue &value)
    {
        const double n = value.toDouble();
        bool valid = true;
        const auto passed = [&](bool ok) {
            valid = valid && ok;
            return ok || collecting();
        };
        if (node.minimum && n < *node.minimum && !passed(report(value, [&] {
                return QStringLiteral("must be at least %1").arg(number(*node.minimum));
            })))
            return false;
        if (node.exclusiveMinimum && n <= *node.exclusiveMinimum && !passed(report(value, [&] {
                return QStringLiteral("must be more than %1").arg(number(*node.exclusiveMinimum));
            })))
            return false;
        if (node.maximum && n > *node.maximum && !passed(report(value, [&] {
                return QStringLiteral("must be at most %1").arg(number(*node.maximum));
            })))
            return false;
        if (node.exclusiveMaximum && n >= *node.exclusiveMaximum && !passed(report(value, [&] {
                return QStringLiteral("must be less than %1").arg(number(*node.exclusiveMaximum));
            })))
            return false;
        return valid;
    }

    bool checkString(const Node &node, const QJsonValue &value)
    {
        if (!node.minLength && !node.maxLength && !node.pattern)
            return true; // spares reading the text out of the document
        bool valid = true;
        const auto passed = [&](bool ok) {
            valid = valid && ok;
            return ok || collecting();
        };
        const QString text = value.toString();
        if (node.minLength || node.maxLength) {
            const qsizetype length = codePoints(text);
            if (node.minLength && length < *node.minLength && !passed(report(value, [&] {
                    return QStringLiteral("must have at least %1 (it has %2)")
                        .arg(countOf(*node.minLength, "character", "characters"))
                        .arg(length);
                })))
                return false;
            if (node.maxLength && length > *node.maxLength && !passed(report(value, [&] {
                    return QStringLiteral("must have at most %1 (it has %2)")
                        .arg(countOf(*node.maxLength, "character", "characters"))
                        .arg(length);
                })))
                return false;
        }
        if (node.pattern) {
            const std::optional<bool> found = node.pattern->search(text);
            if (!found && !passed(report(value, [&] {
                    return QStringLiteral("is too long or complex to match against the pattern %1")
                        .arg(node.pattern->source());
                })))
                return false;
            if (found && !*found && !passed(report(value, [&] {
                    return QStringLiteral("does not match the pattern %1").arg(node.pattern->source());
                })))
                return false;
        }
        return valid;
    }

    bool checkArray(const Node &node, const QJsonValue &value)
    {
        const QJsonArray array = value.toArray();
        bool valid = true;
        const auto passed = [&](bool ok) {
            valid = valid && ok;
            return ok || collecting();
        };
        if (node.minItems && array.size() < *node.minItems && !passed(report(value, [&] {
                return QStringLiteral("must have at least %1 (it has %2)")
                    .arg(countOf(*node.minItems, "entry", "entries"))
                    .arg(array.size());
            })))
            return false;
        if (node.maxItems && array.size() > *node.maxItems && !passed(report(value, [&] {
                return QStringLiteral("must have at most %1 (it has %2)")
                    .arg(countOf(*node.maxItems, "entry", "entries"))
                    .arg(array.size());
            })))
            return false;
        if (node.items) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                m_path.append(Step{QStringView(), i});
                const bool itemValid = check(*node.items, array.at(i));
                m_path.removeLast();
                if (!passed(itemValid))
                    return false;
            }
        }
        return valid;
    }

    bool checkObject(const Node &node, const QJsonValue &value)
    {
        const QJsonObject object = value.toObject();
        bool valid = true;
        const auto passed = [&](bool ok) {
            valid = valid && ok;
            return ok || collecting();
        };
        for (const QString &name : node.required) {
            if (!object.contains(name) &&
                !passed(report(value, [&] { return QStringLiteral("the field '%1' is missing").arg(name); })))
                return false;
        }
        if (node.minProperties && object.size() < *node.minProperties && !passed(report(value, [&] {
                return QStringLiteral("must have at least %1")
                    .arg(countOf(*node.minProperties, "field", "fields"));
            })))
            return false;
        if (node.maxProperties && object.size() > *node.maxProperties && !passed(report(value, [&] {
                return QStringLiteral("must have at most %1")
                    .arg(countOf(*node.maxProperties, "field", "fields"));
            })))
            return false;
        const auto member = [&](QStringView name, const Node &schema, const QJsonValue &memberValue) {
            m_path.append(Step{name, -1});
            const bool memberValid = check(schema, memberValue);
            m_path.removeLast();
            return memberValid;
        };
        for (const auto &[name, schema] : node.properties) {
            const auto found = object.constFind(name);
            if (found != object.constEnd() && !passed(member(name, *schema, found.value())))
                return false;
        }
        if (node.additionalProperties) {
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QString name = it.key(); // the path keeps a view of it while the member is checked
                if (!node.property(name) && !passed(member(name, *node.additionalProperties, it.value())))
                    return false;
            }
        }
        return valid;
    }

    QList<Finding> *m_findings;
    std::vector<std::pair<qsizetype, Finding>> m_collected;
    QVarLengthArray<Step, 16> m_path;
    int m_nesting = 0;
};

JsonSchema::JsonSchema(std::shared_ptr<const Compiled> compiled)
    : m_compiled(std::move(compiled))
{}

Result<JsonSchema, QString> JsonSchema::compile(const QJsonValue &schema)
{
    if (!schema.isObject() && !schema.isBool())
        return fail(QStringLiteral("a schema is an object or a boolean"));
    auto compiled = std::make_shared<Compiled>();
    Result<const Node *, QString> root = Compiler(schema).compile(*compiled);
    if (!root)
        return fail(root.error());
    compiled->root = *root;
    return JsonSchema(std::move(compiled));
}

bool JsonSchema::isValid(const QJsonValue &document) const
{
    return Evaluation(nullptr).check(*m_compiled->root, document);
}

QList<JsonSchema::Finding> JsonSchema::findings(const QJsonValue &document) const
{
    QList<Finding> found;
    Evaluation evaluation(&found);
    evaluation.check(*m_compiled->root, document);
    evaluation.sortFindings();
    return found;
}

} // namespace passgate
