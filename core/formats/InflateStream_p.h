#pragma once

#include "formats/PassError.h"

#include <QByteArray>
#include <QByteArrayView>

namespace passgate {

// How a DEFLATE stream (RFC 1951) is framed: the EU DCC wraps it in zlib (RFC 1950), a SMART Health
// Card carries it raw.
enum class DeflateFraming
{
    Zlib,
    Raw
};

// Inflates one whole stream and stops with TooLarge as soon as the output would pass `maxOutput`,
// so a decompression bomb costs at most that much memory. A broken or truncated stream, or bytes
// after its end, are CorruptCompression. The caller checks what the input looks like beforehand.
Result<QByteArray, PassError> inflateStream(QByteArrayView compressed, qsizetype maxOutput,
                                            DeflateFraming framing);

// RFC 1950 §2.2: deflate method 8, window up to 32 KiB, the CMF/FLG pair divisible by 31.
bool hasZlibHeader(QByteArrayView data);

} // namespace passgate
