#include "formats/dcc/BoundedInflate.h"

#include <zlib.h>

#include <array>

namespace passgate::dcc {

namespace {

// A zlib stream starts with CMF/FLG: deflate method 8, and the pair divisible by 31 (RFC 1950 §2.2).
bool hasZlibHeader(QByteArrayView data)
{
    if (data.size() < 2)
        return false;
    const auto cmf = static_cast<unsigned char>(data[0]);
    const auto flg = static_cast<unsigned char>(data[1]);
    return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

// An uncompressed COSE_Sign1 starts with tag 18 (0xD2), CWT tag 61 (0xD8 0x3D) or the bare array (0x84).
bool looksLikeCose(QByteArrayView data)
{
    if (data.isEmpty())
        return false;
    const auto first = static_cast<unsigned char>(data[0]);
    return first == 0xD2 || first == 0x84 ||
           (first == 0xD8 && data.size() > 1 && static_cast<unsigned char>(data[1]) == 61);
}

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

    Stream stream;
    stream.z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.z.avail_in = static_cast<uInt>(compressed.size());
    if (inflateInit(&stream.z) != Z_OK)
        return fail(PassErrorCode::CorruptCompression, QStringLiteral("zlib cannot start"));
    stream.open = true;

    QByteArray out;
    std::array<char, 16 * 1024> chunk;
    for (;;) {
        stream.z.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.z.avail_out = static_cast<uInt>(chunk.size());
        const int status = inflate(&stream.z, Z_NO_FLUSH);
        const qsizetype produced = static_cast<qsizetype>(chunk.size() - stream.z.avail_out);
        if (out.size() + produced > maxOutput)
            return fail(PassErrorCode::TooLarge,
                        QStringLiteral("the compressed data inflates to more than %1 bytes").arg(maxOutput));
        out.append(chunk.data(), produced);

        if (status == Z_STREAM_END)
            break;
        if (status == Z_OK)
            continue;
        if (status == Z_BUF_ERROR && stream.z.avail_in == 0)
            return fail(PassErrorCode::CorruptCompression, QStringLiteral("the zlib stream is truncated"));
        return fail(PassErrorCode::CorruptCompression,
                    QStringLiteral("the zlib stream is broken: %1")
                        .arg(QString::fromLatin1(stream.z.msg ? stream.z.msg : "unknown error")));
    }
    if (stream.z.avail_in != 0)
        return fail(PassErrorCode::CorruptCompression,
                    QStringLiteral("%1 bytes follow the end of the zlib stream").arg(stream.z.avail_in));
    return out;
}

} // namespace passgate::dcc
