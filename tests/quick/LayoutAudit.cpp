#include "LayoutAudit.h"

#include "TextAudit.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QQuickItem>
#include <QRectF>

namespace passgate::test {

namespace {

constexpr qreal Tolerance = 1.0; // sub-pixel rounding of anchors and layouts

bool inherits(const QQuickItem *item, const char *className)
{
    return item->inherits(className);
}

bool isText(const QQuickItem *item)
{
    return inherits(item, "QQuickText");
}

// What a person can operate: buttons (ours take tab focus), fields, switches, spin boxes.
bool isInteractive(const QQuickItem *item)
{
    if (inherits(item, "QQuickTextInput") || inherits(item, "QQuickTextEdit"))
        return !item->property("readOnly").toBool();
    if (inherits(item, "QQuickAbstractButton") || inherits(item, "QQuickSpinBox") ||
        inherits(item, "QQuickComboBox") || inherits(item, "QQuickSlider"))
        return true;
    return item->activeFocusOnTab();
}

QString describe(const QQuickItem *item)
{
    QString name = item->objectName();
    if (name.isEmpty())
        name = item->property("text").toString().left(40);
    if (name.isEmpty())
        name = item->property("placeholderText").toString().left(40);
    if (name.isEmpty())
        name = item->property("label").toString().left(40);
    const QString type = QString::fromLatin1(item->metaObject()->className()).section(u'_', 0, 0);
    return QStringLiteral("%1 \"%2\"").arg(type, name);
}

bool contains(const QRectF &outer, const QRectF &inner)
{
    return inner.left() >= outer.left() - Tolerance && inner.top() >= outer.top() - Tolerance &&
           inner.right() <= outer.right() + Tolerance && inner.bottom() <= outer.bottom() + Tolerance;
}

QString rectText(const QRectF &rect)
{
    return QStringLiteral("%1,%2 %3x%4")
        .arg(qRound(rect.x()))
        .arg(qRound(rect.y()))
        .arg(qRound(rect.width()))
        .arg(qRound(rect.height()));
}

// The problem with `box` (an item's rectangle in root's coordinates) being where it is, if any:
// outside the window, or outside an ancestor of `item` that clips it. A Flickable (list, scroll area)
// may hold it above or below the visible part, since a person can scroll there, but not to its side.
QString placementProblem(const QQuickItem *item, const QRectF &box, const QQuickItem *root)
{
    for (const QQuickItem *ancestor = item->parentItem(); ancestor && ancestor != root;
         ancestor = ancestor->parentItem()) {
        if (!ancestor->clip())
            continue;
        const QRectF clipBox =
            ancestor->mapRectToItem(root, QRectF(0, 0, ancestor->width(), ancestor->height()));
        if (inherits(ancestor, "QQuickFlickable")) {
            if (box.left() < clipBox.left() - Tolerance || box.right() > clipBox.right() + Tolerance)
                return QStringLiteral("sticks out of the side of a scroll area (%1 in %2)")
                    .arg(rectText(box), rectText(clipBox));
            // Whatever scrolls is checked against the window through the scroll area itself.
            return QString();
        }
        if (!contains(clipBox, box))
            return QStringLiteral("is cut off by %1 (%2 in %3)")
                .arg(describe(ancestor), rectText(box), rectText(clipBox));
    }
    const QRectF window(0, 0, root->width(), root->height());
    if (!contains(window, box))
        return QStringLiteral("lies outside the window (%1 in %2)").arg(rectText(box), rectText(window));
    return QString();
}

QString placementProblem(const QQuickItem *item, const QQuickItem *root)
{
    return placementProblem(item, item->mapRectToItem(root, QRectF(0, 0, item->width(), item->height())),
                            root);
}

// Something a person sees as a box: a rectangle with a fill or a border (the coloured verdict, the
// holder card, a panel, a button). Layouts, Items and Loaders draw nothing.
bool isVisualBox(const QQuickItem *item)
{
    if (!inherits(item, "QQuickRectangle"))
        return false;
    if (item->property("color").value<QColor>().alpha() > 0)
        return true;
    const QObject *border = item->property("border").value<QObject *>();
    return border && border->property("width").toReal() > 0 &&
           border->property("color").value<QColor>().alpha() > 0;
}

// Containment: a text's glyphs (not its item, which a layout may make wider than the box around it)
// lie inside the nearest box behind it. A text in a ColumnLayout in the verdict is held to the
// verdict's coloured edges, a name to the holder card's; a text whose glyphs fill the box edge to edge
// touches it, within rounding. Inside a scroll area the scroll area is the box, sideways only: what
// lies below the fold is reached by scrolling.
QString containmentProblem(const QQuickItem *text, const QRectF &painted, const QQuickItem *root)
{
    for (const QQuickItem *ancestor = text->parentItem(); ancestor && ancestor != root;
         ancestor = ancestor->parentItem()) {
        const QRectF inAncestor = text->mapRectToItem(ancestor, painted);
        const QRectF bounds(0, 0, ancestor->width(), ancestor->height());
        if (inherits(ancestor, "QQuickFlickable")) {
            if (inAncestor.left() < -Tolerance || inAncestor.right() > bounds.right() + Tolerance)
                return QStringLiteral("runs out of the side of a scroll area (%1 in %2)")
                    .arg(rectText(inAncestor), rectText(bounds));
            return QString();
        }
        if (isVisualBox(ancestor)) {
            if (!contains(bounds, inAncestor))
                return QStringLiteral("runs out of %1 (%2 in %3)")
                    .arg(describe(ancestor), rectText(inAncestor), rectText(bounds));
            return QString();
        }
    }
    return QString();
}

// Every problem of one visible text (plain, as the markup check before this makes sure).
void auditText(const QQuickItem *text, const QQuickItem *root, QStringList &problems)
{
    const QRectF painted = paintedRect(text);
    // Glyph boxes are rounded up to whole pixels, and a layout may round a text's width down: a pixel
    // more either way is no overlap.
    const QRectF own = QRectF(0, 0, text->width(), text->height()).adjusted(-1, -1, 1, 1);
    if (!text->clip() && !contains(own, painted))
        // Beyond what the layout gave it, it covers its neighbours.
        problems.append(QStringLiteral("%1 runs out of its own item (%2 in %3)")
                            .arg(describe(text), rectText(painted), rectText(own)));
    if (const QString where = containmentProblem(text, painted, root); !where.isEmpty())
        problems.append(describe(text) + QLatin1Char(' ') + where);
    if (const QString where = placementProblem(text, text->mapRectToItem(root, painted), root);
        !where.isEmpty())
        problems.append(describe(text) + QLatin1Char(' ') + where);
    if (hidesNumber(text))
        problems.append(describe(text) + QStringLiteral(" cuts a number short (elided)"));
    if (const QString word = brokenWord(text); !word.isEmpty())
        problems.append(
            QStringLiteral("%1 breaks a word that fits on a line: \"%2\"").arg(describe(text), word));
}

void audit(const QQuickItem *item, const QQuickItem *root, QStringList &problems)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    if (item != root) {
        if (isInteractive(item)) {
            if (item->width() < 1 || item->height() < 1)
                problems.append(QStringLiteral("%1 has no size (%2x%3)")
                                    .arg(describe(item))
                                    .arg(item->width())
                                    .arg(item->height()));
            else if (const QString where = placementProblem(item, root); !where.isEmpty())
                problems.append(describe(item) + QLatin1Char(' ') + where);
        } else if (isText(item) && !item->property("text").toString().trimmed().isEmpty() &&
                   item->property("textFormat").toInt() != 0 && item->parentItem() &&
                   !inherits(item->parentItem(), "QQuickIconLabel") &&
                   !inherits(item, "QQuickPlaceholderText")) {
            // Text.AutoText renders "<font size=7>ADMIT</font>" from a pass's name as markup: every
            // text the kiosk shows is plain (Controls' own button labels and field placeholders, only
            // ever our words, aside).
            problems.append(QStringLiteral("%1 may render markup (textFormat %2, not Text.PlainText)")
                                .arg(describe(item))
                                .arg(item->property("textFormat").toInt()));
        } else if (isText(item) && !item->property("text").toString().trimmed().isEmpty()) {
            auditText(item, root, problems);
        }
    }
    const QList<QQuickItem *> children = item->childItems();
    for (const QQuickItem *child : children)
        audit(child, root, problems);
}

void collectTexts(const QQuickItem *item, QStringList &texts)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    if (isText(item)) {
        const QString text = item->property("text").toString().trimmed();
        if (!text.isEmpty())
            texts.append(text);
    }
    const QList<QQuickItem *> children = item->childItems();
    for (const QQuickItem *child : children)
        collectTexts(child, texts);
}

