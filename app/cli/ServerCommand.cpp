#include "cli/Command.h"
#include "cli/CommandLine.h"

#include "common/AtomicWrite.h"
#include "common/BoundedRead.h"
#include "common/Clock.h"
#include "crypto/SecureRandom.h"
#include "crypto/X25519Key.h"
#include "ledger/LedgerEntry.h"
#include "ledger/LedgerExport.h"
#include "replication/PostgresConnection.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <functional>

namespace passgate::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failed(const QString &command, const QString &reason)
{
    err() << "server " << command << ": " << reason << "\n";
    err().flush();
    return Failed;
}

// Parses a subcommand with --db; returns an exit code when the command should end right away.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"),
         QStringLiteral("the server: a libpq connection string or URI (password from ~/.pgpass or "
                        "PGPASSWORD; TLS by sslmode= and sslrootcert=)"),
         QStringLiteral("URL")});
    if (const std::optional<int> done = parseArguments(parser, arguments, out(), err()))
        return done;
    if (parser.value(QStringLiteral("db")).isEmpty()) {
        err() << arguments.value(0) << ": --db URL is required\n";
        return UsageError;
    }
    return std::nullopt;
}

SyncResult<PostgresConnection> connectTo(const QCommandLineParser &parser)
{
    PostgresConnection::Options options;
    options.server = parser.value(QStringLiteral("db"));
    options.applicationName = QStringLiteral("passgate-cli server");
    options.queryTimeout = std::chrono::minutes(10); // a schema or a month's export
    return PostgresConnection::open(options);
}

// The version schema.sql builds; upgrade-N.sql brings version N - 1 to N.
constexpr int SchemaVersion = 2;

std::optional<QString> bundled(const QString &name)
{
    QFile file(QStringLiteral(":/server/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

// The schema's version on the server: 0 none yet, 1 the first (settings without schema_version).
SyncResult<int> schemaVersionOf(PostgresConnection &db)
{
    auto found = db.query(QStringLiteral(
        "SELECT CASE WHEN to_regclass('passgate.kiosks') IS NULL THEN 0 "
        "WHEN NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'passgate' "
        "AND table_name = 'settings' AND column_name = 'schema_version') THEN 1 ELSE -1 END"));
    if (!found)
        return fail(found.error());
    if (found->int64(0, 0) >= 0)
        return int(found->int64(0, 0));
    auto recorded = db.query(QStringLiteral("SELECT schema_version FROM passgate.settings"));
    if (!recorded)
        return fail(recorded.error());
    if (recorded->size() != 1)
        return fail(SyncCode::ServerError,
                    QStringLiteral("passgate.settings has %1 rows").arg(recorded->size()));
    return int(recorded->int64(0, 0));
}

int init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("retention-days"),
                      QStringLiteral("how many days the server keeps each entry from the day it arrived "
                                     "(default 28, as the kiosks); checked once a day"),
                      QStringLiteral("N"), QStringLiteral("28")});
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("Creates passgate's schema on the server: the entries table partitioned by "
                                 "arrival day, the kiosk registry, the fork and refused-upload logs, the "
                                 "ingest functions and the roles passgate_kiosk (may only append to its own "
                                 "chain) and passgate_owner (reads). A server with an older schema is "
                                 "upgraded, its entries kept. In one transaction.")))
        return *done;
    bool ok = false;
    const int days = parser.value(QStringLiteral("retention-days")).toInt(&ok);
    if (!ok || days < 1 || days > 3660)
        return failed(QStringLiteral("init"), QStringLiteral("--retention-days must be 1 to 3660"));
    auto db = connectTo(parser);
    if (!db)
        return failed(QStringLiteral("init"), db.error().reason);
    auto version = schemaVersionOf(*db);
    if (!version)
        return failed(QStringLiteral("init"), version.error().reason);
    if (*version == SchemaVersion) {
        out() << "the server already has passgate's schema: nothing changed\n";
        return Success;
    }
    if (*version > SchemaVersion)
        return failed(QStringLiteral("init"),
                      QStringLiteral("the server's schema is version %1, newer than this program's (%2): "
                                     "nothing changed; use a newer passgate-cli")
                          .arg(*version)
                          .arg(SchemaVersion));
    // A new schema, or the steps from the server's version; then the functions, which every version
    // replaces whole.
    QStringList parts = *version == 0 ? QStringList{QStringLiteral("schema.sql")} : QStringList();
    for (int step = *version + 1; *version > 0 && step <= SchemaVersion; ++step)
        parts.append(QStringLiteral("upgrade-%1.sql").arg(step));
    parts.append(QStringLiteral("functions.sql"));
    QString sql = QStringLiteral("BEGIN;\n");
    for (const QString &part : std::as_const(parts)) {
        const std::optional<QString> text = bundled(part);
        if (!text)
            return failed(QStringLiteral("init"),
                          QStringLiteral("%1 is missing from this program").arg(part));
        sql += *text + QStringLiteral("\n");
    }
    if (*version == 0 || parser.isSet(QStringLiteral("retention-days")))
        sql += QStringLiteral("UPDATE passgate.settings SET retention_days = %1;\n").arg(days);
    sql += QStringLiteral("COMMIT;\n");
    if (auto applied = db->execute(sql); !applied) {
        (void)db->execute(QStringLiteral("ROLLBACK"));
        return failed(QStringLiteral("init"), applied.error().reason);
    }
    if (*version > 0) {
        out() << "passgate's schema on the server upgraded from version " << *version << " to "
              << SchemaVersion << ", every entry kept\n";
        return Success;
    }
    out() << "passgate's schema is on the server (entries kept " << days
          << " days from their arrival); register each kiosk with `passgate-cli server add-kiosk`\n";
    return Success;
}

