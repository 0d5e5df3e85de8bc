#include "cli/Command.h"
#include "cli/PassphraseInput.h"
#include "common/BoundedRead.h"
#include "common/OutputFile.h"

#include "common/Clock.h"
#include "crypto/Hmac.h"
#include "crypto/SecureRandom.h"
#include "crypto/X25519Key.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerExport.h"
#include "ledger/OutagePeriods.h"
#include "ledger/VenueKeys.h"

#include <QCommandLineParser>
#include <QFile>
#include <QMap>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <optional>

namespace passgate::cli {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int report(const QString &command, const LedgerError &error)
{
    err() << "ledger " << command << ": " << ledgerCodeName(error.code) << ": " << error.reason << "\n";
    if (error.code == LedgerCode::Corrupt)
        err() << "ledger " << command
              << ": the file was left as it is; copy it for rescue before the kiosk's "
              << "next start, which moves it aside and begins a new ledger (and records that it did)\n";
    err().flush();
    return Failed;
}

// Parses the subcommand's options; returns an exit code when the command should end right away.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                         bool needsDataDir = true)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (needsDataDir)
        parser.addOption(
            {QStringLiteral("data-dir"), QStringLiteral("The kiosk's data dir."), QStringLiteral("dir")});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (needsDataDir && parser.value(QStringLiteral("data-dir")).isEmpty()) {
        err() << arguments.value(0) << ": --data-dir is required\n";
        return UsageError;
    }
    return std::nullopt;
}

LedgerOptions optionsFor(const QCommandLineParser &parser, LedgerOptions::Access access)
{
    LedgerOptions options;
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.kioskId = QStringLiteral("passgate-cli");
    options.access = access;
    // An administrator's command never makes a data dir, and never moves a damaged ledger aside (the
    // kiosk does, and says so): it stops and says what it found.
    options.createIfMissing = false;
    options.onCorrupt = LedgerOptions::OnCorrupt::Refuse;
    return options;
}

// "2026-03-01" is that whole day (its start for --from, the next day's start for --to); a date-time
// without an offset is UTC.
std::optional<QDateTime> parseTime(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QString humanBytes(qint64 bytes)
{
    if (bytes >= 10 * 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 10 * 1024)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto done = parse(parser, arguments,
                          QStringLiteral("Counts per day and mode, the span held, the chain status.")))
        return *done;
    const SystemClock clock;
    auto ledger = Ledger::open(optionsFor(parser, LedgerOptions::Access::ReadOnly), clock);
    if (!ledger)
        return report(QStringLiteral("stats"), ledger.error());
    auto stats = ledger->stats();
    if (!stats)
        return report(QStringLiteral("stats"), stats.error());
    QTextStream out(stdout);
    out << "ledger:    " << ledger->databasePath() << " (" << humanBytes(stats->databaseBytes)
        << " with its WAL)\n"
        << "entries:   " << stats->checkIns << " check-ins, " << stats->events << " ledger events\n";
    if (stats->oldest.isValid())
        out << "oldest:    " << stats->oldest.toString(Qt::ISODate) << "\n"
            << "newest:    " << stats->newest.toString(Qt::ISODate) << "\n";
    out << "chain:     " << stats->chain.summary() << "\n"
        << "schema:    " << stats->schemaSummary() << "\n";
    if (!stats->perDayAndMode.isEmpty()) {
        out << "check-ins per day (UTC) and mode:\n";
        QMap<QDate, QStringList> days;
        QMap<QDate, qint64> totals;
        for (const LedgerStats::DayCount &count : stats->perDayAndMode) {
            days[count.day].append(QStringLiteral("%1 %2").arg(count.mode).arg(count.checkIns));
            totals[count.day] += count.checkIns;
        }
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            out << "  " << it.key().toString(Qt::ISODate) << "  "
                << QString::number(totals.value(it.key())).rightJustified(6) << "  "
                << it.value().join(QStringLiteral(", ")) << "\n";
    }
    return stats->chain.intact() ? Success : Failed;
}

