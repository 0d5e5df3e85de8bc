#pragma once

#include "formats/PassError.h"
#include "formats/Statement.h"

#include <QJsonObject>
#include <QList>

namespace passgate::dcc {

// The DCC schema rules that matter to a verifier (eu-dcc-schema 1.0 to 1.3, read tolerantly):
// - "ver" x.y.z; "nam" with a transliterated family or given name (^[A-Z<]*$); "dob" a date as
//   written: empty, YYYY, YYYY-MM or YYYY-MM-DD (a trailing time, as some issuers write, is allowed);
// - exactly one of "v", "t", "r", holding exactly one entry (a null member counts as absent);
// - each entry's required fields present and well-formed: dates and times, integer doses 1-9,
//   disease and other codes, issuer and certificate id texts;
// - identifiers that cannot be real are refused: a country ("co") that is not an assigned
//   ISO 3166 alpha-2 code, an EMA organisation id ("ORG-...") without its 9 digits, and fill-in
//   placeholders made only of 9s ("9999");
// - unknown fields are tolerated (later schema versions add fields).
// The first violation found is reported, with the path of the offending field.
Result<void, PassError> validateHcert(const QJsonObject &dcc);

// The statement types the payload carries ("v", "t", "r" present and not null), in that order.
// Used before the schema stage, to check the signer's key usage against every one of them.
QList<StatementType> hcertStatementTypes(const QJsonObject &dcc);

// Date fields as written: "YYYY-MM-DD" optionally followed by a time part; the date part is used.
bool isHcertDate(const QString &text);
// "dob": empty, YYYY, YYYY-MM or a full date (optionally with a time part), year 1900-2099.
bool isHcertBirthDate(const QString &text);

} // namespace passgate::dcc
