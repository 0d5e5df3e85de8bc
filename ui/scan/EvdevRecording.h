#pragma once

#include "common/Result.h"
#include "scan/ScannerKeystrokes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace passgate {

// Key event streams recorded from a device with evemu-record (Debian's evemu-tools), the format people
// already use to attach a device's behaviour to a bug report: "E: <sec>.<usec> <type> <code> <value>"
// lines, type and code in hex. The device description lines (N:, I:, B:...) and comments are skipped.
namespace EvdevRecording {

Result<QList<EvdevEvent>, QString> parse(const QByteArray &text);

// The same stream written back, one "E:" line per event (tests make streams with it).
QByteArray write(const QList<EvdevEvent> &events);

} // namespace EvdevRecording

} // namespace passgate
