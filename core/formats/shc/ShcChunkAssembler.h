#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
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

    // A part of a card whose first refused part was already handed back for the decoder to refuse:
    // the card is refused once, whatever the number of its parts, so this part is not checked again.
    struct RefusedCardPart
    {
        int index = 0;
        int total = 0;
        friend bool operator==(const RefusedCardPart &, const RefusedCardPart &) = default;
    };
    using Offered = std::variant<QString, Progress, RefusedCardPart>;

    // A scan that is not a chunk of a multi-chunk card (any other pass, a whole card, an invalid
    // chunk header the decoder is to refuse) comes back unchanged. A chunk is kept and Progress
    // returned until every chunk is there; then the chunks, in index order and joined by '\n', come
    // back and the assembler is empty again. A chunk of another card (another total, another chunk
    // under a kept index) or one scanned more than `maxAge` after the first kept chunk starts over
    // with it; the same chunk scanned twice counts once.
    // A chunk the decoder must refuse (too small, index above total) whose header still names its
    // total comes back unchanged once: that card attempt ends there, and every further part naming
    // the same total within `maxAge` of the attempt's last part is a RefusedCardPart, so a card cut
    // into 99 unusable parts is one refusal, not 98.
    Offered offer(const QString &text, const QDateTime &now);
    void clear();

    bool isEmpty() const { return m_total == 0; }
    Progress progress() const;

    // A holder shows the codes of one card one after another; a minute is ample for that, and any
    // longer a kept chunk more likely belongs to someone who walked away.
    static constexpr qint64 maxAgeSeconds = 60;

private:
    struct RefusedCard
    {
        int total = 0;
        QDateTime lastPart;
    };

    std::optional<RefusedCard> m_refused;
    int m_total = 0;
    QDateTime m_started;
    QList<QString> m_chunks; // by index - 1; empty where not scanned yet
};

} // namespace passgate::shc
