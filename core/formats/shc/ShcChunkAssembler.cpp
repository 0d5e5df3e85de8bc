#include "formats/shc/ShcChunkAssembler.h"

#include "formats/shc/ShcDecoder.h"

#include <algorithm>

namespace passgate::shc {

ShcChunkAssembler::Offered ShcChunkAssembler::offer(const QString &text, const QDateTime &now)
{
    const std::optional<ShcChunk> header = ShcDecoder::chunkHeader(text);
    if (m_refused && header && header->total == m_refused->total &&
        m_refused->lastPart.secsTo(now) <= maxAgeSeconds) {
        m_refused->lastPart = now; // a holder going through many parts keeps the attempt going
        return RefusedCardPart{header->index, header->total};
    }
    if (header)
        m_refused.reset(); // a chunk of another card (or a refused one long ago): a new attempt

    const Result<ShcChunk, PassError> chunk = ShcDecoder::parseChunk(text);
    if (!chunk && header && header->total >= 2) {
        // The card this part belongs to can never be read: its kept parts go, and it is refused
        // once, through this text.
        if (header->total == m_total)
            clear();
        m_refused = RefusedCard{header->total, now};
        return text;
    }
    if (!chunk || chunk->total < 2)
        return text;

    const bool stale = !isEmpty() && m_started.secsTo(now) > maxAgeSeconds;
    const bool otherCard =
        !isEmpty() && (chunk->total != m_total ||
                       (!m_chunks.at(chunk->index - 1).isEmpty() && m_chunks.at(chunk->index - 1) != text));
    if (stale || otherCard)
        clear();
    if (isEmpty()) {
        m_total = chunk->total;
        m_started = now;
        m_chunks = QList<QString>(m_total);
    }
    m_chunks[chunk->index - 1] = text;

    const Progress sofar = progress();
    if (sofar.have < sofar.total)
        return sofar;
    const QString joined = m_chunks.join(u'\n');
    clear();
    return joined;
}

void ShcChunkAssembler::clear()
{
    m_total = 0;
    m_started = QDateTime();
    m_chunks.clear();
}

ShcChunkAssembler::Progress ShcChunkAssembler::progress() const
{
    const auto have =
        std::count_if(m_chunks.cbegin(), m_chunks.cend(), [](const QString &c) { return !c.isEmpty(); });
    return {int(have), m_total};
}

} // namespace passgate::shc
