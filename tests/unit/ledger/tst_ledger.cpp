#include "LedgerFixtures.h"

#include "ledger/DataDirLock_p.h"
#include "ledger/LedgerSchema_p.h"

#include <QTest>

using namespace passgate;
using namespace passgate::test;
using namespace std::chrono_literals;

class LedgerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensDurable()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY2(ledger.ok(), qPrintable(ledger.ok() ? QString() : ledger.error().reason));
        auto durability = ledger->durability();
        QVERIFY(durability.ok());
        QCOMPARE(durability->journalMode, QStringLiteral("wal"));
        QCOMPARE(durability->synchronous, 2); // FULL
        QCOMPARE(durability->autoVacuum, 2);  // INCREMENTAL
        QVERIFY(!ledger->recovered());

        RawDatabase raw(venue.databasePath());
        QCOMPARE(raw.text("PRAGMA user_version"), QString::number(LedgerSchema::CurrentVersion));
        QCOMPARE(raw.text("PRAGMA auto_vacuum"), QStringLiteral("2"));
        QCOMPARE(raw.text("PRAGMA journal_mode"), QStringLiteral("wal"));
    }

    void creationIsAtomic()
    {
        Venue venue;
        // What a crash half-way through creating a ledger leaves: only the temporary file.
        QFile leftover(venue.databasePath() + QStringLiteral(".creating"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("SQLite format 3");
        leftover.close();
        LedgerOptions readOnly = venue.options();
        readOnly.access = LedgerOptions::Access::ReadOnly;
        auto reader = venue.open(readOnly);
        QVERIFY(!reader.ok()); // no ledger yet, and a reader does not take the leftover for one
        QCOMPARE(reader.error().code, LedgerCode::IoError);

        auto ledger = venue.open();
        QVERIFY2(ledger.ok(), qPrintable(ledger.ok() ? QString() : ledger.error().reason));
        QVERIFY(!QFile::exists(leftover.fileName()));
        QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok());
    }

    void appendQueryReopen()
    {
        Venue venue;
        QList<LedgerEntry> written;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            for (int i = 0; i < 3; ++i) {
                LedgerEntry entry =
                    checkIn(venue, i == 1 ? phoneEvidence(QStringLiteral("010-2222-3333")) : qrEvidence());
                entry.attributes = {{QStringLiteral("visitor-category"), QStringLiteral("visitor")}};
                auto id = ledger->append(entry);
                QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().reason));
                QCOMPARE(*id, qint64(i + 1));
                written.append(entry);
                venue.clock.advance(90s);
            }
            QCOMPARE(ledger->lastId(), 3);
        }
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        auto read = ledger->entries(utc(2026, 3, 1, 0), utc(2026, 3, 2, 0));
        QVERIFY(read.ok());
        QCOMPARE(read->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read->at(i).id, qint64(i + 1));
            QCOMPARE(withoutChain(read->at(i)), written.at(i));
            QCOMPARE(read->at(i).hash.size(), 32);
        }
        QCOMPARE(read->at(1).previousHash, read->at(0).hash);
        auto one = ledger->entry(2);
        QVERIFY(one.ok() && one->has_value());
        QCOMPARE((*one)->mode, CheckInMode::Phone);
        auto none = ledger->entry(99);
        QVERIFY(none.ok() && !none->has_value());

        // The id sequence continues after a reopen.
        auto next = ledger->append(checkIn(venue, qrEvidence()));
        QVERIFY(next.ok());
        QCOMPARE(*next, 4);
    }

    void windowAndKinds()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        venue.clock.set(utc(2026, 3, 1, 10));
        QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok());
        venue.clock.set(utc(2026, 3, 1, 11));
        QVERIFY(ledger
                    ->append(LedgerEntry::makeEvent(QStringLiteral("test-event"), QStringLiteral("k"),
                                                    venue.clock))
                    .ok());
        venue.clock.set(utc(2026, 3, 1, 12));
        QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok());

        QCOMPARE(ledger->entries(utc(2026, 3, 1, 10), utc(2026, 3, 1, 12))->size(), 2); // to is exclusive
        QCOMPARE(ledger->entries(utc(2026, 3, 1, 0), utc(2026, 3, 2, 0), Ledger::Kinds::CheckIns)->size(), 2);
        QCOMPARE(ledger->entries(utc(2026, 3, 1, 0), utc(2026, 3, 2, 0), Ledger::Kinds::Events)->size(), 1);
        QCOMPARE(*ledger->count(), 3);
    }

    void appendAllIsOneTransaction()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        QList<LedgerEntry> batch;
        for (int i = 0; i < 50; ++i)
            batch.append(checkIn(venue, qrEvidence(QStringLiteral("id-%1").arg(i))));
        auto last = ledger->appendAll(batch);
        QVERIFY(last.ok());
        QCOMPARE(*last, 50);

        // One bad entry in a batch: none of it is recorded, and the chain continues where it was.
        batch.last().kioskId.clear();
        auto refused = ledger->appendAll(batch);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, LedgerCode::InvalidInput);
        QCOMPARE(*ledger->count(), 50);
        auto next = ledger->append(checkIn(venue, qrEvidence()));
        QVERIFY(next.ok());
        QCOMPARE(*next, 51);
        QVERIFY(ledger->verify()->intact());
    }

    void invalidEntryRecordsNothing()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        LedgerEntry entry = checkIn(venue, qrEvidence());
        entry.attributes = {{QStringLiteral("Name"), QStringLiteral("Hong Gildong")}};
        auto refused = ledger->append(entry);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, LedgerCode::InvalidInput);
        QCOMPARE(*ledger->count(), 0);
        QCOMPARE(*ledger->append(checkIn(venue, qrEvidence())), 1);
    }

    void secondWriterRefused()
    {
        Venue venue;
        auto first = venue.open();
        QVERIFY(first.ok());
        QVERIFY(first->append(checkIn(venue, qrEvidence())).ok());
        auto second = venue.open();
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, LedgerCode::AlreadyInUse);
        QVERIFY2(second.error().reason.contains(
                     QStringLiteral("already in use by another passgate process (pid %1)")
                         .arg(QCoreApplication::applicationPid())),
                 qPrintable(second.error().reason));

        // Readers (stats, verify, export) may look while the kiosk writes.
        LedgerOptions readOnly = venue.options();
        readOnly.access = LedgerOptions::Access::ReadOnly;
        auto reader = venue.open(readOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().reason));
        QCOMPARE(*reader->count(), 1);
        auto write = reader->append(checkIn(venue, qrEvidence()));
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, LedgerCode::ReadOnly);
        QVERIFY(first->append(checkIn(venue, qrEvidence())).ok());
        QCOMPARE(*reader->count(), 2); // sees the writer's commit

        first = fail(LedgerError{LedgerCode::IoError, {}}); // closes the first ledger, releasing the lock
        auto third = venue.open();
        QVERIFY(third.ok());
        QCOMPARE(*third->count(), 2);
    }

    void readOnlyAccessNeedsALedger()
    {
        QTemporaryDir empty;
        LedgerOptions options;
        options.dataDir = empty.path();
        options.access = LedgerOptions::Access::ReadOnly;
        const FixedClock clock(utc(2026, 1, 1));
        auto ledger = Ledger::open(options, clock);
        QVERIFY(!ledger.ok());
        QCOMPARE(ledger.error().code, LedgerCode::IoError);
        QVERIFY(!QFile::exists(QDir(empty.path()).filePath(Ledger::DatabaseFileName)));
    }

    void keysMissing()
    {
        QTemporaryDir empty;
        auto keys = VenueKeys::load(empty.path());
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().code, LedgerCode::KeysMissing);
        QVERIFY(keys.error().reason.contains(QStringLiteral("keys init")));

        Venue venue;
        auto again = VenueKeys::install(venue.dataDir(), venue.owner.publicPem());
        QVERIFY(!again.ok()); // never silently replaced
        QCOMPARE(again.error().code, LedgerCode::InvalidInput);
        auto loaded = VenueKeys::load(venue.dataDir());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->ownerPublicKey(), venue.owner.publicKey());
        QCOMPARE(QFile::permissions(QDir(venue.dataDir()).filePath(VenueKeys::SecretFileName)),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
    }
};

QTEST_GUILESS_MAIN(LedgerTest)
#include "tst_ledger.moc"
