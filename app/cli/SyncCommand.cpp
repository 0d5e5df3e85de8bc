#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/KioskPaths.h"

#include "ledger/Ledger.h"
#include "replication/SyncWorker.h"
#include "station/KioskConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

namespace passgate::cli {

namespace {

QString stateName(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Off:
        return QStringLiteral("off");
    case SyncStatus::State::Connecting:
        return QStringLiteral("connecting");
    case SyncStatus::State::Sending:
        return QStringLiteral("sending");
    case SyncStatus::State::CaughtUp:
        return QStringLiteral("caught-up");
    case SyncStatus::State::Retrying:
        return QStringLiteral("retrying");
    case SyncStatus::State::Stopped:
        return QStringLiteral("stopped");
    }
    return QString();
}

} // namespace

// The kiosk's sync worker without the kiosk: to catch a ledger up by hand (a kiosk whose screen is
// broken), and what the replication tests drive.
int syncMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const KioskPaths detected = KioskPaths::detect();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Replicates the kiosk's ledger to the server its "
                                                    "settings name (syncServer), as the kiosk does in the "
                                                    "background. Prints one line whenever the state or the "
                                                    "acknowledged entry changes. Runs until stopped, "
                                                    "or with --until-caught-up until the server holds every "
                                                    "entry (exit 0) or cannot take them (exit 1)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("data-dir"),
         QStringLiteral("the kiosk's data dir (default: %1)").arg(detected.dataDir), QStringLiteral("DIR"),
         detected.dataDir},
        {QStringLiteral("config"), QStringLiteral("its settings file (default: %1)").arg(detected.configPath),
         QStringLiteral("FILE"), detected.configPath},
        {QStringLiteral("until-caught-up"), QStringLiteral("stop once the server holds every entry")},
        {QStringLiteral("batch"), QStringLiteral("entries per batch (default 500)"), QStringLiteral("N")},
        {QStringLiteral("poll-ms"), QStringLiteral("how often to look for new entries (default 2000)"),
         QStringLiteral("MS")},
        {QStringLiteral("retry-cap-ms"),
         QStringLiteral("the longest wait between failed attempts (default 300000)"), QStringLiteral("MS")},
        {QStringLiteral("lose-acknowledgements"),
         QStringLiteral(
             "test tool: drop the connection right after the first N batches committed, as if their "
             "acknowledgement was lost"),
         QStringLiteral("N")},
    });
    if (const std::optional<int> done = parseArguments(parser, arguments, out, err))
        return *done;
    const auto config = KioskConfig::load(parser.value(QStringLiteral("config")));
    if (!config) {
        err << "sync: " << config.error().reason << "\n";
        return Failed;
    }
    SyncWorker::Options options;
    options.settings = SyncSettings::fromConfig(*config);
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    // A mistyped --data-dir is an error now, not a server retried forever for a ledger that is not there.
    if (const QString ledger = QDir(options.dataDir).filePath(Ledger::DatabaseFileName);
        !QFileInfo::exists(ledger)) {
        err << "sync: there is no ledger at " << ledger << " (is the data dir right?)\n";
        return Failed;
    }
    if (!options.settings.enabled()) {
        err << "sync: the settings name no sync server (syncServer is empty)\n";
        return Failed;
    }
    const auto number = [&](const QString &name, qint64 fallback) {
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        return parser.isSet(name) && ok && value >= 0 ? value : fallback;
    };
    options.settings.batchSize = int(std::clamp<qint64>(number(QStringLiteral("batch"), 500), 1, 10000));
    options.settings.poll = std::chrono::milliseconds(number(QStringLiteral("poll-ms"), 2000));
    options.settings.backoffCap = std::chrono::milliseconds(std::max<qint64>(
        options.settings.backoffBase.count(), number(QStringLiteral("retry-cap-ms"), 300000)));
    options.loseAcknowledgements = int(number(QStringLiteral("lose-acknowledgements"), 0));
    const bool untilCaughtUp = parser.isSet(QStringLiteral("until-caught-up"));

    SyncWorker worker(options);
    int exitCode = Success;
    SyncStatus::State lastState = SyncStatus::State::Off;
    qint64 lastAcknowledged = -2;
    QObject::connect(&worker, &SyncWorker::statusChanged, &worker, [&](const SyncStatus &status) {
        // Every failure is a line of its own, even when it repeats the state.
        const bool failure =
            status.state == SyncStatus::State::Retrying || status.state == SyncStatus::State::Stopped;
        if (failure || status.state != lastState || status.acknowledged != lastAcknowledged) {
            out << stateName(status.state) << " acknowledged=" << status.acknowledged
                << " local=" << status.localHead << " sent=" << status.sentTotal
                << " resent=" << status.resentTotal;
            if (status.problem)
                out << " problem=" << syncCodeName(status.problem->code) << ": " << status.problem->reason;
            out << Qt::endl;
            lastState = status.state;
            lastAcknowledged = status.acknowledged;
        }
        if (!untilCaughtUp)
            return;
        if (status.state == SyncStatus::State::CaughtUp) {
            worker.requestStop();
            QCoreApplication::exit(Success);
        } else if (status.state == SyncStatus::State::Stopped) {
            exitCode = Failed;
            worker.requestStop();
            QCoreApplication::exit(Failed);
        }
    });
    QTimer::singleShot(0, &worker, &SyncWorker::start);
    const int code = QCoreApplication::exec();
    return code != Success ? code : exitCode;
}

} // namespace passgate::cli