int outages(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("The outage-mode periods the ledger holds: when, why, who turned it on "
                                 "and off, and the check-ins recorded under each.")))
        return *done;
    const SystemClock clock;
    auto ledger = Ledger::open(optionsFor(parser, LedgerOptions::Access::ReadOnly), clock);
    if (!ledger)
        return report(QStringLiteral("outages"), ledger.error());
    auto entries = ledger->entries(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()),
                                   QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc()));
    if (!entries)
        return report(QStringLiteral("outages"), entries.error());
    const QList<OutagePeriod> periods = outagePeriods(*entries);
    QTextStream out(stdout);
    const auto when = [](const QDateTime &time, const QString &unknown) {
        return time.isValid() ? time.toUTC().toString(Qt::ISODate) : unknown;
    };
    for (const OutagePeriod &period : periods) {
        out << when(period.started, QStringLiteral("(before the oldest entry)")) << " - "
            << (period.open() ? QStringLiteral("still on") : when(period.ended, QString()));
        if (period.started.isValid() && period.ended.isValid())
            out << " (" << period.started.secsTo(period.ended) / 60 << " min)";
        out << "  " << period.checkIns << " check-ins, " << period.admitted << " admitted\n"
            << "  reason: " << (period.reason.isEmpty() ? QStringLiteral("(none recorded)") : period.reason)
            << "\n  on: " << (period.startedBy.isEmpty() ? QStringLiteral("?") : period.startedBy)
            << (period.startId ? QStringLiteral(" (entry %1)").arg(period.startId) : QString())
            << "  off: " << (period.open() ? QStringLiteral("-") : period.endedBy)
            << (period.endId ? QStringLiteral(" (entry %1)").arg(period.endId) : QString()) << "\n";
    }
    out << periods.size() << (periods.size() == 1 ? " outage period\n" : " outage periods\n");
    return Success;
}

int verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto done = parse(
            parser, arguments,
            QStringLiteral("Checks the database's integrity and every link of the hash chain; names the "
                           "first broken link. Exits 1 when anything is wrong.")))
        return *done;
    const SystemClock clock;
    auto ledger = Ledger::open(optionsFor(parser, LedgerOptions::Access::ReadOnly), clock);
    if (!ledger)
        return report(QStringLiteral("verify"), ledger.error());
    auto chain = ledger->verify();
    if (!chain)
        return report(QStringLiteral("verify"), chain.error());
    if (chain->intact())
        QTextStream(stdout) << chain->summary() << "\n";
    else
        err() << chain->summary() << "\n";
    return chain->intact() ? Success : Failed;
}

int purge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("older-than"),
         QStringLiteral("Purge entries older than <days> (default %1).").arg(RetentionPolicy::DefaultDays),
         QStringLiteral("days")});
    if (auto done = parse(
            parser, arguments,
            QStringLiteral("Deletes entries past the retention period in one transaction, keeps a chain "
                           "checkpoint and gives the space back.")))
        return *done;
    LedgerOptions options = optionsFor(parser, LedgerOptions::Access::ReadWrite);
    if (parser.isSet(QStringLiteral("older-than"))) {
        bool ok = false;
        options.retention.days = parser.value(QStringLiteral("older-than")).toInt(&ok);
        if (!ok || options.retention.days < 0) {
            err() << "ledger purge: --older-than takes a number of days\n";
            return UsageError;
        }
    }
    const SystemClock clock;
    auto ledger = Ledger::open(options, clock);
    if (!ledger)
        return report(QStringLiteral("purge"), ledger.error());
    auto purged = ledger->purge(clock);
    if (!purged)
        return report(QStringLiteral("purge"), purged.error());
    QTextStream(stdout) << "purged " << purged->purgedEntries << " entries older than "
                        << purged->cutoff.toString(Qt::ISODate) << " (through id " << purged->throughId
                        << "); " << humanBytes(purged->bytesBefore) << " -> "
                        << humanBytes(purged->bytesAfter) << "\n";
    return Success;
}

int exportWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("Start of the window (ISO date or date-time, UTC)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("End of the window, exclusive (a date: through that day)."),
                      QStringLiteral("time")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The sealed export file to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace --out if it exists (never a link).")});
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("Writes the check-ins of a time window for contact tracing, sealed to the "
                                 "owner's public key.")))
        return *done;
    const auto from = parseTime(parser.value(QStringLiteral("from")), false);
    const auto to = parseTime(parser.value(QStringLiteral("to")), true);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!from || !to || outPath.isEmpty()) {
        err() << "ledger export: --from, --to (ISO 8601) and --out are required\n";
        return UsageError;
    }
    auto keys = VenueKeys::load(parser.value(QStringLiteral("data-dir")));
    if (!keys)
        return report(QStringLiteral("export"), keys.error());
    const SystemClock clock;
    auto ledger = Ledger::open(optionsFor(parser, LedgerOptions::Access::ReadOnly), clock);
    if (!ledger)
        return report(QStringLiteral("export"), ledger.error());
    auto summary = LedgerExport::write(
        *ledger, *from, *to, keys->ownerPublicKey(), outPath,
        parser.isSet(QStringLiteral("force")) ? Overwrite::Replace : Overwrite::Refuse, clock);
    if (!summary)
        return report(QStringLiteral("export"), summary.error());
    QTextStream(stdout) << "exported " << summary->entries << " check-ins from "
                        << from->toString(Qt::ISODate) << " to " << to->toString(Qt::ISODate) << " into "
                        << outPath << " (sealed: only the owner's private key opens it)\n";
    return Success;
}

int openExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The sealed export."));
    parser.addOption(
        {QStringLiteral("key"), QStringLiteral("The owner's private key (PEM)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Write the CSV here instead of standard output."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace --out if it exists (never a link).")});
    addPassphraseOptions(parser);
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("Owner side: opens a sealed export with the private key and prints CSV with "
                                 "the phone numbers."),
                  false))
        return *done;
    if (parser.positionalArguments().size() != 1 || parser.value(QStringLiteral("key")).isEmpty()) {
        err() << "ledger open-export: give the export FILE and --key OWNER_PRIVATE_KEY\n";
        return UsageError;
    }
    const Overwrite overwrite =
        parser.isSet(QStringLiteral("force")) ? Overwrite::Replace : Overwrite::Refuse;
    // Before the passphrase is asked for: the decrypted contacts must have a safe place to go.
    if (parser.isSet(QStringLiteral("out"))) {
        if (auto allowed = checkOutputPath(parser.value(QStringLiteral("out")), overwrite); !allowed) {
            err() << "ledger open-export: " << allowed.error() << "\n";
            return Failed;
        }
    }
    const QString keyPath = parser.value(QStringLiteral("key"));
    const Result<QByteArray, QString> exportBytes =
        readFileBounded(parser.positionalArguments().at(0), LedgerExport::maxFileBytes);
    const Result<QByteArray, QString> keyBytes = readFileBounded(keyPath, readLimit::keyFile);
    if (!exportBytes || !keyBytes) {
        err() << "ledger open-export: " << (exportBytes ? keyBytes.error() : exportBytes.error()) << "\n";
        return Failed;
    }
    QString problem;
    const QByteArray &pem = *keyBytes;
    QByteArray passphrase;
    if (pem.contains("ENCRYPTED PRIVATE KEY")) {
        const auto given =
            readPassphrase(parser, QStringLiteral("Passphrase for %1: ").arg(keyPath), &problem);
        if (!given) {
            err() << "ledger open-export: " << problem << "\n";
            return UsageError;
        }
        passphrase = *given;
    }
    auto key = crypto::X25519Key::fromPrivatePem(pem, passphrase);
    if (!key) {
        err() << "ledger open-export: " << keyPath << ": " << key.error().reason << "\n";
        return Failed;
    }
    auto opened = LedgerExport::open(*exportBytes, *key);
    if (!opened)
        return report(QStringLiteral("open-export"), opened.error());
    const QByteArray csv = LedgerExport::toCsv(*opened).toUtf8();
    if (parser.isSet(QStringLiteral("out"))) {
        // Owner only (0600): it holds phone numbers.
        if (auto written = writeOutputFile(parser.value(QStringLiteral("out")), csv, overwrite); !written) {
            err() << "ledger open-export: " << written.error() << "\n";
            return Failed;
        }
    } else {
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    }
    err() << "opened " << opened->entries.size() << " check-ins from " << opened->from.toString(Qt::ISODate)
          << " to " << opened->to.toString(Qt::ISODate) << " (exported "
          << opened->created.toString(Qt::ISODate) << "; at export: " << opened->chain << ")\n";
    return Success;
}

