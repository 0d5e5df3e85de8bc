#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace passgate {

// Every file passgate reads has a size bound, checked while reading: an endless or huge input
// (/dev/zero, a mistaken path, a hostile file) is a one-line error, not an allocation that grows
// until the process is killed.
namespace readLimit {
constexpr qint64 qrText = 64 * 1024;          // a QR code holds at most 7,089 characters
constexpr qint64 picture = 64 * 1024 * 1024;  // a photo of a pass
constexpr qint64 keyFile = 1024 * 1024;       // PEM keys and certificates, passphrases
constexpr qint64 jsonFile = 16 * 1024 * 1024; // configuration, policies, rule sets, pass lists
} // namespace readLimit

// Reads `device` to its end, or fails as soon as it holds more than `limit` bytes. `what` names
// the input in the error ("cannot read FILE: ...", "FILE is larger than N bytes").
Result<QByteArray, QString> readBounded(QIODevice &device, qint64 limit, const QString &what);
// The same for a file by path.
Result<QByteArray, QString> readFileBounded(const QString &path, qint64 limit);
// The same for a command-line input: a path, or "-" for standard input.
Result<QByteArray, QString> readInputBounded(const QString &pathOrDash, qint64 limit);

} // namespace passgate
