#pragma once

#include "scan/ScanError.h"

#include <QList>
#include <QString>

namespace passgate {

// One pass the demo source shows: what it is (for the caption) and the text its QR code holds.
struct DemoPass
{
    QString label;
    QString payload;

    friend bool operator==(const DemoPass &, const DemoPass &) = default;
};

// Where the kiosk finds the bundled demo passes: resources/demo/demo-passes.txt compiled in as a Qt
// resource under the prefix /demo (as resources/policies is under /policies).
QString bundledDemoPassList();

// A list is a demonstration, not a workload: at most this many passes (and readLimit::jsonFile bytes).
inline constexpr qsizetype maxDemoPasses = 10000;

// A demo pass list is UTF-8 text, one pass per line: "LABEL<TAB>PAYLOAD", or just "PAYLOAD" (labelled
// "pass N"). Blank lines and lines starting with '#' are skipped; whitespace is trimmed from the label
// only: the payload is taken exactly (base45 in HC1: payloads has a space among its digits).
Result<QList<DemoPass>, ScanFailure> parseDemoPassList(const QString &text);
// Reads and parses a list from a file path or a Qt resource path (":/...").
Result<QList<DemoPass>, ScanFailure> loadDemoPassList(const QString &path);

} // namespace passgate
