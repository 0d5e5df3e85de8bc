#include "cli/Command.h"
#include "cli/ConformanceSuite.h"

#include <QFileInfo>
#include <QTextStream>

#include <array>

namespace passgate::cli {

namespace {

struct SuiteEntry
{
    const char *name;
    const char *summary;
    ConformanceSuite run;
};

// One line per suite; suites live in their own files.
const std::array suites = {
    SuiteEntry{"dcc", "EU DCC test vectors, dgc-testdata layout (e.g. testdata/dcc)", dccConformanceSuite},
    SuiteEntry{"certlogic", "CertLogic specification test suite (e.g. testdata/certlogic/spec)",
               certLogicSpecSuite},
    SuiteEntry{"rules", "EU gateway rules against their tests (e.g. testdata/certlogic/rules)",
               certLogicRulesSuite},
};

int usage(QTextStream &stream, const QString &command)
{
    stream << "usage: " << command << " <suite> DIR\n\n"
           << "Runs every case of a conformance suite found in DIR, prints one line per mismatch and\n"
           << "closes with 'N passed, M failed'. Exit code 0 only when nothing failed.\n\nsuites:\n";
    for (const SuiteEntry &suite : suites)
        stream << "  " << QString::fromLatin1(suite.name).leftJustified(12) << suite.summary << "\n";
    return UsageError;
}

} // namespace

int conformanceMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() != 3 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h")
        return usage(arguments.size() >= 2 && arguments.at(1).startsWith(u'-') ? out : err, arguments.at(0));
    for (const SuiteEntry &suite : suites) {
        if (arguments.at(1) != QLatin1String(suite.name))
            continue;
        if (!QFileInfo(arguments.at(2)).isDir()) {
            err << arguments.at(0) << ": " << arguments.at(2) << " is not a directory\n";
            return Failed;
        }
        return suite.run(arguments.at(2), out);
    }
    err << arguments.at(0) << ": unknown suite '" << arguments.at(1) << "'\n\n";
    return usage(err, arguments.at(0));
}

} // namespace passgate::cli
