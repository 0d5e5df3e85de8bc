#pragma once

#include "common/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace passgate {

// A JSON Schema (draft 2020-12) compiled once into a tree of checks, then applied to many documents
// without allocating on the way to a "valid". It evaluates the assertion keywords
//   type enum const  minimum maximum exclusiveMinimum exclusiveMaximum  minLength maxLength pattern
//   items minItems maxItems  properties required additionalProperties minProperties maxProperties
//   allOf anyOf oneOf not  $ref (a JSON pointer into the same document: "#", "#/$defs/x")
// and treats every other keyword as an annotation, as 2020-12 says of unknown keywords, except the
// assertion keywords it does not evaluate (uniqueItems, contains, patternProperties, if, prefixItems,
// $dynamicRef, ...): a schema using one of those does not compile, so nothing is checked less than
// the schema says. "format" is an annotation: the schemas do not ask for the format-assertion
// vocabulary.
//
// Why not a general validator library: the EU DCC schema is checked on every scan, and valijson, the
// validator Debian has, copies a context of strings at each property it visits (about 30 µs per
// payload here, as long as the rest of decoding without the signature). The tests hold this
// evaluator to valijson's verdict on every published DCC schema release and on payloads mutated
// field by field (tst_jsonschema, tst_hcertschema).
//
// Strings are measured in code points, as the specification says. "pattern" is an ECMA-262 regular
// expression searched anywhere in the string (not anchored): PCRE2 runs it where the two agree
// (ASCII text without line terminators) and std::regex's ECMAScript grammar, over code points,
// everywhere else. "integer" is any number with a zero fractional part (1.0 is one).
class JsonSchema
{
public:
    // A place in the checked document ("v[0].ma"; empty for the document itself) and what is wrong.
    struct Finding
    {
        QString path;
        QString words;
        QJsonValue value; // the value at `path`, to show it
    };

    // The schema document's reason for not compiling: an unsupported keyword, a malformed keyword
    // value, a $ref that leads nowhere, a pattern no engine accepts.
    static Result<JsonSchema, QString> compile(const QJsonValue &schema);

    bool isValid(const QJsonValue &document) const;
    // Every failed assertion, deepest path first (a failing anyOf/oneOf also brings its branches').
    QList<Finding> findings(const QJsonValue &document) const;

private:
    struct Node;
    struct Compiled;
    class Compiler;
    class Evaluation;
    explicit JsonSchema(std::shared_ptr<const Compiled> compiled);
    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace passgate
