#pragma once

#include "formats/PassError.h"

#include <QByteArray>
#include <QStringView>

namespace passgate::nzcp {

// RFC 4648 §6 base32 as the NZ COVID Pass writes it: upper-case A-Z and 2-7, no '=' padding. Strict:
// any other character, a length no encoder produces (1, 3 or 6 characters past a multiple of 8) or
// non-zero unused bits at the end is InvalidBase32, so one text has one reading.
Result<QByteArray, PassError> decodeBase32(QStringView text);
QString encodeBase32(QByteArrayView bytes);

} // namespace passgate::nzcp
