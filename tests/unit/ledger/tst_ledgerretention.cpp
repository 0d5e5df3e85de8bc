#include "LedgerFixtures.h"

#include <QFileInfo>
#include <QTest>

using namespace passgate;
using namespace passgate::test;
using namespace std::chrono_literals;

namespace {

// One check-in a day at noon, from 2026-03-01 for the given number of days.
void dailyCheckIns(Venue &venue, Ledger &ledger, int days)
{
    for (int day = 0; day < days; ++day) {
        venue.clock.set(utc(2026, 3, 1, 12).addDays(day));
        QVERIFY(ledger.append(checkIn(venue, qrEvidence())).ok());
    }
}

} // namespace

class LedgerRetentionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purgesExactlyWhatIsOlderThanTheRetention_data()
    {
        QTest::addColumn<int>("retentionDays");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("purged");
        // 40 daily check-ins, 2026-03-01 .. 2026-04-09 at 12:00.
        QTest::newRow("default 28 days, a second before the boundary")
            << 28 << utc(2026, 4, 9, 12).addSecs(-1)
            << qint64(11); // cutoff 03-12 11:59:59: days 03-01..03-11
        QTest::newRow("default 28 days, on the boundary") << 28 << utc(2026, 4, 9, 12) << qint64(11);
        QTest::newRow("default 28 days, a second past") << 28 << utc(2026, 4, 9, 12).addSecs(1) << qint64(12);
        QTest::newRow("7 days") << 7 << utc(2026, 4, 9, 13) << qint64(33);
        QTest::newRow("nothing old enough") << 28 << utc(2026, 3, 20, 12) << qint64(0);
    }
    void purgesExactlyWhatIsOlderThanTheRetention()
    {
        QFETCH(int, retentionDays);
        QFETCH(QDateTime, now);
        QFETCH(qint64, purged);
        Venue venue;
        LedgerOptions options = venue.options();
        options.retention.days = retentionDays;
        auto ledger = venue.open(options);
        QVERIFY(ledger.ok());
        dailyCheckIns(venue, *ledger, 40);

        venue.clock.set(now);
        auto report = ledger->purge(venue.clock);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().reason));
        QCOMPARE(report->purgedEntries, purged);
        QCOMPARE(report->cutoff, now.addDays(-retentionDays));
        auto remaining = ledger->entries(utc(2000, 1, 1), utc(2100, 1, 1), Ledger::Kinds::CheckIns);
        QVERIFY(remaining.ok());
        QCOMPARE(remaining->size(), 40 - purged);
        for (const LedgerEntry &entry : *remaining)
            QVERIFY(entry.time >= report->cutoff);
        if (purged > 0) {
            QCOMPARE(report->throughId, purged);
            QCOMPARE(report->checkpointId, 41);
            auto checkpoint = ledger->entry(41);
            QVERIFY(checkpoint.ok() && checkpoint->has_value());
            QCOMPARE((*checkpoint)->event, LedgerEntry::PurgeCheckpoint);
            QCOMPARE((*checkpoint)->attributes.value(QStringLiteral("through-id")), QString::number(purged));
            QCOMPARE((*checkpoint)->attributes.value(QStringLiteral("purged-entries")),
                     QString::number(purged));
        } else {
            QCOMPARE(report->checkpointId, 0);
            QCOMPARE(*ledger->count(), 40);
        }
        auto chain = ledger->verify();
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact(), qPrintable(chain->summary()));
        QCOMPARE(chain->anchorId, purged);
    }

    void purgeIfDue()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        auto nothing = ledger->purgeIfDue(venue.clock);
        QVERIFY(nothing.ok());
        QVERIFY(!nothing->has_value()); // empty ledger
        dailyCheckIns(venue, *ledger, 3);

        venue.clock.set(utc(2026, 3, 29, 11));
        auto notYet = ledger->purgeIfDue(venue.clock);
        QVERIFY(notYet.ok());
        QVERIFY(!notYet->has_value());

        venue.clock.set(utc(2026, 3, 29, 13)); // the 03-01 noon entry is now 28 days and an hour old
        auto due = ledger->purgeIfDue(venue.clock);
        QVERIFY(due.ok());
        QVERIFY(due->has_value());
        QCOMPARE((*due)->purgedEntries, 1);
        auto again = ledger->purgeIfDue(venue.clock); // same day: the checkpoint event is new, nothing due
        QVERIFY(again.ok());
        QVERIFY(!again->has_value());
    }

    void repeatedPurgesKeepTheChainVerifiable()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        dailyCheckIns(venue, *ledger, 60);
        for (int day = 30; day <= 100; day += 7) {
            venue.clock.set(utc(2026, 3, 1, 12).addDays(day));
            QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok());
            auto report = ledger->purge(venue.clock);
            QVERIFY(report.ok());
            auto chain = ledger->verify();
            QVERIFY(chain.ok());
            QVERIFY2(chain->intact(), qPrintable(chain->summary()));
        }
        // Older checkpoint events were themselves purged; the latest one survives and verifies.
        const auto events = ledger->entries(utc(2000, 1, 1), utc(2100, 1, 1), Ledger::Kinds::Events);
        QVERIFY(events.ok());
        QVERIFY(!events->isEmpty());
        QVERIFY(events->size() < 11);
    }

    void idsAreNeverReused()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        dailyCheckIns(venue, *ledger, 5);
        venue.clock.set(utc(2026, 6, 1));
        auto report = ledger->purge(venue.clock);
        QVERIFY(report.ok());
        QCOMPARE(report->purgedEntries, 5);
        QCOMPARE(report->checkpointId, 6);
        ledger = fail(LedgerError{LedgerCode::IoError, {}}); // close
        auto reopened = venue.open();
        QVERIFY(reopened.ok());
        auto id = reopened->append(checkIn(venue, qrEvidence()));
        QVERIFY(id.ok());
        QCOMPARE(*id, 7);
        QVERIFY(reopened->verify()->intact());
    }

    void onlyAPrefixIsPurgedWhenTheClockJumpedBack()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        venue.clock.set(utc(2026, 3, 1));
        QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok()); // 1: old
        venue.clock.set(utc(2026, 5, 1));
        QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok()); // 2: recent
        venue.clock.set(utc(2026, 3, 2));
        QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok()); // 3: old again, the clock jumped back
        venue.clock.set(utc(2026, 5, 10));
        auto report = ledger->purge(venue.clock);
        QVERIFY(report.ok());
        QCOMPARE(report->purgedEntries, 1);
        QVERIFY(ledger->entry(3)->has_value());
        QVERIFY(ledger->verify()->intact());
    }

    void spaceIsReclaimed()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        QList<LedgerEntry> batch;
        for (int i = 0; i < 3000; ++i) {
            LedgerEntry entry =
                checkIn(venue, phoneEvidence(QStringLiteral("010-0000-%1").arg(i, 4, 10, QLatin1Char('0'))));
            entry.attributes = {{QStringLiteral("note"), QString(200, QLatin1Char('n'))}};
            batch.append(entry);
        }
        QVERIFY(ledger->appendAll(batch).ok());
        venue.clock.advance(30 * 24h);
        auto report = ledger->purge(venue.clock);
        QVERIFY(report.ok());
        QCOMPARE(report->purgedEntries, 3000);
        QVERIFY2(
            report->bytesAfter * 4 < report->bytesBefore,
            qPrintable(QStringLiteral("%1 -> %2 bytes").arg(report->bytesBefore).arg(report->bytesAfter)));
        QCOMPARE(report->bytesAfter, QFileInfo(venue.databasePath()).size()); // WAL truncated
        RawDatabase raw(venue.databasePath());
        QCOMPARE(raw.text("PRAGMA freelist_count"), QStringLiteral("0"));
    }

    void tamperedCheckpointIsReported()
    {
        Venue venue;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            dailyCheckIns(venue, *ledger, 10);
            venue.clock.set(utc(2026, 4, 5, 13)); // cutoff 03-08 13:00: purges 03-01..03-08
            QCOMPARE(ledger->purge(venue.clock)->purgedEntries, 8);
        }
        {
            // Deleting one more entry and moving the checkpoint onto it, consistently with the hashes:
            RawDatabase raw(venue.databasePath());
            QVERIFY(raw.exec(
                "UPDATE chain_anchor SET through_id = 9, hash = (SELECT hash FROM entries WHERE id = 9);"
                "DELETE FROM entries WHERE id = 9"));
        }
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        auto chain = ledger->verify();
        QVERIFY(chain.ok());
        QVERIFY(!chain->intact());
        QCOMPARE(chain->firstBroken->id, 10);
        QVERIFY2(chain->firstBroken->problem.contains(
                     QStringLiteral("differs from the one purge entry 11 recorded")),
                 qPrintable(chain->firstBroken->problem));
    }
};

QTEST_GUILESS_MAIN(LedgerRetentionTest)
#include "tst_ledgerretention.moc"
