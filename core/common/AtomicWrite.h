#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace passgate {

// Replaces `path` with `bytes` so that a crash or power cut at any moment leaves either the old
// file or the new one: write a temporary file in the same directory, fsync it, rename it over the
// target, fsync the directory (without that last step the rename itself may not survive). The file
// is readable by its owner only (0600), and a missing directory is made owner-only (0700).
Result<void, QString> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace passgate
