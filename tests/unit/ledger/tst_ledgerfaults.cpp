#include "LedgerFixtures.h"

#include "ledger/LedgerSchema_p.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace passgate;
using namespace passgate::test;
using namespace std::chrono_literals;

namespace {

// A full disk without mounting anything: RLIMIT_FSIZE makes every write past the limit fail with
// EFBIG (SIGXFSZ ignored), which is what SQLite sees when a filesystem runs out of space mid-write.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    bool active() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};

// Root ignores file permissions through CAP_DAC_OVERRIDE; drop it (from the effective set only, so it
// can come back) for as long as this object lives, so a read-only file is read-only to this process.
class WithoutDacOverride
{
public:
    WithoutDacOverride()
    {
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &=
            ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) | (1u << CAP_FOWNER));
        m_changed = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutDacOverride()
    {
        if (m_changed)
            syscall(SYS_capset, &m_header, m_saved);
    }

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2]{};
    bool m_changed = false;
};

QList<qint64> appendSome(Venue &venue, Ledger &ledger, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        auto id = ledger.append(checkIn(
            venue, i % 2 ? phoneEvidence(QStringLiteral("010-7777-%1").arg(i, 4, 10, QLatin1Char('0')))
                         : qrEvidence()));
        if (!id)
            break;
        ids.append(*id);
        venue.clock.advance(10s);
    }
    return ids;
}

// Every acknowledged id is still there and the chain verifies.
void expectIntact(const Venue &venue, const QList<qint64> &acknowledged)
{
    auto ledger = venue.open();
    QVERIFY2(ledger.ok(), qPrintable(ledger.ok() ? QString() : ledger.error().reason));
    for (qint64 id : acknowledged) {
        auto entry = ledger->entry(id);
        QVERIFY(entry.ok());
        QVERIFY2(entry->has_value(), qPrintable(QStringLiteral("acknowledged entry %1 is lost").arg(id)));
    }
    auto chain = ledger->verify();
    QVERIFY(chain.ok());
    QVERIFY2(chain->intact(), qPrintable(chain->summary()));
}

qint64 largestLedgerFile(const Venue &venue)
{
    return qMax(QFileInfo(venue.databasePath()).size(),
                QFileInfo(venue.databasePath() + QStringLiteral("-wal")).size());
}

} // namespace

class LedgerFaultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diskFull()
    {
        Venue venue;
        QList<qint64> acknowledged;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            acknowledged = appendSome(venue, *ledger, 20);
            QCOMPARE(acknowledged.size(), 20);

            std::optional<LedgerError> failure;
            {
                const FileSizeLimit limit(rlim_t(largestLedgerFile(venue) + 4096));
                QVERIFY(limit.active());
                for (int i = 0; i < 500 && !failure; ++i) {
                    LedgerEntry entry = checkIn(venue, qrEvidence());
                    entry.attributes = {{QStringLiteral("filler"), QString(200, QLatin1Char('f'))}};
                    auto id = ledger->append(entry);
                    if (id)
                        acknowledged.append(*id);
                    else
                        failure = id.error();
                }
            }
            QVERIFY(failure.has_value());
            QVERIFY2(failure->code == LedgerCode::DiskFull, qPrintable(failure->reason));
            QVERIFY2(failure->reason.startsWith(QStringLiteral("the disk is full")),
                     qPrintable(failure->reason));

            // Space is back: the same ledger carries on, the chain continues from the last acknowledged
            // entry.
            auto next = ledger->append(checkIn(venue, qrEvidence()));
            QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().reason));
            QCOMPARE(*next, acknowledged.last() + 1);
            acknowledged.append(*next);
        }
        expectIntact(venue, acknowledged);
    }

    // The ledger file deleted, replaced or overwritten under a running kiosk: nothing more goes into
    // the held file (it would be lost), its entries are copied out through the open connection, what
    // was at the path is kept, and a new ledger at the path continues the chain; the check-in that
    // found it is recorded there, and everything survives a restart.
    void displacedFileContinuesInNewLedger_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QByteArray>("foundThere"); // what the moved-aside file must hold; null: none
        QTest::newRow("deleted with its WAL") << QStringLiteral("delete") << QByteArray();
        QTest::newRow("deleted, WAL left") << QStringLiteral("delete-db") << QByteArray();
        QTest::newRow("replaced by another file") << QStringLiteral("replace") << QByteArray("not a ledger");
        QTest::newRow("overwritten in place") << QStringLiteral("overwrite") << QByteArray(4096, 'x');
    }
    void displacedFileContinuesInNewLedger()
    {
        QFETCH(QString, how);
        QFETCH(QByteArray, foundThere);
        Venue venue;
        QList<qint64> acknowledged;
        const QString path = venue.databasePath();
        qint64 next = 0;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            acknowledged = appendSome(venue, *ledger, 5);
            QCOMPARE(acknowledged.size(), 5);
            if (how == u"delete") {
                for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QVERIFY(QFile::remove(path + suffix));
            } else if (how == u"delete-db") {
                QVERIFY(QFile::remove(path));
            } else if (how == u"replace") {
                QFile other(path + QStringLiteral(".other"));
                QVERIFY(other.open(QIODevice::WriteOnly));
                other.write(foundThere);
                other.close();
                QVERIFY(::rename(QFile::encodeName(other.fileName()).constData(),
                                 QFile::encodeName(path).constData()) == 0);
            } else {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                file.write(foundThere);
            }
            QVERIFY(!ledger->continuation().has_value());
            auto recorded = ledger->append(checkIn(venue, qrEvidence()));
            QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().reason));
            // The continuation event takes the id after the last acknowledged entry; the check-in the next.
            QCOMPARE(*recorded, acknowledged.last() + 2);
            acknowledged.append(*recorded);
            auto more = ledger->append(checkIn(venue, qrEvidence()));
            QVERIFY(more.ok());
            acknowledged.append(*more);
            next = *more + 1;

            const auto &continued = ledger->continuation();
            QVERIFY(continued.has_value());
            QCOMPARE(continued->throughId, acknowledged.at(4));
            QVERIFY2(!continued->rescuedTo.isEmpty() || how == u"overwrite",
                     qPrintable(continued->describe()));
            QCOMPARE(continued->foundMovedTo.isEmpty(), foundThere.isNull() && how != u"delete-db");
            QCOMPARE(continued->cause, how.startsWith(u"delete") ? LedgerContinuation::Cause::Deleted
                                       : how == u"replace"       ? LedgerContinuation::Cause::Replaced
                                                                 : LedgerContinuation::Cause::Overwritten);
            QVERIFY(continued->describe().contains(LedgerContinuation::causeText(continued->cause)));
        }

        const QDir dir(venue.dataDir());
        // Whatever was found at the path is kept byte for byte.
        const QStringList displaced =
            dir.entryList({Ledger::DatabaseFileName + QStringLiteral(".displaced-*")}, QDir::Files);
        if (!foundThere.isNull()) {
            QStringList databases = displaced.filter(QRegularExpression(QStringLiteral("Z$")));
            QCOMPARE(databases.size(), 1);
            QFile kept(dir.filePath(databases.first()));
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll().left(foundThere.size()), foundThere);
        } else if (how == u"delete") {
            QVERIFY(displaced.isEmpty());
        }

        // After a restart: the new ledger holds the continuation and the entries after it, chain intact,
        // anchored at the held file's last entry.
        auto reopened = venue.open();
        QVERIFY(reopened.ok());
        auto chain = reopened->verify();
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact(), qPrintable(chain->summary()));
        QCOMPARE(chain->anchorId, acknowledged.at(4));
        QVERIFY(chain->continuedFrom.has_value());
        for (qint64 id : acknowledged.mid(5)) {
            auto entry = reopened->entry(id);
            QVERIFY(entry.ok() && entry->has_value());
        }
        auto first = reopened->entry(acknowledged.at(4) + 1);
        QVERIFY(first.ok() && first->has_value());
        QCOMPARE((*first)->event, LedgerEntry::LedgerContinued);
        QCOMPARE(reopened->lastId(), next - 1);
        QCOMPARE(*reopened->append(checkIn(venue, qrEvidence())), next);

        const QStringList rescued =
            dir.entryList({Ledger::DatabaseFileName + QStringLiteral(".rescued-*")}, QDir::Files);
        if (how == u"overwrite" && rescued.isEmpty())
            return; // the overwrite reached pages SQLite had not cached: nothing readable to copy out
        QCOMPARE(rescued.size(), 1);
        QCOMPARE(chain->continuedFrom.value(), rescued.first());
        const QString rescuedPath = dir.filePath(rescued.first());
        QVERIFY(!(QFile::permissions(rescuedPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        // The rescued copy is a complete ledger: every entry acknowledged before, chain intact, and its
        // last hash is the new ledger's checkpoint: the two files are one chain.
        QTemporaryDir rescue;
        QVERIFY(QFile::copy(rescuedPath, rescue.filePath(Ledger::DatabaseFileName)));
        LedgerOptions readOnly;
        readOnly.dataDir = rescue.path();
        readOnly.access = LedgerOptions::Access::ReadOnly;
        auto copy = venue.open(readOnly);
        QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().reason));
        for (qint64 id : acknowledged.first(5)) {
            auto entry = copy->entry(id);
            QVERIFY(entry.ok() && entry->has_value());
        }
        auto rescuedChain = copy->verify();
        QVERIFY(rescuedChain.ok() && rescuedChain->intact());
        QCOMPARE(copy->lastId(), acknowledged.at(4));
        auto last = copy->entry(acknowledged.at(4));
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*first)->previousHash, (*last)->hash);
    }

    // When no new ledger can be made at the path, nothing is acknowledged: the append and every one
    // after it fail with Displaced, and the held file's entries are still copied out.
    void displacedWithoutNewLedgerStopsAcknowledging()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        QCOMPARE(appendSome(venue, *ledger, 3).size(), 3);
        const QString path = venue.databasePath();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(QFile::remove(path + suffix));
        // A directory where the new ledger is built: creating it fails, for root too.
        QVERIFY(QDir().mkpath(path + QStringLiteral(".creating")));
        auto refused = ledger->append(checkIn(venue, qrEvidence()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, LedgerCode::Displaced);
        QVERIFY2(refused.error().reason.contains(u"deleted"), qPrintable(refused.error().reason));
        auto again = ledger->append(checkIn(venue, qrEvidence())); // sticks
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, LedgerCode::Displaced);
        QVERIFY(!ledger->count().ok()); // no connection left, and it says so instead of crashing
        QCOMPARE(QDir(venue.dataDir())
                     .entryList({Ledger::DatabaseFileName + QStringLiteral(".rescued-*")}, QDir::Files)
                     .size(),
                 1);
    }

    void diskFullWhileCreating()
    {
        Venue venue;
        std::optional<LedgerError> failure;
        {
            const FileSizeLimit limit(1024); // not even the first page fits
            QVERIFY(limit.active());
            auto ledger = venue.open();
            if (!ledger)
                failure = ledger.error();
        }
        QVERIFY(failure.has_value());
        QVERIFY2(failure->code == LedgerCode::DiskFull, qPrintable(failure->reason));
        auto ledger = venue.open(); // and nothing half-made is left in the way
        QVERIFY2(ledger.ok(), qPrintable(ledger.ok() ? QString() : ledger.error().reason));
        QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok());
    }

    void readOnlyFile()
    {
        Venue venue;
        QList<qint64> acknowledged;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            acknowledged = appendSome(venue, *ledger, 3);
        }
        QVERIFY(QFile::setPermissions(venue.databasePath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileDigest(venue.databasePath());
        {
            const WithoutDacOverride asOrdinaryUser;
            QFile probe(venue.databasePath());
            QVERIFY2(!probe.open(QIODevice::ReadWrite), "the test cannot make the file read-only for itself");
            auto ledger = venue.open();
            QVERIFY(!ledger.ok());
            QCOMPARE(ledger.error().code, LedgerCode::ReadOnly);
            QVERIFY2(ledger.error().reason.contains(QStringLiteral("is read-only")),
                     qPrintable(ledger.error().reason));

            // Reading still works, e.g. for an export before the disk is replaced.
            LedgerOptions readOnly = venue.options();
            readOnly.access = LedgerOptions::Access::ReadOnly;
            auto reader = venue.open(readOnly);
            QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().reason));
            QCOMPARE(*reader->count(), 3);
        }
        QCOMPARE(fileDigest(venue.databasePath()), before);
        QVERIFY(
            QFile::setPermissions(venue.databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        expectIntact(venue, acknowledged);
    }

    void lockedByAnotherProgram()
    {
        Venue venue;
        LedgerOptions options = venue.options();
        options.busyTimeout = 200ms;
        QList<qint64> acknowledged;
        {
            auto ledger = venue.open(options);
            QVERIFY(ledger.ok());
            acknowledged = appendSome(venue, *ledger, 2);
            {
                RawDatabase other(venue.databasePath()); // e.g. a backup tool holding a write transaction
                QVERIFY(other.exec("BEGIN IMMEDIATE"));
                auto blocked = ledger->append(checkIn(venue, qrEvidence()));
                QVERIFY(!blocked.ok());
                QCOMPARE(blocked.error().code, LedgerCode::Locked);
                QVERIFY2(blocked.error().reason.contains(QStringLiteral("locked")),
                         qPrintable(blocked.error().reason));
                QVERIFY(other.exec("ROLLBACK"));
            }
            auto next = ledger->append(checkIn(venue, qrEvidence()));
            QVERIFY(next.ok());
            QCOMPARE(*next, 3);
            acknowledged.append(*next);
        }
        expectIntact(venue, acknowledged);
    }

    void corruptHeaderIsMovedAside()
    {
        Venue venue;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            QCOMPARE(appendSome(venue, *ledger, 3).size(), 3);
        }
        {
            QFile file(venue.databasePath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(100, 'X')); // the 100-byte SQLite header
        }
        const QByteArray damaged = fileDigest(venue.databasePath());

        LedgerOptions refuse = venue.options();
        refuse.onCorrupt = LedgerOptions::OnCorrupt::Refuse;
        auto refused = venue.open(refuse);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, LedgerCode::Corrupt);
        QCOMPARE(fileDigest(venue.databasePath()), damaged);

        venue.clock.set(utc(2026, 3, 2, 8, 30));
        auto ledger = venue.open();
        QVERIFY2(ledger.ok(), qPrintable(ledger.ok() ? QString() : ledger.error().reason));
        QVERIFY(ledger->recovered().has_value());
        QCOMPARE(ledger->recovered()->cause.code, LedgerCode::Corrupt);
        const QString movedTo = ledger->recovered()->movedTo;
        QCOMPARE(movedTo, venue.databasePath() + QStringLiteral(".corrupt-20260302T083000Z"));
        QCOMPARE(fileDigest(movedTo), damaged); // kept byte for byte, never deleted

        auto events = ledger->entries(utc(2000, 1, 1), utc(2100, 1, 1));
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).kind, LedgerEntry::Kind::Event);
        QCOMPARE(events->at(0).event, LedgerEntry::CorruptDatabaseMovedAside);
        QCOMPARE(events->at(0).attributes.value(QStringLiteral("moved-to")), QFileInfo(movedTo).fileName());
        QVERIFY(
            events->at(0).attributes.value(QStringLiteral("cause")).startsWith(QStringLiteral("corrupt: ")));
        QCOMPARE(*ledger->append(checkIn(venue, qrEvidence())), 2);
        QVERIFY(ledger->verify()->intact());
    }

    void notALedgerIsRefused()
    {
        Venue venue;
        // Some other program's database where the ledger should be.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(venue.databasePath().toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE photos (id INTEGER)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = fileDigest(venue.databasePath());
        LedgerOptions refuse = venue.options();
        refuse.onCorrupt = LedgerOptions::OnCorrupt::Refuse;
        auto refused = venue.open(refuse);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, LedgerCode::Corrupt);
        QVERIFY(refused.error().reason.contains(QStringLiteral("not a passgate ledger")));
        QCOMPARE(fileDigest(venue.databasePath()), before);
    }

    void newerSchemaIsLeftUnchanged_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("kiosk") << false;
        QTest::newRow("read-only tools") << true;
    }
    void newerSchemaIsLeftUnchanged()
    {
        QFETCH(bool, readOnly);
        Venue venue;
        QList<qint64> acknowledged;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            acknowledged = appendSome(venue, *ledger, 2);
        }
        {
            RawDatabase raw(venue.databasePath());
            QVERIFY(raw.exec("PRAGMA user_version = 99"));
        }
        QVERIFY(!QFile::exists(venue.databasePath() + QStringLiteral("-wal")));
        const QByteArray before = fileDigest(venue.databasePath());
        LedgerOptions options = venue.options();
        if (readOnly)
            options.access = LedgerOptions::Access::ReadOnly;
        auto ledger = venue.open(options);
        QVERIFY(!ledger.ok());
        QCOMPARE(ledger.error().code, LedgerCode::NewerSchema);
        QVERIFY2(
            ledger.error().reason.contains(
                QStringLiteral(
                    "newer passgate (ledger schema 99; this version knows up to %1). It was left unchanged")
                    .arg(LedgerSchema::CurrentVersion)),
            qPrintable(ledger.error().reason));
        QCOMPARE(fileDigest(venue.databasePath()), before);
        QCOMPARE(QDir(venue.dataDir()).entryList({QStringLiteral("*.corrupt-*")}), QStringList());

        { // an older passgate's refusal is not the end of the data: the version this was written with reads
          // it
            RawDatabase raw(venue.databasePath());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1")
                                 .arg(LedgerSchema::CurrentVersion)
                                 .toUtf8()
                                 .constData()));
        }
        expectIntact(venue, acknowledged);
    }

    // What a newer kiosk killed mid-day leaves (entries still in the WAL) is refused without a
    // checkpoint: the database file and its WAL stay as that passgate wrote them.
    void newerSchemaWithWalIsLeftUnchanged()
    {
        Venue venue;
        auto running = venue.open();
        QVERIFY(running.ok());
        QVERIFY(!appendSome(venue, *running, 3).isEmpty());
        QVERIFY(RawDatabase(venue.databasePath()).exec("PRAGMA user_version = 99"));
        QTemporaryDir crashed; // the files as the newer kiosk left them when it was killed
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(QFile::copy(venue.databasePath() + suffix,
                                QDir(crashed.path()).filePath(Ledger::DatabaseFileName) + suffix));
        const QString copy = QDir(crashed.path()).filePath(Ledger::DatabaseFileName);
        QVERIFY(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
        const QByteArray database = fileDigest(copy);
        const QByteArray wal = fileDigest(copy + QStringLiteral("-wal"));

        LedgerOptions options = venue.options();
        options.dataDir = crashed.path();
        auto older = Ledger::open(options, venue.clock);
        QVERIFY(!older.ok());
        QCOMPARE(older.error().code, LedgerCode::NewerSchema);
        QCOMPARE(fileDigest(copy), database);
        QCOMPARE(fileDigest(copy + QStringLiteral("-wal")), wal);
    }

    // A ledger passgate 0.1.0 wrote (schema 1: no schema_history) is upgraded by the first writer that
    // opens it, keeps every entry and chain link, and then says which passgate upgraded it. A reader
    // before that leaves it alone and says what to do.
    void schemaOneLedgerIsUpgradedOnOpen()
    {
        Venue venue;
        QList<qint64> acknowledged;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            acknowledged = appendSome(venue, *ledger, 6);
        }
        {
            RawDatabase raw(venue.databasePath());
            QVERIFY(raw.exec("DROP TABLE schema_history; PRAGMA user_version = 1"));
        }
        LedgerOptions readOnly = venue.options();
        readOnly.access = LedgerOptions::Access::ReadOnly;
        {
            auto reader = venue.open(readOnly);
            QVERIFY(!reader.ok());
            QCOMPARE(reader.error().code, LedgerCode::OlderSchema);
            QVERIFY2(
                reader.error().reason.contains(QStringLiteral("needs its schema upgraded (version 1 to %1)")
                                                   .arg(LedgerSchema::CurrentVersion)),
                qPrintable(reader.error().reason));
        }
        QVERIFY(RawDatabase(venue.databasePath()).text("PRAGMA user_version") == QStringLiteral("1"));

        expectIntact(venue, acknowledged); // opens for writing: the upgrade
        auto reader = venue.open(readOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().reason));
        auto stats = reader->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->schemaVersion, LedgerSchema::CurrentVersion);
        QCOMPARE(stats->checkIns, qint64(acknowledged.size()));
        QCOMPARE(stats->schemaHistory.size(), 1);
        QCOMPARE(stats->schemaHistory.constFirst().version, 2);
        QCOMPARE(stats->schemaHistory.constFirst().byPassgate, QStringLiteral(PASSGATE_VERSION));
        QVERIFY(qAbs(stats->schemaHistory.constFirst().appliedAt.secsTo(QDateTime::currentDateTimeUtc())) <
                600);
        QVERIFY2(stats->schemaSummary().startsWith(QStringLiteral("2, since ")),
                 qPrintable(stats->schemaSummary()));
    }

    void failedMigrationStepRollsBack()
    {
        QTemporaryDir dir;
        auto db = SqliteDatabase::open(QDir(dir.path()).filePath(QStringLiteral("m.db")),
                                       SqliteDatabase::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        const QList<LedgerSchema::Migration> steps = {
            {1, QStringLiteral("CREATE TABLE a (x INTEGER);")},
            {2, QStringLiteral("CREATE TABLE b (y INTEGER); INSERT INTO missing VALUES (1);")},
        };
        auto migrated = LedgerSchema::migrate(*db, steps);
        QVERIFY(!migrated.ok());
        QCOMPARE(*LedgerSchema::version(*db), 1);
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'a'")), 1);
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'")), 0);

        const QList<LedgerSchema::Migration> fixed = {steps.at(0),
                                                      {2, QStringLiteral("CREATE TABLE b (y INTEGER);")}};
        auto retried = LedgerSchema::migrate(*db, fixed);
        QVERIFY(retried.ok());
        QCOMPARE(*retried, 1); // the version found before
        QCOMPARE(*LedgerSchema::version(*db), 2);
    }
};

QTEST_GUILESS_MAIN(LedgerFaultsTest)
#include "tst_ledgerfaults.moc"
