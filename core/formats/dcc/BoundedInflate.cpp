#include "formats/dcc/BoundedInflate.h"

#include "formats/InflateStream_p.h"

namespace passgate::dcc {

namespace {

// An uncompressed COSE_Sign1 starts with tag 18 (0xD2), CWT tag 61 (0xD8 0x3D) or the bare array (0x84).
bool looksLikeCose(QByteArrayView data)
{
    if (data.isEmpty())
        return false;
    const auto first = static_cast<unsigned char>(data[0]);
    return first == 0xD2 || first == 0x84 ||
           (first == 0xD8 && data.size() > 1 && static_cast<unsigned char>(data[1]) == 61);
}

} // namespace

Result<QByteArray, PassError> inflateBounded(QByteArrayView compressed, qsizetype maxOutput)
{
    if (!hasZlibHeader(compressed)) {
        if (looksLikeCose(compressed))
            return fail(
                PassErrorCode::NotCompressed,
                QStringLiteral("the data is an uncompressed COSE message; a DCC must be zlib-compressed"));
        return fail(PassErrorCode::CorruptCompression,
                    QStringLiteral("the data does not start with a zlib header"));
    }

    return inflateStream(compressed, maxOutput, DeflateFraming::Zlib);
}

} // namespace passgate::dcc
