#include "common/JsonSchema_p.h"
#include "support/DccSamples.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

// valijson, given the same schema: the independent validator this evaluator is held to.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

using namespace passgate;
using namespace passgate::test;

namespace {

// JSON written with ' for " so that the tables read easily (moc 6.4 cannot read raw strings).
QJsonValue json(const char *text)
{
    QByteArray source = QByteArray("[") + QByteArray(text) + QByteArray("]"); // scalars parse too
    source.replace('\'', '"');
    return QJsonDocument::fromJson(source).array().at(0);
}

JsonSchema compiled(const QJsonValue &schema)
{
    Result<JsonSchema, QString> result = JsonSchema::compile(schema);
    if (!result)
        qFatal("test schema does not compile: %s", qPrintable(result.error()));
    return std::move(result).value();
}

// The schema as valijson's draft-7 parser must see it to mean what 2020-12 means: "format" is an
// annotation in 2020-12 and an assertion in valijson.
QJsonValue withoutFormat(const QJsonValue &node)
{
    if (node.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : node.toArray())
            array.append(withoutFormat(item));
        return array;
    }
    if (!node.isObject())
        return node;
    QJsonObject object;
    const QJsonObject source = node.toObject();
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (it.key() == u"format" && it.value().isString())
            continue;
        if (it.key() == u"properties" && it.value().isObject()) {
            QJsonObject properties;
            const QJsonObject members = it.value().toObject();
            for (auto member = members.begin(); member != members.end(); ++member)
                properties.insert(member.key(), withoutFormat(member.value()));
            object.insert(it.key(), properties);
            continue;
        }
        object.insert(it.key(), withoutFormat(it.value()));
    }
    return object;
}

// Every path to a value in a document ("v/0/ma"), maps and lists included.
void collectPaths(const QJsonValue &node, const QString &prefix, QStringList &paths)
{
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + u'/' + it.key();
            paths.append(path);
            collectPaths(it.value(), path, paths);
        }
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = prefix + u'/' + QString::number(i);
            paths.append(path);
            collectPaths(array.at(i), path, paths);
        }
    }
}

} // namespace

class JsonSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One keyword at a time: a document it accepts or refuses, and where the first finding points.
    void keywords_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("path");
        const auto row = [](const char *name, const char *schema, const char *document, bool valid,
                            const char *path = "") {
            QTest::newRow(name) << QString::fromUtf8(schema) << QString::fromUtf8(document) << valid
                                << QString::fromUtf8(path);
        };
        row("true accepts anything", "true", "{'a': [1]}", true);
        row("false refuses anything", "false", "null", false);
        row("empty schema accepts", "{}", "'x'", true);
        row("type string", "{'type': 'string'}", "'x'", true);
        row("type string refuses number", "{'type': 'string'}", "1", false);
        row("integer accepts 3", "{'type': 'integer'}", "3", true);
        row("integer accepts 3.0 (zero fraction)", "{'type': 'integer'}", "3.0", true);
        row("integer refuses 3.5", "{'type': 'integer'}", "3.5", false);
        row("number accepts 3.5", "{'type': 'number'}", "3.5", true);
        row("type list", "{'type': ['string', 'null']}", "null", true);
        row("type list refuses", "{'type': ['string', 'null']}", "false", false);
        row("boolean", "{'type': 'boolean'}", "true", true);
        row("array", "{'type': 'array'}", "[]", true);
        row("object refuses array", "{'type': 'object'}", "[]", false);
        row("enum", "{'enum': ['a', 1, null]}", "1", true);
        row("enum 1.0 equals 1", "{'enum': [1]}", "1.0", true);
        row("enum refuses", "{'enum': ['a', 1]}", "'b'", false);
        row("const", "{'const': {'a': [1, 2]}}", "{'a': [1, 2]}", true);
        row("const refuses", "{'const': {'a': [1, 2]}}", "{'a': [2, 1]}", false);
        row("minimum", "{'minimum': 1}", "1", true);
        row("minimum refuses", "{'minimum': 1}", "0.5", false);
        row("exclusiveMinimum refuses equal", "{'exclusiveMinimum': 1}", "1", false);
        row("maximum", "{'maximum': 9}", "9", true);
        row("maximum refuses", "{'maximum': 9}", "10", false);
        row("exclusiveMaximum refuses equal", "{'exclusiveMaximum': 9}", "9", false);
        row("number keywords ignore strings", "{'minimum': 1}", "'0'", true);
        row("maxLength", "{'maxLength': 2}", "'ab'", true);
        row("maxLength refuses", "{'maxLength': 2}", "'abc'", false);
        row("maxLength counts code points, not UTF-16 units", "{'maxLength': 2}", "'😀😀'", true);
        row("minLength counts code points", "{'minLength': 3}", "'😀😀'", false);
        row("Hangul is one character each", "{'maxLength': 3}", "'홍길동'", true);
        row("string keywords ignore numbers", "{'maxLength': 1}", "12345", true);
        row("pattern is searched, not anchored", "{'pattern': '[0-9]'}", "'ab1'", true);
        row("pattern refuses", "{'pattern': '^[A-Z]+$'}", "'AbC'", false);
        row("pattern: $ is the very end, not before a final newline", "{'pattern': '^[A-Z]+$'}", "\"ABC\\n\"",
            false);
        row("pattern over non-ASCII text", "{'pattern': '^.{3}$'}", "'홍길동'", true);
        row("pattern: . does not match a line terminator", "{'pattern': '^.+$'}", "\"A\\rB\"", false);
        row("pattern: \\d is ASCII only", "{'pattern': '^\\\\d+$'}", "'١٢'", false);
        row("items", "{'items': {'type': 'integer'}}", "[1, 2]", true);
        row("items refuses", "{'items': {'type': 'integer'}}", "[1, 'x']", false, "[1]");
        row("minItems refuses", "{'minItems': 1}", "[]", false);
        row("maxItems refuses", "{'maxItems': 1}", "[1, 2]", false);
        row("properties", "{'properties': {'a': {'type': 'string'}}}", "{'a': 'x', 'b': 1}", true);
        row("properties refuses", "{'properties': {'a': {'type': 'string'}}}", "{'a': 1}", false, "a");
        row("nested path", "{'properties': {'v': {'items': {'properties': {'ma': {'type': 'string'}}}}}}",
            "{'v': [{'ma': 'x'}, {'ma': 2}]}", false, "v[1].ma");
        row("required", "{'required': ['a']}", "{'a': null}", true);
        row("required refuses", "{'required': ['a', 'b']}", "{'a': 1}", false);
        row("required ignores non-objects", "{'required': ['a']}", "[]", true);
        row("additionalProperties false", "{'properties': {'a': {}}, 'additionalProperties': false}",
            "{'a': 1, 'b': 2}", false, "b");
        row("additionalProperties schema",
            "{'properties': {'a': {}}, 'additionalProperties': {'type': 'integer'}}", "{'a': 'x', 'b': 2}",
            true);
        row("minProperties refuses", "{'minProperties': 2}", "{'a': 1}", false);
        row("maxProperties refuses", "{'maxProperties': 1}", "{'a': 1, 'b': 2}", false);
        row("allOf", "{'allOf': [{'type': 'string'}, {'maxLength': 1}]}", "'ab'", false);
        row("anyOf", "{'anyOf': [{'required': ['fnt']}, {'required': ['gnt']}]}", "{'gnt': 'X'}", true);
        row("anyOf refuses", "{'anyOf': [{'required': ['fnt']}, {'required': ['gnt']}]}", "{}", false);
        row("oneOf", "{'oneOf': [{'required': ['v']}, {'required': ['t']}]}", "{'t': []}", true);
        row("oneOf refuses two", "{'oneOf': [{'required': ['v']}, {'required': ['t']}]}",
            "{'v': [], 't': []}", false);
        row("oneOf refuses none", "{'oneOf': [{'required': ['v']}, {'required': ['t']}]}", "{}", false);
        row("not", "{'not': {'type': 'null'}}", "1", true);
        row("not refuses", "{'not': {'type': 'null'}}", "null", false);
        row("$ref to $defs",
            "{'$defs': {'d': {'type': 'string'}}, 'properties': {'a': {'$ref': '#/$defs/d'}}}", "{'a': 1}",
            false, "a");
        row("$ref beside other keywords (2020-12 applies both)",
            "{'$defs': {'d': {'type': 'string'}}, '$ref': '#/$defs/d', 'maxLength': 1}", "'ab'", false);
        row("$ref with escaped pointer",
            "{'$defs': {'a/b': {'type': 'string'}, 'c~d': {'type': 'integer'}}, 'allOf': [{'$ref': "
            "'#/$defs/a~1b'}, {'$ref': '#/$defs/c~0d'}]}",
            "'x'", false);
        row("recursive $ref (a tree)",
            "{'properties': {'children': {'items': {'$ref': '#'}}, 'name': {'type': 'string'}}}",
            "{'name': 'a', 'children': [{'name': 'b', 'children': [{'name': 3}]}]}", false,
            "children[0].children[0].name");
        row("a $ref cycle ends in a finding, not a crash",
            "{'$defs': {'x': {'$ref': '#/$defs/x'}}, '$ref': '#/$defs/x'}", "1", false);
        row("format is an annotation", "{'type': 'string', 'format': 'date'}", "'not a date'", true);
        row("unknown keywords are annotations", "{'valueset-uri': 'x.json', 'title': 't'}", "1", true);
    }
    void keywords()
    {
        QFETCH(QString, schema);
        QFETCH(QString, document);
        QFETCH(bool, valid);
        QFETCH(QString, path);
        const JsonSchema compiledSchema = compiled(json(schema.toUtf8().constData()));
        const QJsonValue value = json(document.toUtf8().constData());
        QCOMPARE(compiledSchema.isValid(value), valid);
        const QList<JsonSchema::Finding> findings = compiledSchema.findings(value);
        QCOMPARE(findings.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(findings.first().path, path);
            for (const JsonSchema::Finding &finding : findings)
                QVERIFY2(!finding.words.isEmpty(), qPrintable(finding.path));
        }
    }

    // A schema this evaluator cannot check fully does not compile; the reason names the place.
    void refusesToCompile_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const char *schema, const char *reason) {
            QTest::newRow(name) << QString::fromUtf8(schema) << QString::fromUtf8(reason);
        };
        row("not a schema", "3", "object or a boolean");
        row("uniqueItems", "{'properties': {'a': {'uniqueItems': true}}}", "/properties/a/uniqueItems");
        row("patternProperties", "{'patternProperties': {'^x': {}}}", "patternProperties");
        row("if/then", "{'if': {}, 'then': {}}", "not supported");
        row("draft-7 tuple items", "{'items': [{}, {}]}", "prefixItems");
        row("remote $ref", "{'$ref': 'https://example.org/s.json'}", "not a JSON pointer");
        row("$ref to nowhere", "{'$ref': '#/$defs/none'}", "leads nowhere");
        row("anchor $ref", "{'$ref': '#name'}", "not a JSON pointer");
        row("nested $id", "{'properties': {'a': {'$id': 'x'}}}", "$id");
        row("unknown type", "{'type': 'text'}", "'text'");
        row("bad pattern", "{'pattern': '([A-Z'}", "regular expression");
        row("negative maxLength", "{'maxLength': -1}", "non-negative");
        row("empty anyOf", "{'anyOf': []}", "non-empty");
        row("required not names", "{'required': [1]}", "names");
    }
    void refusesToCompile()
    {
        QFETCH(QString, schema);
        QFETCH(QString, reason);
        const Result<JsonSchema, QString> result = JsonSchema::compile(json(schema.toUtf8().constData()));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
    }

    void findingsAreDeepestFirstAndShowTheValue()
    {
        const JsonSchema schema = compiled(json(
            "{'required': ['ver'],"
            "'properties': {'nam': {'properties': {'fnt': {'pattern': '^[A-Z<]*$', 'maxLength': 3}}}}}"));
        const QList<JsonSchema::Finding> findings = schema.findings(json("{'nam': {'fnt': 'Kim Lee'}}"));
        QCOMPARE(findings.size(), 3); // pattern, maxLength, the missing "ver"
        QCOMPARE(findings.at(0).path, QStringLiteral("nam.fnt"));
        QCOMPARE(findings.at(0).value.toString(), QStringLiteral("Kim Lee"));
        QCOMPARE(findings.at(1).path, QStringLiteral("nam.fnt"));
        QCOMPARE(findings.at(2).path, QString());
        QVERIFY2(findings.at(2).words.contains(u"'ver'"), qPrintable(findings.at(2).words));
    }

    // Held to valijson on every published DCC schema release: the samples and every vector-shaped
    // payload mutated one field at a time (removed, emptied, retyped, stretched), ~10,000 documents.
    void agreesWithValijsonOnEveryDccRelease()
    {
        PASSGATE_TESTDATA(schemas, "dcc-schema");
        const QJsonValue badValues[] = {QJsonValue::Undefined,
                                        QJsonValue::Null,
                                        QJsonValue(true),
                                        QJsonValue(0),
                                        QJsonValue(1),
                                        QJsonValue(-1),
                                        QJsonValue(10),
                                        QJsonValue(1.5),
                                        QJsonValue(QString()),
                                        QJsonValue(QStringLiteral("x")),
                                        QJsonValue(QStringLiteral("DE")),
                                        QJsonValue(QStringLiteral("de")),
                                        QJsonValue(QStringLiteral("MUSTER<FRAU")),
                                        QJsonValue(QStringLiteral("1964")),
                                        QJsonValue(QStringLiteral("1964-08-00")),
                                        QJsonValue(QStringLiteral("2021-05-29T19:21:13+02:00")),
                                        QJsonValue(QStringLiteral("ORG-100030215")),
                                        QJsonValue(QStringLiteral("1.3.0")),
                                        QJsonValue(QString(81, u'A')),
                                        QJsonValue(QJsonArray()),
                                        QJsonValue(QJsonObject())};
        QList<QJsonObject> bases = {DccSamples::vaccination(), DccSamples::pcrTest(), DccSamples::rapidTest(),
                                    DccSamples::recovery()};
        QList<QJsonObject> documents;
        for (const QJsonObject &base : bases) {
            documents.append(base);
            QStringList paths;
            collectPaths(base, QString(), paths);
            for (const QString &path : paths) {
                for (const QJsonValue &value : badValues)
                    documents.append(DccSamples::with(base, path, value));
            }
            // Lists one entry longer, and a second statement group beside the first.
            for (const QString &group : {QStringLiteral("v"), QStringLiteral("t"), QStringLiteral("r")}) {
                const QJsonArray entries = base.value(group).toArray();
                if (!entries.isEmpty())
                    documents.append(DccSamples::with(base, group + QStringLiteral("/1"), entries.at(0)));
                for (const QJsonObject &other : bases) {
                    if (!base.contains(group) && other.contains(group))
                        documents.append(DccSamples::with(base, group, other.value(group)));
                }
            }
        }

        const QDir folder(schemas);
        const QStringList files =
            folder.entryList({QStringLiteral("DCC.combined-schema-*.json")}, QDir::Files);
        QVERIFY(files.size() >= 9);
        int compared = 0, refused = 0;
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonValue document = QJsonDocument::fromJson(file.readAll()).object();
            const JsonSchema ours = compiled(document);
            const QJsonValue prepared = withoutFormat(document);
            valijson::Schema reference;
            valijson::SchemaParser(valijson::SchemaParser::kDraft7)
                .populateSchema(valijson::adapters::QtJsonAdapter(prepared), reference);
            valijson::Validator validator;
            for (const QJsonObject &payload : documents) {
                const QJsonValue target(payload);
                const bool expected =
                    validator.validate(reference, valijson::adapters::QtJsonAdapter(target), nullptr);
                if (ours.isValid(target) != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("%1: valijson says %2 for %3")
                            .arg(name, expected ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                 QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))));
                QCOMPARE(ours.findings(target).isEmpty(), expected);
                ++compared;
                refused += !expected;
            }
        }
        qInfo("%d documents compared across %lld schema releases, %d of them refused", compared,
              qlonglong(files.size()), refused);
        QVERIFY(refused > compared / 4 && refused < compared); // the mutations do break the schema
    }
};

QTEST_APPLESS_MAIN(JsonSchemaTest)
#include "tst_jsonschema.moc"