QString roleFor(const QString &kioskId)
{
    QString role = QStringLiteral("passgate_kiosk_") + kioskId.toLower();
    role.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return role.left(63);
}

int addKiosk(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("kiosk-id"),
                                 QStringLiteral("the kiosk's id (kioskId in its settings)"));
    parser.addOption({QStringLiteral("role"), QStringLiteral("its login role (default passgate_kiosk_<id>)"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("password-file"),
                      QStringLiteral("write the new role's password here (mode 0600) to copy to the kiosk; "
                                     "without it the password is printed"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("no-password"),
                      QStringLiteral("no password (the server authenticates the kiosk otherwise, e.g. by a "
                                     "client certificate)")});
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("Registers a kiosk: makes its login role, which may only append to this "
                                 "kiosk's chain and read where it ends.")))
        return *done;
    const QString kioskId = parser.positionalArguments().value(0);
    if (kioskId.isEmpty())
        return failed(QStringLiteral("add-kiosk"), QStringLiteral("give the kiosk's id"));
    const QString role =
        parser.isSet(QStringLiteral("role")) ? parser.value(QStringLiteral("role")) : roleFor(kioskId);
    const QString password = parser.isSet(QStringLiteral("no-password"))
                                 ? QString()
                                 : QString::fromLatin1(crypto::secureRandomBytes(24).toBase64(
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    auto db = connectTo(parser);
    if (!db)
        return failed(QStringLiteral("add-kiosk"), db.error().reason);
    // format() quotes the role and the password for the statement the server builds itself.
    auto statement = db->query(
        password.isEmpty()
            ? QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE passgate_kiosk', $1::text)")
            : QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE passgate_kiosk', "
                             "$1::text, $2::text)"),
        password.isEmpty() ? QList<QByteArray>{role.toUtf8()}
                           : QList<QByteArray>{role.toUtf8(), password.toUtf8()});
    if (!statement)
        return failed(QStringLiteral("add-kiosk"), statement.error().reason);
    for (const QString &step : {QStringLiteral("BEGIN"), statement->text(0, 0)}) {
        if (auto done = db->execute(step); !done)
            return failed(QStringLiteral("add-kiosk"), done.error().reason);
    }
    auto registered =
        db->query(QStringLiteral("INSERT INTO passgate.kiosks (kiosk_id, login_role) VALUES ($1, $2)"),
                  {kioskId.toUtf8(), role.toUtf8()});
    if (!registered) {
        (void)db->execute(QStringLiteral("ROLLBACK"));
        return failed(QStringLiteral("add-kiosk"), registered.error().reason);
    }
    if (!password.isEmpty() && parser.isSet(QStringLiteral("password-file"))) {
        auto written =
            writeFileAtomically(parser.value(QStringLiteral("password-file")), password.toUtf8() + '\n');
        if (!written) {
            (void)db->execute(QStringLiteral("ROLLBACK"));
            return failed(QStringLiteral("add-kiosk"), written.error());
        }
    }
    if (auto committed = db->execute(QStringLiteral("COMMIT")); !committed)
        return failed(QStringLiteral("add-kiosk"), committed.error().reason);
    out() << "kiosk " << kioskId << " registered as role " << role << "\n";
    if (!password.isEmpty() && !parser.isSet(QStringLiteral("password-file")))
        out() << "password: " << password << "\n";
    out() << "on the kiosk, set syncServer (with user=" << role
          << "), syncPasswordFile (a 0600 file holding the password) and syncServerCa or syncServerPin\n";
    return Success;
}

