#include "cli/Command.h"
#include "cli/CommandLine.h"

#include "replication/SyncSettings.h"
#include "station/KioskConfig.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace passgate::cli {

// passgate-cli config check FILE: the kiosk's settings file as the kiosk reads it at start. Every
// wrong setting on its own line (the key, the value as written, what is allowed); exit 1 when any.
int configMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks a kiosk settings file (config.json): every setting with a wrong type or value "
                       "is listed with what is allowed. Exit 0 when valid, 1 when not."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), QStringLiteral("the action: check"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the settings file"));
    if (const std::optional<int> early = parseArguments(parser, arguments, out, err))
        return *early;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != u"check") {
        err << "usage: passgate-cli config check FILE\n";
        return UsageError;
    }
    const QString &path = positional.at(1);
    auto reading = KioskConfig::readFile(path);
    if (!reading) {
        err << "config: " << reading.error().reason << "\n";
        return Failed;
    }
    // The sync settings by the check the sync worker makes before it connects: what sync would refuse
    // is not valid here either.
    const SyncSettings sync = SyncSettings::fromConfig(reading->config);
    if (sync.enabled()) {
        if (const auto checked = sync.validate(); !checked)
            reading->problems.append(QStringLiteral("sync settings: %1").arg(checked.error().reason));
    }
    if (reading->problems.isEmpty()) {
        out << path << ": the settings are valid\n";
        return Success;
    }
    out << path << ": " << reading->problems.size()
        << (reading->problems.size() == 1 ? " wrong setting" : " wrong settings")
        << " (the kiosk checks nobody in until they are fixed; sync sends nothing while its settings "
           "are wrong)\n";
    for (const QString &problem : std::as_const(reading->problems))
        out << "  " << problem << "\n";
    return Failed;
}

} // namespace passgate::cli
