#pragma once

#include <QRectF>
#include <QString>

class QQuickItem;

namespace passgate::test {

// What a person reading one Text item (QQuickText, Label) would find wrong with it as laid out now.

// Where its glyphs are, in the item's own coordinates: after alignment, wrapping, eliding and
// fitting, and beyond the item's size when the text does not fit it. (The item's own rectangle is what
// a layout gave it, not what is painted.)
QRectF paintedRect(const QQuickItem *text);

// A word laid out across two lines although it would fit on one line alone ("PI" | "N"), or an empty
// string. A word too long for any line (a file path, a 46-letter name) may break: there is no better
// place. Words are letters and digits in a row, in any script (Hangul syllables too).
QString brokenWord(const QQuickItem *text);

// Whether it hides part of a number: cut short (elided, or past its line count) while it holds a
// digit. A count, a time or a date shown in part reads as another one.
bool hidesNumber(const QQuickItem *text);

} // namespace passgate::test
