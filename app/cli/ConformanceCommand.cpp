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
    SuiteEntry{"shc", "SMART Health Cards example set (e.g. testdata/shc)", shcConformanceSuite},
    SuiteEntry{"nzcp", "NZ COVID Pass example set (e.g. testdata/nzcp)", nzcpConformanceSuite},
    SuiteEntry{"certlogic", "CertLogic specification test suite (e.g. testdata/certlogic/spec)",
               certLogicSpecSuite},
    SuiteEntry{"rules", "EU gateway rules against their tests (e.g. testdata/certlogic/rules)",
               certLogicRulesSuite},
};

int usage(QTextStream &stream, const QString &command)
{
    stream << "usage: " << command << " <suite> [--by-key] [--divergences FILE] DIR\n\n"
           << "Runs every case of a conformance suite found in DIR, prints one line per mismatch and\n"
           << "closes with 'N passed, M failed' (dcc: 'N passed, M failed, D divergent'). Exit code 0 only\n"
           << "when nothing failed.\n"
           << "  --by-key            dcc: a table of how each EXPECTED* key fares\n"
           << "  --divergences FILE  dcc: the vectors whose expectation the published specification\n"
           << "                      contradicts (default: the list built in, "
              "resources/conformance)\n\nsuites:\n";
    for (const SuiteEntry &suite : suites)
        stream << "  " << QString::fromLatin1(suite.name).leftJustified(12) << suite.summary << "\n";
    return UsageError;
}

} // namespace

int conformanceMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() < 3 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h")
        return usage(arguments.size() >= 2 && arguments.at(1).startsWith(u'-') ? out : err, arguments.at(0));
    ConformanceOptions options;
    QString dir;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--by-key") {
            options.byKey = true;
        } else if (argument == u"--divergences" && i + 1 < arguments.size()) {
            options.divergences = arguments.at(++i);
        } else if (argument.startsWith(u"--divergences=")) {
            options.divergences = argument.mid(int(sizeof("--divergences=")) - 1);
        } else if (argument.startsWith(u'-') || !dir.isEmpty()) {
            err << arguments.at(0) << ": unexpected argument '" << argument << "'\n\n";
            return usage(err, arguments.at(0));
        } else {
            dir = argument;
        }
    }
    if (dir.isEmpty())
        return usage(err, arguments.at(0));
    for (const SuiteEntry &suite : suites) {
        if (arguments.at(1) != QLatin1String(suite.name))
            continue;
        if (!QFileInfo(dir).isDir()) {
            err << arguments.at(0) << ": " << dir << " is not a directory\n";
            return Failed;
        }
        return suite.run(dir, options, out);
    }
    err << arguments.at(0) << ": unknown suite '" << arguments.at(1) << "'\n\n";
    return usage(err, arguments.at(0));
}

} // namespace passgate::cli
