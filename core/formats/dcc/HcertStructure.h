#pragma once

#include "formats/PassError.h"

#include <QJsonObject>

namespace passgate::dcc {

// Does the hcert payload map onto the DCC data model (a "valid object" in EU DCC conformance terms)? That is
// a question of shape, not of values: "ver", "nam" and "dob" are present; "nam" is a map; "v", "t"
// and "r" are absent, null or arrays of maps; every member the data model reads has its JSON type
// (texts are strings, "dn" and "sd" numbers). Whether the values follow the schema is the schema
// stage's question: a payload can be a valid object and still break the schema. A payload that is
// not even a DCC object carries nothing a person could check against an ID, so it is refused
// (MalformedDcc, with the member's path).
Result<void, PassError> checkHcertStructure(const QJsonObject &dcc);

} // namespace passgate::dcc
