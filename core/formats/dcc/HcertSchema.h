#pragma once

#include "formats/PassError.h"
#include "formats/Statement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace passgate::dcc {

// The published EU DCC payload JSON schema, compiled once (common/JsonSchema) and applied to many
// payloads. No rule here is passgate's own: what the schema file says is the rule.
//
// Which release: every payload is checked against the newest published release, whatever its "ver"
// says (docs/dcc-schema.md). Each release after 1.0.0 only relaxed the rules (birth dates "1964",
// "1964-08" or empty; dose numbers above 9; 80-character texts; test centre optional) except one:
// 1.3.0 wrote down that a DCC holds exactly one of v/t/r with one entry, which the DCC specification
// required from the start. Issuers kept labelling payloads "1.0.0" while following the newer rules.
//
// "format": the files are JSON Schema draft 2020-12, where "format" is an annotation unless the
// format-assertion vocabulary is in force, and these schemas do not ask for it. Dates the policy
// reads are checked where they are read (HcertSemantics: unreadable-date).
class HcertSchema
{
public:
    // Compiles a schema document (a DCC.combined-schema-*.json); the reason when it cannot.
    static Result<HcertSchema, QString> compile(const QByteArray &schemaJson);
    static Result<HcertSchema, QString> fromFile(const QString &path);

    // The release shipped with passgate (:/dcc-schema/), compiled on first use. Never fails: the
    // resource is built in and checked by the tests.
    static const HcertSchema &published();
    // The release passgate ships, "1.3.3".
    static QString publishedRelease();

    // The release named in the schema's "$comment" ("Schema version 1.3.3"), or empty.
    QString release() const;

    // Valid, or SchemaViolation "<field>: <finding>" for the most specific finding
    // (field as "v[0].ma"; empty path for the payload as a whole).
    Result<void, PassError> validate(const QJsonObject &dcc) const;
    // Every finding, as {field, words (with the value when it is a scalar)}, most specific first.
    QList<std::pair<QString, QString>> errors(const QJsonObject &dcc) const;

private:
    struct Compiled;
    explicit HcertSchema(std::shared_ptr<const Compiled> compiled);
    std::shared_ptr<const Compiled> m_compiled;
};

// The statement types the payload carries ("v", "t", "r" present and not null), in that order.
// Used before the schema stage, to check the signer's key usage against every one of them.
QList<StatementType> hcertStatementTypes(const QJsonObject &dcc);

} // namespace passgate::dcc