// Synthetic check-ins as fast as durability allows; each id is printed (and flushed) the moment append
// returns, so a crash test knows exactly what was acknowledged before it pulled the plug.
int stress(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("count"), QStringLiteral("How many entries to append."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("kiosk-id"), QStringLiteral("Kiosk id to record (default 'stress')."),
                      QStringLiteral("id")});
    parser.addOption(
        {QStringLiteral("in-one-transaction"),
         QStringLiteral("Append all N in one transaction and print only the last id (load tests: "
                        "many ledgers made quickly).")});
    parser.addOption(
        {QStringLiteral("clock"),
         QStringLiteral("Stamp the entries as a kiosk whose clock reads this time (ISO 8601), one "
                        "second apart: a kiosk whose clock was wrong (replication tests)."),
         QStringLiteral("time")});
    if (auto done = parse(
            parser, arguments,
            QStringLiteral("Appends N synthetic entries, printing each acknowledged id on its own line. "
                           "Phone and paper entries carry synthetic phone numbers 010-9XXX-XXXX, sealed "
                           "with the data dir's keys (throwaway keys when it has none).")))
        return *done;
    bool ok = false;
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong(&ok);
    if (!ok || count < 0) {
        err() << "ledger stress: --count N is required\n";
        return UsageError;
    }
    std::optional<FixedClock> wrongClock;
    if (parser.isSet(QStringLiteral("clock"))) {
        const QDateTime at = QDateTime::fromString(parser.value(QStringLiteral("clock")), Qt::ISODate);
        if (!at.isValid()) {
            err() << "ledger stress: --clock must be an ISO 8601 time\n";
            return UsageError;
        }
        wrongClock.emplace(at.toUTC());
    }
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    auto keys = VenueKeys::load(dataDir);
    std::optional<VenueKeys> throwaway;
    if (!keys) {
        auto key = crypto::X25519Key::generate();
        if (!key) {
            err() << "ledger stress: " << key.error().reason << "\n";
            return Failed;
        }
        throwaway.emplace(crypto::secureRandomBytes(VenueKeys::SecretSize), key->publicKey());
    }
    const VenueKeys &venue = keys ? *keys : *throwaway;

    LedgerOptions options = optionsFor(parser, LedgerOptions::Access::ReadWrite);
    options.createIfMissing = true; // a test tool that fills a new ledger on purpose
    options.kioskId = parser.value(QStringLiteral("kiosk-id")).isEmpty()
                          ? QStringLiteral("stress")
                          : parser.value(QStringLiteral("kiosk-id"));
    const SystemClock systemClock;
    const Clock &clock = wrongClock ? static_cast<const Clock &>(*wrongClock) : systemClock;
    auto ledger = Ledger::open(options, clock);
    if (!ledger)
        return report(QStringLiteral("stress"), ledger.error());
    if (ledger->recovered())
        err() << "ledger stress: the database was damaged and moved to " << ledger->recovered()->movedTo
              << "\n";
    err().flush();

    const bool together = parser.isSet(QStringLiteral("in-one-transaction"));
    QList<LedgerEntry> pending;
    for (qint64 i = 0; i < count; ++i) {
        Evidence evidence;
        evidence.mode = CheckInMode(i % 4);
        DecodedPass pass;
        pass.issuerCountry = QStringLiteral("KR");
        pass.certificateId = QStringLiteral("URN:UVCI:01:KR:STRESS/%1").arg(i);
        if (evidence.mode == CheckInMode::Qr || evidence.mode == CheckInMode::Override)
            evidence.passes = {pass};
        if (evidence.mode == CheckInMode::Phone || evidence.mode == CheckInMode::Paper)
            evidence.contact = QStringLiteral("010-9%1-%2")
                                   .arg((i / 10000) % 1000, 3, 10, QLatin1Char('0'))
                                   .arg(i % 10000, 4, 10, QLatin1Char('0'));
        if (evidence.mode == CheckInMode::Paper || evidence.mode == CheckInMode::Override)
            evidence.staffId = QStringLiteral("staff-1");
        const Decision decision{
            i % 7 == 0 ? Verdict::Deny : Verdict::Admit, {Reason{QStringLiteral("stress"), {}}}, {}};
        auto entry = LedgerEntry::fromCheckIn(evidence, decision, options.kioskId, clock, venue);
        if (!entry)
            return report(QStringLiteral("stress"), entry.error());
        if (wrongClock)
            wrongClock->advance(std::chrono::seconds(1));
        if (together) {
            pending.append(std::move(*entry));
            continue;
        }
        auto id = ledger->append(*entry);
        if (!id)
            return report(QStringLiteral("stress"), id.error());
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    if (together && !pending.isEmpty()) {
        auto last = ledger->appendAll(pending);
        if (!last)
            return report(QStringLiteral("stress"), last.error());
        std::printf("%lld\n", static_cast<long long>(*last));
    }
    return Success;
}

} // namespace

int ledgerMain(const QStringList &arguments)
{
    static const QMap<QString, std::function<int(const QStringList &)>> subcommands = {
        {QStringLiteral("stats"), stats},
        {QStringLiteral("verify"), verify},
        {QStringLiteral("purge"), purge},
        {QStringLiteral("export"), exportWindow},
        {QStringLiteral("open-export"), openExport},
        {QStringLiteral("stress"), stress},
        {QStringLiteral("outages"), outages},
    };
    if (arguments.size() < 2 || !subcommands.contains(arguments.at(1))) {
        err() << "usage: passgate-cli ledger <command> [options]   ('<command> --help' for its options)\n"
                 "  stats        --data-dir DIR                      counts per day and mode, span, chain, "
                 "size\n"
                 "  verify       --data-dir DIR                      integrity and hash chain; names the "
                 "first broken link\n"
                 "  purge        --data-dir DIR [--older-than DAYS]  delete entries past retention (default "
                 "28 days)\n"
                 "  export       --data-dir DIR --from T --to T --out FILE   sealed export for contact "
                 "tracing\n"
                 "  open-export  FILE --key OWNER_PRIVATE_KEY [--out CSV]    owner side: decrypt to CSV\n"
                 "  outages      --data-dir DIR                      outage-mode periods: when, why, who, "
                 "check-ins\n"
                 "  stress       --data-dir DIR --count N            append N synthetic entries, print each "
                 "id\n";
        return UsageError;
    }
    QStringList rest = arguments;
    const QString name = rest.takeAt(1);
    rest[0] += QLatin1Char(' ') + name;
    return subcommands.value(name)(rest);
}

} // namespace passgate::cli
