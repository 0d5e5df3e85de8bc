#pragma once

#include "formats/PassError.h"

#include <QByteArray>
#include <QByteArrayView>

namespace passgate::dcc {

// Inflates a zlib stream (RFC 1950) and stops with TooLarge as soon as the output would exceed
// `maxOutput`, so a decompression bomb costs at most that much memory. A DCC is always
// zlib-compressed (hcert spec §3.2): an uncompressed COSE message is NotCompressed; a missing zlib
// header, a broken or truncated stream or bytes after its end are CorruptCompression.
Result<QByteArray, PassError> inflateBounded(QByteArrayView compressed, qsizetype maxOutput);

// DCCs inflate to a few kilobytes; this leaves room for the largest QR code twenty times over.
constexpr qsizetype defaultMaxInflatedSize = 64 * 1024;

} // namespace passgate::dcc
