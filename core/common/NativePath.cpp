#include "common/NativePath.h"

#include <algorithm>
#include <cstdint>

namespace passgate {

namespace {

constexpr char16_t EscapeBase = 0xDC00; // U+DC80..U+DCFF: escaped bytes 0x80..0xFF

bool isEscape(QChar c)
{
    return c.unicode() >= EscapeBase + 0x80 && c.unicode() <= EscapeBase + 0xFF;
}

// The length of the well-formed UTF-8 sequence at `at` (RFC 3629: no overlongs, no surrogates, at
// most U+10FFFF), or 0 when the byte there does not start one.
qsizetype utf8SequenceAt(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < bytes.size() ? std::uint8_t(bytes[i]) : 0u; };
    const unsigned lead = byte(at);
    const auto continuation = [&](qsizetype i) { return (byte(i) & 0xC0u) == 0x80u; };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(at + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned second = byte(at + 1);
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0))
            return 0;
        return continuation(at + 1) && continuation(at + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned second = byte(at + 1);
        if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90))
            return 0;
        return continuation(at + 1) && continuation(at + 2) && continuation(at + 3) ? 4 : 0;
    }
    return 0;
}

} // namespace

QString pathFromNative(QByteArrayView bytes)
{
    QString path;
    path.reserve(bytes.size());
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype length = utf8SequenceAt(bytes, at);
        if (length == 0) {
            path.append(QChar(char16_t(EscapeBase + std::uint8_t(bytes[at]))));
            ++at;
            continue;
        }
        path.append(QString::fromUtf8(bytes.sliced(at, length)));
        at += length;
    }
    return path;
}

QByteArray nativePath(const QString &path)
{
    QByteArray bytes;
    bytes.reserve(path.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i < path.size() && !isEscape(path.at(i)))
            continue;
        bytes.append(QStringView(path).sliced(runStart, i - runStart).toUtf8());
        if (i < path.size())
            bytes.append(char(path.at(i).unicode() - EscapeBase));
        runStart = i + 1;
    }
    return bytes;
}

bool hasEscapedBytes(const QString &path)
{
    return std::any_of(path.cbegin(), path.cend(), isEscape);
}

} // namespace passgate
