#include "LedgerFixtures.h"

#include "ledger/ChainHash_p.h"
#include "ledger/LedgerRow.h"

#include <QTest>

Q_DECLARE_METATYPE(passgate::LedgerRow)

using namespace passgate;
using namespace passgate::test;
using namespace std::chrono_literals;

namespace {

// Writes five check-ins and closes the ledger.
void fillFive(Venue &venue)
{
    auto ledger = venue.open();
    QVERIFY(ledger.ok());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(ledger
                    ->append(checkIn(venue, i % 2 ? phoneEvidence(QStringLiteral("010-1111-000%1").arg(i))
                                                  : qrEvidence()))
                    .ok());
        venue.clock.advance(60s);
    }
}

// Recomputes and stores the hash of one row, as a forger who knows the scheme would.
void rehash(RawDatabase &raw, qint64 id)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(
        raw.handle(),
        qPrintable(QStringLiteral("SELECT %1 FROM entries WHERE id = %2").arg(LedgerRow::columns()).arg(id)),
        -1, &statement, nullptr);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    LedgerRow row;
    row.id = sqlite3_column_int64(statement, 0);
    row.timeMs = sqlite3_column_int64(statement, 1);
    const auto text = [statement](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
    };
    const auto blob = [statement](int column) {
        if (sqlite3_column_type(statement, column) == SQLITE_NULL)
            return QByteArray();
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    };
    row.kind = text(2);
    row.kiosk = text(3);
    row.mode = text(4);
    row.verdict = text(5);
    row.reasons = text(6);
    row.passes = text(7);
    row.staff = text(8);
    row.contact = blob(9);
    row.attributes = text(10);
    row.event = text(11);
    row.previousHash = blob(12);
    sqlite3_finalize(statement);
    const QByteArray hash = ChainHash::compute(row);
    QVERIFY(raw.exec(qPrintable(QStringLiteral("UPDATE entries SET hash = x'%1' WHERE id = %2")
                                    .arg(QString::fromLatin1(hash.toHex()))
                                    .arg(id))));
}

} // namespace

class LedgerChainTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Known answers: fixed rows and the SHA-256 their canonical bytes must give, written here (computed
    // outside passgate from the format in ChainHash.h). A change of encoding would break every
    // ledger already on disk: this test fails first.
    void chainHashKnownAnswers_data()
    {
        QTest::addColumn<LedgerRow>("row");
        QTest::addColumn<QByteArray>("expectedHex");
        LedgerRow first;
        first.previousHash = ChainHash::genesis();
        first.id = 1;
        first.timeMs = 1639364400000; // 2021-12-13T03:00:00Z
        first.kind = QStringLiteral("check-in");
        first.kiosk = QStringLiteral("kiosk-1");
        first.mode = QStringLiteral("qr");
        first.verdict = QStringLiteral("admit");
        first.reasons = QStringLiteral("[\"booster\"]");
        first.passes = QStringLiteral("[{\"format\":\"eu-dcc\",\"statement\":\"vaccination\",\"country\":"
                                      "\"DE\",\"certificate\":\"00ff\"}]");
        first.attributes = QStringLiteral("{}");
        QTest::newRow("first entry, no contact")
            << first << QByteArray("a4fcd66571d7dbdb870f6f1fb2372ee87777346764df7366325edc51dc0079fa");

        LedgerRow emptyContact = first;
        emptyContact.contact = QByteArray("");
        QTest::newRow("an empty contact differs from none")
            << emptyContact << QByteArray("1efdaa278a2718bcbfb5b9e2440f74378152d0d39333d8013314512659e32d26");

        LedgerRow second = first;
        second.previousHash =
            QByteArray::fromHex("a4fcd66571d7dbdb870f6f1fb2372ee87777346764df7366325edc51dc0079fa");
        second.id = 2;
        second.timeMs = 1639364460000;
        second.mode = QStringLiteral("phone");
        second.verdict = QStringLiteral("staff-check");
        second.reasons = QStringLiteral("[\"no-pass\"]");
        second.passes = QStringLiteral("[]");
        second.staff = QStringLiteral("staff-7");
        second.contact = QByteArray("\x01\x02\x03", 3);
        second.attributes = QStringLiteral("{\"department\":\"소아과\"}"); // UTF-8 in the hash
        QTest::newRow("chained, with a sealed contact and Hangul")
            << second << QByteArray("9e1063a643c2ce9d45a49696ace66cdd28e9059250676ae19c4e1b74eb92e93b");
    }
    void chainHashKnownAnswers()
    {
        QFETCH(LedgerRow, row);
        QFETCH(QByteArray, expectedHex);
        QCOMPARE(ChainHash::compute(row).toHex(), expectedHex);
    }

    void intact()
    {
        Venue venue;
        fillFive(venue);
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        auto report = ledger->verify();
        QVERIFY(report.ok());
        QVERIFY(report->intact());
        QCOMPARE(report->entriesChecked, 5);
        QCOMPARE(report->integrity, QStringLiteral("ok"));
        QCOMPARE(report->summary(), QStringLiteral("chain intact: 5 entries verified"));
    }

    void emptyLedgerIsIntact()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        QVERIFY(ledger->verify()->intact());
        QCOMPARE(ledger->verify()->entriesChecked, 0);
    }

    void firstBrokenLink_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("brokenAt");
        QTest::addColumn<QString>("problem");
        QTest::newRow("verdict changed")
            << QStringLiteral("UPDATE entries SET verdict = 'admit', mode = 'qr' WHERE id = 2") << qint64(2)
            << QStringLiteral("was altered");
        QTest::newRow("contact replaced") << QStringLiteral("UPDATE entries SET contact = x'00' WHERE id = 4")
                                          << qint64(4) << QStringLiteral("was altered");
        QTest::newRow("time moved") << QStringLiteral(
                                           "UPDATE entries SET time_ms = time_ms - 86400000 WHERE id = 3")
                                    << qint64(3) << QStringLiteral("was altered");
        QTest::newRow("middle entry deleted") << QStringLiteral("DELETE FROM entries WHERE id = 3")
                                              << qint64(3) << QStringLiteral("entries 3 to 3 are missing");
        QTest::newRow("first entry deleted") << QStringLiteral("DELETE FROM entries WHERE id = 1")
                                             << qint64(1) << QStringLiteral("entries 1 to 1 are missing");
        QTest::newRow("altered and rehashed")
            << QStringLiteral("rehash 2") << qint64(3) << QStringLiteral("does not chain to entry 2");
        QTest::newRow("deleted and renumbered")
            << QStringLiteral("DELETE FROM entries WHERE id = 2; UPDATE entries SET id = id - 1 WHERE id > 2")
            << qint64(2) << QStringLiteral("does not chain to entry 1");
        QTest::newRow("checkpoint moved")
            << QStringLiteral("UPDATE chain_anchor SET through_id = 1; DELETE FROM entries WHERE id = 1")
            << qint64(2) << QStringLiteral("does not chain to the checkpoint");
    }
    void firstBrokenLink()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, brokenAt);
        QFETCH(QString, problem);
        Venue venue;
        fillFive(venue);
        {
            RawDatabase raw(venue.databasePath());
            if (tamper == QStringLiteral("rehash 2")) {
                QVERIFY(raw.exec("UPDATE entries SET verdict = 'deny' WHERE id = 2"));
                rehash(raw, 2);
            } else {
                QVERIFY(raw.exec(tamper.toUtf8().constData()));
            }
        }
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        auto report = ledger->verify();
        QVERIFY(report.ok());
        QVERIFY(!report->intact());
        QVERIFY(report->firstBroken.has_value());
        QCOMPARE(report->firstBroken->id, brokenAt);
        QVERIFY2(report->firstBroken->problem.contains(problem), qPrintable(report->firstBroken->problem));
        QVERIFY(report->summary().startsWith(QStringLiteral("chain broken at entry %1").arg(brokenAt)));
    }
};

QTEST_GUILESS_MAIN(LedgerChainTest)
#include "tst_ledgerchain.moc"
