#include "TextAudit.h"

#include <QFont>
#include <QFontMetricsF>
#include <QQuickItem>
#include <QTextLayout>
#include <QTextOption>

namespace passgate::test {

QRectF paintedRect(const QQuickItem *text)
{
    // QQuickText's bounding rectangle is the laid-out text placed by its alignment (what it paints),
    // unlike QQuickItem's, which is the item's size.
    return text->boundingRect();
}

namespace {

bool inWord(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QString brokenWord(const QQuickItem *text)
{
    // QQuickText::WrapMode has QTextOption::WrapMode's values (NoWrap 0, WordWrap 1, WrapAnywhere 3,
    // Wrap 4).
    const int wrapMode = text->property("wrapMode").toInt();
    const qreal width = text->width();
    if (wrapMode == QTextOption::NoWrap || width <= 0 || text->property("fontSizeMode").toInt() != 0)
        return {};
    const QString content = text->property("text").toString();
    const QFont font = text->property("font").value<QFont>();
    // The same layout QQuickText makes of a plain text at its width: lines of the text, each
    // paragraph ('\n') wrapped by itself.
    QTextLayout layout(content, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapMode(wrapMode));
    layout.setTextOption(option);
    layout.beginLayout();
    QList<int> lineStarts;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lineStarts.append(line.textStart());
    }
    layout.endLayout();
    const QFontMetricsF metrics(font);
    for (const int start : std::as_const(lineStarts)) {
        if (start <= 0 || start >= content.size() || !inWord(content.at(start - 1)) ||
            !inWord(content.at(start)))
            continue;
        qsizetype first = start - 1;
        while (first > 0 && inWord(content.at(first - 1)))
            --first;
        qsizetype end = start;
        while (end < content.size() && inWord(content.at(end)))
            ++end;
        const QString word = content.mid(first, end - first);
        if (metrics.horizontalAdvance(word) <= width)
            return content.mid(first, start - first) + QStringLiteral(" | ") +
                   content.mid(start, end - start);
    }
    return {};
}

bool hidesNumber(const QQuickItem *text)
{
    if (!text->property("truncated").toBool())
        return false;
    const QString content = text->property("text").toString();
    return std::any_of(content.cbegin(), content.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace passgate::test
