#pragma once

#include "trust/BundleError.h"
#include "trust/PublisherKeys.h"
#include "trust/TrustBundle.h"

#include <QByteArray>
#include <QDateTime>

namespace passgate {

enum class ExpiryCheck
{
    Enforce,
    Ignore
};

// Reads and verifies a bundle file in the documented order: framing, publisher pinned, signature,
// manifest, expiry. Rollback needs the installed bundle and is the store's check. `Ignore` is for
// re-reading the bundle already in force, which stays in use (flagged) after it expires.
Result<TrustBundle, BundleError> verifyBundle(const QByteArray &file, const PublisherKeys &publishers,
                                              const QDateTime &now,
                                              ExpiryCheck expiry = ExpiryCheck::Enforce);

} // namespace passgate
