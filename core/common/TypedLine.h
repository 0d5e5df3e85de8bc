#pragma once

#include <QString>
#include <QStringView>

namespace passgate {

// A line a person typed (staff id, home district, outage or override reason), as it may be stored,
// exported and shown: control characters (C0, DEL, C1: a CR or tab opens a new cell or line in a
// spreadsheet) and the bidirectional controls that make text display otherwise than it is stored are
// removed, runs of white space become one space, and at most `maxLength` characters are kept.
QString typedLine(QStringView text, qsizetype maxLength);

} // namespace passgate
