#include "formats/InflateStream_p.h"

#include <zlib.h>

#include <array>

namespace passgate {

namespace {

struct Stream
{
    z_stream z{};
    bool open = false;
    ~Stream()
    {
        if (open)
            inflateEnd(&z);
    }
};

} // namespace

bool hasZlibHeader(QByteArrayView data)
{
    if (data.size() < 2)
        return false;
    const auto cmf = static_cast<unsigned char>(data[0]);
    const auto flg = static_cast<unsigned char>(data[1]);
    return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

Result<QByteArray, PassError> inflateStream(QByteArrayView compressed, qsizetype maxOutput,
                                            DeflateFraming framing)
{
    const QLatin1String name =
        framing == DeflateFraming::Zlib ? QLatin1String("zlib") : QLatin1String("DEFLATE");
    Stream stream;
    stream.z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.z.avail_in = static_cast<uInt>(compressed.size());
    // Negative window bits: raw DEFLATE, no header and no checksum (zlib manual, inflateInit2).
    const int windowBits = framing == DeflateFraming::Zlib ? MAX_WBITS : -MAX_WBITS;
    if (inflateInit2(&stream.z, windowBits) != Z_OK)
        return fail(PassErrorCode::CorruptCompression, QStringLiteral("zlib cannot start"));
    stream.open = true;

    QByteArray out;
    std::array<char, 16 * 1024> chunk;
    for (;;) {
        stream.z.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.z.avail_out = static_cast<uInt>(chunk.size());
        const int status = inflate(&stream.z, Z_NO_FLUSH);
        const auto produced = static_cast<qsizetype>(chunk.size() - stream.z.avail_out);
        if (out.size() + produced > maxOutput)
            return fail(PassErrorCode::TooLarge,
                        QStringLiteral("the compressed data inflates to more than %1 bytes").arg(maxOutput));
        out.append(chunk.data(), produced);
        if (status == Z_STREAM_END)
            break;
        if (status == Z_OK)
            continue;
        if (status == Z_BUF_ERROR && stream.z.avail_in == 0)
            return fail(PassErrorCode::CorruptCompression,
                        QStringLiteral("the %1 stream is truncated").arg(name));
        return fail(PassErrorCode::CorruptCompression,
                    QStringLiteral("the %1 stream is broken: %2")
                        .arg(name, QString::fromLatin1(stream.z.msg ? stream.z.msg : "unknown error")));
    }
    if (stream.z.avail_in != 0)
        return fail(
            PassErrorCode::CorruptCompression,
            QStringLiteral("%1 bytes follow the end of the %2 stream").arg(stream.z.avail_in).arg(name));
    return out;
}

} // namespace passgate