QString ago(const QByteArray &seconds)
{
    if (seconds.isNull())
        return QStringLiteral("never");
    const qint64 s = seconds.toLongLong();
    if (s < 120)
        return QStringLiteral("%1 s ago").arg(s);
    if (s < 7200)
        return QStringLiteral("%1 min ago").arg(s / 60);
    if (s < 172800)
        return QStringLiteral("%1 h ago").arg(s / 3600);
    return QStringLiteral("%1 days ago").arg(s / 86400);
}

// One kiosk's chain as passgate.verify() finds it on the server. `server verify` and `server status`
// both read it, so that status can never call a server healthy that verify calls broken.
struct ChainCheck
{
    QString kioskId;
    qint64 entries = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 badHashes = 0;
    qint64 brokenLinks = 0;
    qint64 foreignRows = 0;   // rows naming another kiosk than the one they are stored under
    qint64 missingNewest = 0; // acknowledged entries at the chain's end that are no longer here

    bool intact() const { return badHashes + brokenLinks + foreignRows + missingNewest == 0; }

    QString verdict() const
    {
        if (intact())
            return QStringLiteral("chain intact");
        QString text =
            QStringLiteral("BROKEN: %1 hashes wrong, %2 links broken").arg(badHashes).arg(brokenLinks);
        if (foreignRows > 0)
            text += QStringLiteral(", %1 entries naming another kiosk").arg(foreignRows);
        if (missingNewest > 0)
            text += QStringLiteral(", its newest %1 acknowledged entries missing").arg(missingNewest);
        return text;
    }
};

SyncResult<QList<ChainCheck>> checkChains(PostgresConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT kiosk_id, entries, first_seq, last_seq, bad_hashes, "
                                        "broken_links, foreign_rows, missing_newest "
                                        "FROM passgate.verify()"));
    if (!rows)
        return fail(rows.error());
    QList<ChainCheck> checks;
    for (int i = 0; i < rows->size(); ++i)
        checks.append({rows->text(i, 0), rows->int64(i, 1), rows->int64(i, 2), rows->int64(i, 3),
                       rows->int64(i, 4), rows->int64(i, 5), rows->int64(i, 6), rows->int64(i, 7)});
    return checks;
}

