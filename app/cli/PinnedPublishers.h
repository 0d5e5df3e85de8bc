#pragma once

#include "common/Result.h"
#include "trust/PublisherKeys.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace passgate::cli {

// The trust list publishers a command pins: the keys of the given PEM files, or, when none is
// given, the DEMO publisher key (with a note on `err` that it is demo only). The reason names the
// file that cannot be read or the key that is unusable.
Result<PublisherKeys, QString> pinnedPublishers(const QStringList &keyFiles, QTextStream &err);

} // namespace passgate::cli
