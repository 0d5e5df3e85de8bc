#pragma once

#include <QString>
#include <QStringList>

class QQuickItem;

namespace passgate::test {

// Walks a shown item tree the way a person looks at a screen: every control that can be tapped or
// typed into must be visible, have a size and lie fully inside the window and inside whatever clips
// it (a scrollable list may hold it below the fold, but never beside it). Every text is contained:
// its glyphs lie inside its own item, inside the nearest box drawn behind it (see TextAudit.h and
// containmentProblem) and inside the window; it hides no part of a number and breaks no word that
// fits on a line. Returns one line per problem, naming the item by objectName, text or type.
QStringList layoutProblems(QQuickItem *root);

// The texts a person sees on the screen now (Text items, placeholders of empty fields), for the
// translation check: trimmed, empty ones left out.
QStringList visibleTexts(QQuickItem *root);

// Every visible text item that shows MARKUP (tags as a pass, a file or a person could give them) must
// show it as text: Text.PlainText, and laid out as wide as its characters are. One line per item that
// does not, or one line when no visible item shows it at all (a check that cannot pass by default).
QStringList markupRendered(QQuickItem *root, const QString &markup);

} // namespace passgate::test