int status(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto done = parse(
            parser, arguments,
            QStringLiteral("Each kiosk: entries held, how far behind it is (as it last reported), "
                           "last contact, forks; every chain checked as `server verify` does; uploads "
                           "refused for naming another kiosk. Exits 1 when any kiosk is refused after a "
                           "fork, any chain is broken or any upload was refused.")))
        return *done;
    auto db = connectTo(parser);
    if (!db)
        return failed(QStringLiteral("status"), db.error().reason);
    auto rows = db->query(QStringLiteral(
        "SELECT k.kiosk_id, k.login_role, coalesce(k.head_seq, 0), k.first_seq, "
        "  greatest(coalesce(k.reported_head, 0) - coalesce(k.head_seq, 0), 0), "
        "  extract(epoch FROM now() - k.last_contact)::bigint, "
        "  (SELECT count(*) FROM passgate.forks f WHERE f.kiosk_id = k.kiosk_id), k.refused_at "
        "FROM passgate.kiosks k ORDER BY k.kiosk_id"));
    if (!rows)
        return failed(QStringLiteral("status"), rows.error().reason);
    bool refused = false;
    out() << rows->size() << " kiosks\n";
    for (int i = 0; i < rows->size(); ++i) {
        out() << rows->text(i, 0) << ": through entry " << rows->int64(i, 2);
        if (!rows->isNull(i, 3))
            out() << " (from " << rows->int64(i, 3) << ")";
        out() << ", " << rows->int64(i, 4) << " waiting on the kiosk, last contact "
              << ago(rows->rows.at(i).at(5)) << ", " << rows->int64(i, 6) << " forks";
        if (!rows->isNull(i, 7)) {
            refused = true;
            out() << ", ALARM: refused since " << rows->text(i, 7);
        }
        out() << "\n";
    }
    auto forks = db->query(QStringLiteral(
        "SELECT kiosk_id, seq, problem, noticed_at FROM passgate.forks ORDER BY noticed_at DESC LIMIT 20"));
    if (!forks)
        return failed(QStringLiteral("status"), forks.error().reason);
    for (int i = 0; i < forks->size(); ++i)
        out() << "fork: " << forks->text(i, 0) << " entry " << forks->int64(i, 1) << ": " << forks->text(i, 2)
              << " (" << forks->text(i, 3) << ")\n";
    auto uploads = db->query(QStringLiteral(
        "SELECT kiosk_id, login_role, seq, claimed_kiosk, attempts, last_at FROM passgate.refused_uploads "
        "ORDER BY last_at DESC LIMIT 20"));
    if (!uploads)
        return failed(QStringLiteral("status"), uploads.error().reason);
    for (int i = 0; i < uploads->size(); ++i)
        out() << "ALARM: refused upload: kiosk " << uploads->text(i, 0) << " (role " << uploads->text(i, 1)
              << ") sent entry " << uploads->int64(i, 2) << " naming kiosk " << uploads->text(i, 3)
              << "; nothing of it stored (" << uploads->int64(i, 4) << " attempts, last "
              << uploads->text(i, 5) << ")\n";
    auto chains = checkChains(*db);
    if (!chains)
        return failed(QStringLiteral("status"), chains.error().reason);
    qint64 broken = 0;
    for (const ChainCheck &chain : std::as_const(*chains)) {
        if (chain.intact())
            continue;
        ++broken;
        out() << "ALARM: " << chain.kioskId << "'s chain on the server is " << chain.verdict() << " (entries "
              << chain.firstSeq << " to " << chain.lastSeq << "; see `server verify`)\n";
    }
    out() << "chains: "
          << (broken == 0 ? QStringLiteral("every chain intact")
                          : QStringLiteral("%1 BROKEN, the server lost or holds wrong entries").arg(broken))
          << "\n";
    return refused || broken > 0 || uploads->size() > 0 ? Failed : Success;
}

QTimeZone zoneFrom(const QCommandLineParser &parser)
{
    const QString zone = parser.value(QStringLiteral("time-zone"));
    return zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
}

int today(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("day"), QStringLiteral("the day (YYYY-MM-DD; default today)"),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("time-zone"), QStringLiteral("the venue's zone (default the system's)"),
                      QStringLiteral("ZONE")});
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("Today's check-ins across kiosks: per kiosk, per hour, per decision and "
                                 "per mode.")))
        return *done;
    const QTimeZone zone = zoneFrom(parser);
    if (!zone.isValid())
        return failed(QStringLiteral("today"), QStringLiteral("unknown time zone"));
    const QDate day = parser.isSet(QStringLiteral("day"))
                          ? QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate)
                          : QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    if (!day.isValid())
        return failed(QStringLiteral("today"), QStringLiteral("--day must be YYYY-MM-DD"));
    const qint64 from = day.startOfDay(zone).toMSecsSinceEpoch();
    const qint64 to = day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    auto db = connectTo(parser);
    if (!db)
        return failed(QStringLiteral("today"), db.error().reason);
    const QList<QByteArray> window{QByteArray::number(from), QByteArray::number(to),
                                   kindCode(LedgerEntry::Kind::CheckIn).toUtf8(), zone.id()};
    const QString where =
        QStringLiteral(" FROM passgate.entries WHERE time_ms >= $1 AND time_ms < $2 AND kind = $3 "
                       "AND $4::text IS NOT NULL ");
    out() << "check-ins on " << day.toString(Qt::ISODate) << " (" << QString::fromUtf8(zone.id()) << ")\n";
    const QList<std::pair<QString, QString>> groups{
        {QStringLiteral("kiosk"), QStringLiteral("kiosk_id")},
        {QStringLiteral("hour"),
         QStringLiteral("to_char(to_timestamp(time_ms / 1000.0) AT TIME ZONE $4, 'HH24') || ':00'")},
        {QStringLiteral("decision"), QStringLiteral("verdict")},
        {QStringLiteral("mode"), QStringLiteral("mode")},
    };
    qint64 total = -1;
    for (const auto &[title, expression] : groups) {
        auto rows = db->query(
            QStringLiteral("SELECT %1, count(*) %2 GROUP BY 1 ORDER BY 1").arg(expression, where), window);
        if (!rows)
            return failed(QStringLiteral("today"), rows.error().reason);
        qint64 sum = 0;
        out() << "per " << title << ":\n";
        for (int i = 0; i < rows->size(); ++i) {
            out() << "  " << rows->text(i, 0) << "  " << rows->int64(i, 1) << "\n";
            sum += rows->int64(i, 1);
        }
        total = sum;
    }
    out() << "total " << total << "\n";
    return Success;
}

int exportWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QStringLiteral("start (ISO 8601)"), QStringLiteral("time")});
    parser.addOption(
        {QStringLiteral("to"), QStringLiteral("end, exclusive (ISO 8601)"), QStringLiteral("time")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("the sealed export file to write"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("replace --out if it exists (never a link)")});
    parser.addOption({QStringLiteral("owner-key"),
                      QStringLiteral("the owner's public key (owner-public.pem from a kiosk's data dir)"),
                      QStringLiteral("file")});
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("One sealed contact-tracing export of every kiosk's check-ins in a window, "
                                 "opened with `passgate-cli ledger open-export`. The contacts stay sealed "
                                 "to the key each kiosk sealed them to.")))
        return *done;
    const QDateTime from = QDateTime::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!from.isValid() || !to.isValid() || outPath.isEmpty() || !parser.isSet(QStringLiteral("owner-key")))
        return failed(QStringLiteral("export"),
                      QStringLiteral("--from, --to (ISO 8601), --out and --owner-key are required"));
    const auto pem = readFileBounded(parser.value(QStringLiteral("owner-key")), readLimit::keyFile);
    if (!pem)
        return failed(QStringLiteral("export"), pem.error());
    const auto ownerKey = crypto::X25519Key::publicKeyFromPem(*pem);
    if (!ownerKey)
        return failed(QStringLiteral("export"), QStringLiteral("the owner key is not an X25519 public key"));
    auto db = connectTo(parser);
    if (!db)
        return failed(QStringLiteral("export"), db.error().reason);
    auto rows = db->query(
        QStringLiteral(
            "SELECT seq, time_ms, kind, kiosk, mode, verdict, reasons, passes, staff, contact, attributes, "
            "event, prev_hash, hash FROM passgate.entries WHERE time_ms >= $1 AND time_ms < $2 AND kind = $3 "
            "ORDER BY time_ms, kiosk_id, seq"),
        {QByteArray::number(from.toMSecsSinceEpoch()), QByteArray::number(to.toMSecsSinceEpoch()),
         kindCode(LedgerEntry::Kind::CheckIn).toUtf8()});
    if (!rows)
        return failed(QStringLiteral("export"), rows.error().reason);
    const auto bytea = [](const QByteArray &text) {
        return text.isNull() ? QByteArray() : QByteArray::fromHex(text.mid(2)); // "\x..." (bytea_output hex)
    };
    QList<LedgerRow> entries;
    for (const QList<QByteArray> &value : rows->rows) {
        LedgerRow row;
        row.id = value.at(0).toLongLong();
        row.timeMs = value.at(1).toLongLong();
        row.kind = QString::fromUtf8(value.at(2));
        row.kiosk = QString::fromUtf8(value.at(3));
        row.mode = QString::fromUtf8(value.at(4));
        row.verdict = QString::fromUtf8(value.at(5));
        row.reasons = QString::fromUtf8(value.at(6));
        row.passes = QString::fromUtf8(value.at(7));
        row.staff = QString::fromUtf8(value.at(8));
        row.contact = bytea(value.at(9));
        row.attributes = QString::fromUtf8(value.at(10));
        row.event = QString::fromUtf8(value.at(11));
        row.previousHash = bytea(value.at(12));
        row.hash = bytea(value.at(13));
        entries.append(row);
    }
    auto kiosks = db->query(QStringLiteral("SELECT count(*), count(refused_at) FROM passgate.kiosks"));
    if (!kiosks)
        return failed(QStringLiteral("export"), kiosks.error().reason);
    const QString chain =
        QStringLiteral("the replication server's copy of %1 kiosks, every entry checked against its "
                       "hash and its chain as it arrived; %2 kiosks refused after a fork")
            .arg(kiosks->int64(0, 0))
            .arg(kiosks->int64(0, 1));
    const SystemClock clock;
    auto summary = LedgerExport::writeRows(
        entries, chain, from, to, *ownerKey, outPath,
        parser.isSet(QStringLiteral("force")) ? Overwrite::Replace : Overwrite::Refuse, clock);
    if (!summary)
        return failed(QStringLiteral("export"), summary.error().reason);
    out() << "exported " << summary->entries << " check-ins from " << from.toString(Qt::ISODate) << " to "
          << to.toString(Qt::ISODate) << " into " << outPath << " (" << summary->bytes << " bytes)\n";
    return Success;
}

int verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("Checks every kiosk's chain as the server holds it: each entry's hash, each "
                                 "link to the entry before, no missing numbers, every entry naming the kiosk "
                                 "that sent it, its newest acknowledged entry still here. Exits 1 on any "
                                 "break (`server status` does the same check).")))
        return *done;
    auto db = connectTo(parser);
    if (!db)
        return failed(QStringLiteral("verify"), db.error().reason);
    auto chains = checkChains(*db);
    if (!chains)
        return failed(QStringLiteral("verify"), chains.error().reason);
    qint64 entries = 0;
    qint64 broken = 0;
    for (const ChainCheck &chain : std::as_const(*chains)) {
        out() << chain.kioskId << ": " << chain.entries << " entries " << chain.firstSeq << " to "
              << chain.lastSeq << ", " << chain.verdict() << "\n";
        entries += chain.entries;
        broken += chain.intact() ? 0 : 1;
    }
    out() << chains->size() << " kiosks, " << entries << " entries, "
          << (broken == 0 ? "every chain intact" : "BROKEN") << "\n";
    return broken == 0 ? Success : Failed;
}

int purge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("retention-days"),
                      QStringLiteral("keep each entry this many days from its arrival (default: the "
                                     "server's setting, server init --retention-days)"),
                      QStringLiteral("N")});
    if (auto done =
            parse(parser, arguments,
                  QStringLiteral("Drops the entries that arrived more than the retention period ago (UTC "
                                 "days), from every partition: whole arrival-day partitions, and those rows "
                                 "of any other partition. The server also does this by itself once a day, "
                                 "at the first contact of any kiosk; run this from a timer for a server "
                                 "no kiosk may call for days.")))
        return *done;
    auto db = connectTo(parser);
    if (!db)
        return failed(QStringLiteral("purge"), db.error().reason);
    int days = 0;
    if (parser.isSet(QStringLiteral("retention-days"))) {
        days = parser.value(QStringLiteral("retention-days")).toInt();
    } else {
        auto setting = db->query(QStringLiteral("SELECT retention_days FROM passgate.settings"));
        if (!setting)
            return failed(QStringLiteral("purge"), setting.error().reason);
        days = setting->size() == 1 ? int(setting->int64(0, 0)) : 0;
    }
    if (days < 1 || days > 3660)
        return failed(QStringLiteral("purge"), QStringLiteral("--retention-days must be 1 to 3660"));
    auto dropped = db->query(QStringLiteral("SELECT * FROM passgate.purge($1)"), {QByteArray::number(days)});
    if (!dropped)
        return failed(QStringLiteral("purge"), dropped.error().reason);
    for (int i = 0; i < dropped->size(); ++i)
        out() << "dropped " << dropped->text(i, 0) << "\n";
    out() << dropped->size() << " partitions of entries that arrived over " << days << " days ago purged\n";
    return Success;
}

} // namespace

int serverMain(const QStringList &arguments)
{
    static const QMap<QString, std::function<int(const QStringList &)>> subcommands = {
        {QStringLiteral("init"), init},           {QStringLiteral("add-kiosk"), addKiosk},
        {QStringLiteral("status"), status},       {QStringLiteral("today"), today},
        {QStringLiteral("export"), exportWindow}, {QStringLiteral("purge"), purge},
        {QStringLiteral("verify"), verify},
    };
    const QString name = arguments.value(1);
    if (!subcommands.contains(name)) {
        err() << "usage: passgate-cli server <subcommand> --db URL [options]\n\n"
                 "  init                              create (or upgrade) the schema, functions and roles\n"
                 "  add-kiosk ID [--password-file F]  register a kiosk and make its login role\n"
                 "  status                            each kiosk's progress, lag, contact, forks, chains\n"
                 "  today [--day D] [--time-zone Z]   check-ins per kiosk, hour, decision and mode\n"
                 "  export --from T --to T --out F --owner-key PEM   one sealed export across kiosks\n"
                 "  purge [--retention-days N]        drop entries that arrived before the retention\n"
                 "  verify                            check every kiosk's chain as the server holds it\n";
        return UsageError;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("passgate-cli server ") + name);
    return subcommands.value(name)(rest);
}

} // namespace passgate::cli
