#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace passgate {

// File names on Linux are bytes; Qt 6 reads and writes them as UTF-8 only, so a name in another
// encoding (EUC-KR from an old Windows share, Latin-1 from a camera's USB stick) cannot be opened
// through QFile: its bytes turn into U+FFFD on the way in. passgate keeps such a name byte for byte:
// the bytes of an argument that are not UTF-8 become U+DC80..U+DCFF (the "surrogate escape" Python
// uses for the same problem), and nativePath() gives the original bytes back for open(2), stat(2),
// rename(2) and SQLite. Valid UTF-8 passes through both ways unchanged.
QString pathFromNative(QByteArrayView bytes);
QByteArray nativePath(const QString &path);

// True when PATH holds bytes that are not UTF-8 (escaped): Qt's own file classes cannot open it.
bool hasEscapedBytes(const QString &path);

} // namespace passgate