void collectTextItems(QQuickItem *item, const QString &needle, QList<QQuickItem *> &found)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    if (isText(item) && item->property("text").toString().contains(needle))
        found.append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collectTextItems(child, needle, found);
}

} // namespace

QStringList markupRendered(QQuickItem *root, const QString &markup)
{
    QList<QQuickItem *> items;
    if (root)
        collectTextItems(root, markup, items);
    if (items.isEmpty())
        return {QStringLiteral("no visible text shows %1").arg(markup)};
    QStringList problems;
    for (QQuickItem *item : std::as_const(items)) {
        const QString text = item->property("text").toString();
        if (item->property("textFormat").toInt() != 0) {
            problems.append(QStringLiteral("%1: textFormat %2")
                                .arg(describe(item))
                                .arg(item->property("textFormat").toInt()));
            continue;
        }
        // As laid out: shown as text, the tags take their own width; read as markup they vanish (the
        // green ADMIT of <font> is narrower than its source in the item's font, an <img> is no text).
        const QFontMetricsF metrics(item->property("font").value<QFont>());
        qreal widest = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        const qreal laidOut = item->implicitWidth();
        if (laidOut < 0.9 * widest)
            problems.append(
                QStringLiteral("%1: laid out %2 px wide, its text as text is %3 px: rendered as markup")
                    .arg(describe(item))
                    .arg(qRound(laidOut))
                    .arg(qRound(widest)));
    }
    return problems;
}

QStringList layoutProblems(QQuickItem *root)
{
    QStringList problems;
    if (root)
        audit(root, root, problems);
    problems.removeDuplicates();
    return problems;
}

QStringList visibleTexts(QQuickItem *root)
{
    QStringList texts;
    if (root)
        collectTexts(root, texts);
    return texts;
}

} // namespace passgate::test
