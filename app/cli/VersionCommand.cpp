#include "cli/Command.h"

#include <QTextStream>

#include <openssl/crypto.h>
#include <sqlite3.h>
#include <zlib.h>

namespace passgate::cli {

int versionMain(const QStringList &)
{
    QTextStream out(stdout);
    out << "passgate " << PASSGATE_VERSION << "\n"
        << "Qt " << qVersion() << ", " << OpenSSL_version(OPENSSL_VERSION) << ", SQLite "
        << sqlite3_libversion() << ", zlib " << zlibVersion() << "\n";
    return Success;
}

} // namespace passgate::cli
