#pragma once

#include "formats/Statement.h"

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace passgate {

// A statement as the payload of an EU DCC ({"v": [...]}, {"t": [...]}, {"r": [...]}, plus "dob"),
// whatever format or paper it came from, so CertLogic rule sets written for DCC payloads read every
// kind of evidence. Three passgate additions: "issuerCertified": true in a vaccination entry the
// issuer certifies without doses or dates (Vaccination::issuerCertified); exemptions as {"e": [{"kind":
// "medical"|"minor"|"other", "du": date}]}, and in a test entry "scLocalDate", the sample's calendar date in
// the policy's zone (CertLogic cannot cut an instant down to a local date; "midnight after" rules need it).
QJsonObject statementPayload(const Statement &statement, const QString &birthDate, const QTimeZone &zone);

} // namespace passgate
