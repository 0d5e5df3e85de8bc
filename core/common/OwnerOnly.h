#pragma once

#include "common/Result.h"

#include <QString>

namespace passgate {

// A kiosk's data (the ledger, keys, the config with the staff PIN's record) is for the kiosk's own
// user: directories 0700 and files 0600, whatever the umask.

// Makes `path` and any missing parents; a directory made here is 0700. An existing directory keeps
// its mode (see openToOthers).
Result<void, QString> makeOwnerOnlyDirectory(const QString &path);

// Sets an existing file to 0600; a missing file is no error.
Result<void, QString> restrictToOwner(const QString &path);

// True when group or others may read, write or enter `path` (a doctor-style warning for staff).
bool openToOthers(const QString &path);

} // namespace passgate
