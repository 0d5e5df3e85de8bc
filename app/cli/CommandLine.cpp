#include "cli/CommandLine.h"

#include "cli/Command.h"

namespace passgate::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

} // namespace passgate::cli
