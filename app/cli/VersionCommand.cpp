#include "cli/Command.h"

#include "crypto/CryptoLibrary.h"

#include <QTextStream>

#include <sqlite3.h>
#include <zlib.h>

namespace passgate::cli {

int versionMain(const QStringList &)
{
    QTextStream out(stdout);
    out << "passgate " << PASSGATE_VERSION << "\n"
        << "Qt " << qVersion() << ", " << crypto::libraryVersion() << ", SQLite " << sqlite3_libversion()
        << ", zlib " << zlibVersion() << "\n";
    return Success;
}

} // namespace passgate::cli
