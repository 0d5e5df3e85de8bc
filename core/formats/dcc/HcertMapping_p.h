#pragma once

#include "formats/DecodedPass.h"

#include <QJsonObject>

namespace passgate::dcc {

// Copies a schema-valid DCC payload into the normalised pass: holder names, birth date (date part
// as written: "1964-08-12", "1964-08", "1964" or empty), schema version, the statement and its
// certificate id, and the payload itself (for CertLogic rules).
void fillFromHcert(DecodedPass &pass, const QJsonObject &dcc);

} // namespace passgate::dcc
