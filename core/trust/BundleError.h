#pragma once

#include "common/Result.h"

#include <QString>

namespace passgate {

// Why a trust bundle was not installed (docs/trust-bundle.md, "Verification and installation").
enum class BundleErrorCode
{
    Malformed,        // not a bundle, truncated, or its contents do not parse
    UnknownPublisher, // signed by a key the kiosk does not pin
    BadSignature,     // the signature does not verify: tampered or corrupted
    Expired,          // past its `expires`
    Rollback,         // a lower sequence than the installed bundle (or the same one, changed)
    Storage,          // the bundle could not be written or read on this machine
};

using BundleError = Error<BundleErrorCode>;

// A stable word for logs, file names and the staff view: "malformed", "unknown-publisher", ...
QString bundleErrorName(BundleErrorCode code);

} // namespace passgate
