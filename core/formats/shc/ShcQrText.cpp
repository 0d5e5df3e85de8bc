#include "formats/shc/ShcDecoder.h"

#include <QStringList>

#include <optional>

namespace passgate::shc {

namespace {

const QLatin1String shcPrefix("shc:/");

// The spec (SMART Health Cards framework, "Chunking Larger SHCs") splits a JWS only when one QR code
// cannot hold it, and asks for chunks of about equal size. The smallest QR code it allows (version
// 22 at error correction H) carries about 500 JWS characters, so a card needs N chunks only when it
// is longer than (N - 1) * 500 characters, and balanced chunks then carry about (N - 1) * 500 / N
// each. Half of that leaves room for issuers that balance loosely; a chunk smaller still belongs to
// a card cut into more pieces than it needs (the reference validator's "qr_chunk_too_small" case),
// which no issuer produces and a scanner should not wait for.
constexpr qsizetype smallestQrCapacity = 500;
constexpr int maxChunkCount = 99;

qsizetype smallestChunk(int total)
{
    return (total - 1) * smallestQrCapacity / (2 * total);
}

// "1".."99" without a leading zero: one text, one reading.
std::optional<int> chunkNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 2 || text[0] == u'0')
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString missingList(const QList<int> &missing, int total)
{
    QStringList numbers;
    for (int index : missing)
        numbers.append(QString::number(index));
    if (missing.size() == 1)
        return QStringLiteral("chunk %1 of %2 is missing").arg(numbers.first()).arg(total);
    const QString last = numbers.takeLast();
    return QStringLiteral("chunks %1 and %2 of %3 are missing")
        .arg(numbers.join(QStringLiteral(", ")), last)
        .arg(total);
}

} // namespace

bool ShcDecoder::hasPrefix(QStringView text)
{
    return text.startsWith(shcPrefix);
}

Result<ShcChunk, PassError> ShcDecoder::parseChunk(QStringView text)
{
    if (!hasPrefix(text)) {
        if (text.trimmed().startsWith(shcPrefix))
            return fail(
                PassErrorCode::InvalidNumeric,
                QStringLiteral("characters before shc:/; a SMART Health Card QR text starts with it"));
        return fail(PassErrorCode::UnknownPrefix,
                    QStringLiteral("no shc:/ prefix; a SMART Health Card QR text starts with shc:/"));
    }
    const QStringView rest = text.sliced(shcPrefix.size());
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    if (lastSlash < 0)
        return ShcChunk{1, 1, rest};

    const QStringView header = rest.first(lastSlash);
    const qsizetype slash = header.indexOf(u'/');
    const std::optional<int> index = slash < 0 ? std::nullopt : chunkNumber(header.first(slash));
    const std::optional<int> total = slash < 0 ? std::nullopt : chunkNumber(header.sliced(slash + 1));
    if (!index || !total)
        return fail(PassErrorCode::InvalidChunk,
                    QStringLiteral("chunk header 'shc:/%1/' is not shc:/<index>/<total>/ with two numbers "
                                   "from 1 to %2")
                        .arg(header.left(40))
                        .arg(maxChunkCount));
    if (*total < 2)
        return fail(PassErrorCode::InvalidChunk,
                    QStringLiteral("chunk header 'shc:/%1/%2/': a card in one QR code has no chunk header")
                        .arg(*index)
                        .arg(*total));
    if (*index > *total)
        return fail(PassErrorCode::InvalidChunk,
                    QStringLiteral("chunk %1 of %2: the index is above the number of chunks")
                        .arg(*index)
                        .arg(*total));
    const ShcChunk chunk{*index, *total, rest.sliced(lastSlash + 1)};
    const qsizetype characters = chunk.digits.size() / 2;
    if (chunk.index < chunk.total && characters < smallestChunk(chunk.total))
        return fail(
            PassErrorCode::InvalidChunk,
            QStringLiteral("chunk %1 of %2 carries %3 JWS characters; a card needs %2 chunks only when "
                           "it is long enough for each but the last to carry at least %4")
                .arg(chunk.index)
                .arg(chunk.total)
                .arg(characters)
                .arg(smallestChunk(chunk.total)));
    return chunk;
}

std::optional<ShcChunk> ShcDecoder::chunkHeader(QStringView text)
{
    if (!hasPrefix(text))
        return std::nullopt;
    const QStringView rest = text.sliced(shcPrefix.size());
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    const QStringView header = lastSlash < 0 ? QStringView() : rest.first(lastSlash);
    const qsizetype slash = header.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const std::optional<int> index = chunkNumber(header.first(slash));
    const std::optional<int> total = chunkNumber(header.sliced(slash + 1));
    if (!index || !total)
        return std::nullopt;
    return ShcChunk{*index, *total, {}};
}

Result<QByteArray, PassError> ShcDecoder::jwsFromQrTexts(const QList<QStringView> &texts)
{
    if (texts.isEmpty())
        return fail(PassErrorCode::UnknownPrefix, QStringLiteral("no QR text"));
    QList<ShcChunk> chunks;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Result<ShcChunk, PassError> chunk = parseChunk(texts.at(i));
        if (!chunk) {
            if (texts.size() == 1)
                return fail(chunk.error());
            const PassErrorCode code = chunk.error().code == PassErrorCode::UnknownPrefix && i > 0
                                           ? PassErrorCode::InvalidChunk
                                           : chunk.error().code;
            return fail(code, QStringLiteral("line %1: %2").arg(i + 1).arg(chunk.error().reason));
        }
        chunks.append(*chunk);
    }
    if (chunks.size() == 1 && chunks.first().total == 1)
        return decodeNumeric(chunks.first().digits);

    const int total = chunks.first().total;
    QList<std::optional<QStringView>> byIndex(total);
    for (const ShcChunk &chunk : chunks) {
        if (chunk.total == 1)
            return fail(
                PassErrorCode::InvalidChunk,
                QStringLiteral(
                    "a whole card (shc:/ without a chunk header) given together with other QR texts"));
        if (chunk.total != total)
            return fail(PassErrorCode::InvalidChunk,
                        QStringLiteral("chunks of different cards: one of %1 chunks and one of %2")
                            .arg(total)
                            .arg(chunk.total));
        std::optional<QStringView> &slot = byIndex[chunk.index - 1];
        if (slot && *slot != chunk.digits)
            return fail(PassErrorCode::InvalidChunk,
                        QStringLiteral("two different chunks %1 of %2").arg(chunk.index).arg(total));
        slot = chunk.digits;
    }
    QList<int> missing;
    for (int i = 0; i < total; ++i) {
        if (!byIndex.at(i))
            missing.append(i + 1);
    }
    if (!missing.isEmpty())
        return fail(PassErrorCode::IncompleteChunks, missingList(missing, total));

    QByteArray jws;
    for (int i = 0; i < total; ++i) {
        Result<QByteArray, PassError> part = decodeNumeric(*byIndex.at(i));
        if (!part)
            return fail(part.error().code,
                        QStringLiteral("chunk %1 of %2: %3").arg(i + 1).arg(total).arg(part.error().reason));
        jws += *part;
    }
    return jws;
}

} // namespace passgate::shc
