#include "formats/shc/ShcDecoder.h"

#include "formats/InflateStream_p.h"

namespace passgate::shc {

namespace {

bool hasGzipHeader(QByteArrayView data)
{
    return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1F &&
           static_cast<unsigned char>(data[1]) == 0x8B;
}

} // namespace

Result<QByteArray, PassError> ShcDecoder::inflateRaw(QByteArrayView compressed, qsizetype maxOutput)
{
    if (compressed.isEmpty())
        return fail(PassErrorCode::CorruptCompression, QStringLiteral("the payload is empty"));
    Result<QByteArray, PassError> inflated = inflateStream(compressed, maxOutput, DeflateFraming::Raw);
    if (inflated || inflated.error().code == PassErrorCode::TooLarge)
        return inflated;
    // The first byte of JSON ('{') can open a DEFLATE block too, so the payload's other readings are
    // only looked at once it failed as DEFLATE.
    if (compressed.front() == '{')
        return fail(PassErrorCode::NotCompressed,
                    QStringLiteral("the payload is uncompressed JSON; SMART Health Cards are raw DEFLATE"));
    if (hasZlibHeader(compressed))
        return fail(PassErrorCode::CorruptCompression,
                    QStringLiteral("the payload is a zlib stream (RFC 1950); SMART Health Cards are raw "
                                   "DEFLATE, without a zlib header"));
    if (hasGzipHeader(compressed))
        return fail(PassErrorCode::CorruptCompression,
                    QStringLiteral("the payload is gzip; SMART Health Cards are raw DEFLATE"));
    return inflated;
}

} // namespace passgate::shc
