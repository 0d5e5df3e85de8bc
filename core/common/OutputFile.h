#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace passgate {

// Whether an output may replace a file already there (a command's --force).
enum class Overwrite
{
    Refuse,
    Replace
};

// Whether `path` may receive a new output file: never a symbolic link (writing through one puts
// decrypted contacts wherever it points, and as root that is any file), never a directory, device or
// pipe, an existing regular file only with Overwrite::Replace, and its folder must exist (a typo is
// not a new folder). The reason names the path and what to do.
Result<void, QString> checkOutputPath(const QString &path, Overwrite overwrite);

// checkOutputPath, then writeFileAtomically: a temporary file in the same folder, renamed over the
// path, so a link swapped in after the check is itself replaced and never followed. Mode 0600.
Result<void, QString> writeOutputFile(const QString &path, const QByteArray &bytes, Overwrite overwrite);

} // namespace passgate
