#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <variant>

namespace passgate::shc {

// Collects the chunks of a SMART Health Card split over several QR codes ("shc:/<i>/<n>/..."), one
// scan at a time, in any order, and hands the decoder all of them joined by '\n' once the last one
// is in. It keeps no timer: the caller passes the time of each scan.
class ShcChunkAssembler
{
public:
    struct Progress
    {
        int have = 0;
        int total = 0;
        friend bool operator==(const Progress &, const Progress &) = default;
    };

    // A scan that is not a chunk of a multi-chunk card (any other pass, a whole card, an invalid
    // chunk header the decoder is to refuse) comes back unchanged. A chunk is kept and Progress
    // returned until every chunk is there; then the chunks, in index order and joined by '\n', come
    // back and the assembler is empty again. A chunk of another card (another total, another chunk
    // under a kept index) or one scanned more than `maxAge` after the first kept chunk starts over
    // with it; the same chunk scanned twice counts once.
    std::variant<QString, Progress> offer(const QString &text, const QDateTime &now);
    void clear();

    bool isEmpty() const { return m_total == 0; }
    Progress progress() const;

    // A holder shows the codes of one card one after another; a minute is ample for that, and any
    // longer a kept chunk more likely belongs to someone who walked away.
    static constexpr qint64 maxAgeSeconds = 60;

private:
    int m_total = 0;
    QDateTime m_started;
    QList<QString> m_chunks; // by index - 1; empty where not scanned yet
};

} // namespace passgate::shc
