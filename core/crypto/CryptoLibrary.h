#pragma once

#include <QString>

namespace passgate::crypto {

// The cryptographic library's name and version as it reports itself ("OpenSSL 3.0.x ..."), for
// `passgate-cli version` and bug reports.
QString libraryVersion();

} // namespace passgate::crypto
