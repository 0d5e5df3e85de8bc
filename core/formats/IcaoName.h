#pragma once

#include <QString>

namespace passgate {

// A name in the machine-readable form of ICAO Doc 9303 (what the EU DCC carries as fnt/gnt): Latin
// letters without diacritics in capitals, '<' for spaces, hyphens and apostrophes, anything else
// dropped. Formats without such a field (SMART Health Cards, NZ COVID Pass) get one made this way, so
// a second pass of the same holder matches by name whatever format it came in.
QString icaoStandardisedName(const QString &name);

} // namespace passgate
