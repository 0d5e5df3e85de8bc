#include "common/TypedLine.h"

namespace passgate {

namespace {

bool removed(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
           // LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM: reorder or hide what is shown
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f ||
           c == 0x061c;
}

} // namespace

QString typedLine(QStringView text, qsizetype maxLength)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        // Line and tab breaks still separate words: they become spaces, not nothing.
        if (c == u'\n' || c == u'\r' || c == u'\t')
            kept.append(u' ');
        else if (!removed(c.unicode()))
            kept.append(c);
    }
    return kept.simplified().left(maxLength);
}

} // namespace passgate
