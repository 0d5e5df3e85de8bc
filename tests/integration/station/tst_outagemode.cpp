#include "ledger/Ledger.h"
#include "ledger/OutagePeriods.h"
#include "station/CheckInStation.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QDateTime lunch(QDate(2021, 12, 13), QTime(2, 40), QTimeZone::utc()); // 11:40 in Seoul
const Venue cafe{QStringLiteral("cafe"), QTimeZone(QByteArrayLiteral("Asia/Seoul"))};

// Every entry as another program reads the file: not what the station keeps in memory.
QList<LedgerEntry> onDisk(const QString &dataDir, const Clock &clock)
{
    LedgerOptions options;
    options.dataDir = dataDir;
    options.access = LedgerOptions::Access::ReadOnly;
    auto ledger = Ledger::open(options, clock);
    if (!ledger)
        qFatal("cannot open the ledger: %s", qPrintable(ledger.error().reason));
    auto entries =
        ledger->entries(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()), clock.now().addYears(1));
    if (!entries)
        qFatal("cannot read the ledger: %s", qPrintable(entries.error().reason));
    return *entries;
}

Evidence phone(const QString &number)
{
    Evidence evidence;
    evidence.mode = CheckInMode::Phone;
    evidence.contact = number;
    return evidence;
}

} // namespace

// Outage mode end to end without a screen: the station records its start and end in the chain, flags
// every check-in in between (and none outside), keeps the mode over a restart, records checks by
// eye, and `passgate-cli ledger outages` reads the periods back with their counts.
class OutageModeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    StationSetup setup() const
    {
        StationSetup setup;
        setup.dataDir = m_dir.filePath(QStringLiteral("data"));
        setup.keysOutDir = m_dir.filePath(QStringLiteral("owner"));
        setup.kioskId = QStringLiteral("counter-1");
        return setup; // the demo trust list: no pass is scanned here
    }
    std::unique_ptr<CheckInStation> open(const Clock &clock) const
    {
        auto station = std::make_unique<CheckInStation>(setup(), clock);
        if (!station->open().ok())
            return nullptr;
        station->setVenue(QStringLiteral("kr-2022-01-03"), cafe);
        return station;
    }

private Q_SLOTS:
    void theDayOfTheOutage()
    {
        FixedClock clock(lunch.addSecs(-600));
        {
            auto station = open(clock);
            QVERIFY(station);
            QVERIFY(!station->outage());
            QVERIFY(station->checkIn(phone(QStringLiteral("01011112222"))).recorded); // before: no flag

            clock.advance(10min);
            QVERIFY(station->startOutage(QStringLiteral("  National QR service down "), QStringLiteral("kim"))
                        .ok());
            QVERIFY(station->outage());
            QCOMPARE(station->outage()->reason, QStringLiteral("National QR service down"));
            QCOMPARE(station->outage()->started, lunch);
            QVERIFY(station->startOutage(QStringLiteral("again"), QStringLiteral("lee"))
                        .ok()); // no second period

            clock.advance(1min);
            const auto seen = station->attest(QStringLiteral("sticker"), QStringLiteral("kim"));
            QVERIFY(seen.recorded);
            QCOMPARE(seen.decision.verdict, Verdict::Admit);
            QCOMPARE(seen.decision.reasons.constFirst().code, QStringLiteral("staff-attested"));
            const auto unnamed = station->attest(QString(), QStringLiteral("kim"));
            QVERIFY(!unnamed.recorded);
            QCOMPARE(unnamed.decision.verdict, Verdict::Deny);
            clock.advance(1min);
            QVERIFY(station->checkIn(phone(QStringLiteral("01033334444"))).recorded);
        }
        // passgate restarted (a power cut in the middle of the outage): still on, same period.
        clock.advance(5min);
        {
            auto station = open(clock);
            QVERIFY(station);
            QVERIFY(station->outage());
            QCOMPARE(station->outage()->started, lunch);
            QCOMPARE(station->outage()->startedBy, QStringLiteral("kim"));
            QVERIFY(station->attest(QStringLiteral("pass-on-phone"), QStringLiteral("park")).recorded);
            clock.advance(80min);
            QVERIFY(station->endOutage(QStringLiteral("lee")).ok());
            QVERIFY(!station->outage());
            QVERIFY(station->checkIn(phone(QStringLiteral("01055556666"))).recorded); // after: no flag
        }

        const QList<LedgerEntry> entries = onDisk(setup().dataDir, clock);
        QStringList flagged;
        for (const LedgerEntry &entry : entries) {
            if (entry.kind != LedgerEntry::Kind::CheckIn)
                continue;
            const bool flag = entry.attributes.value(OutagePeriod::FlagAttribute) == u"yes";
            if (flag)
                QCOMPARE(entry.attributes.value(OutagePeriod::CheckInReasonAttribute),
                         QStringLiteral("National QR service down"));
            flagged.append(modeCode(entry.mode) + (flag ? QStringLiteral("+outage") : QString()) +
                           (entry.attributes.contains(LedgerEntry::AttestedAttribute)
                                ? QStringLiteral(":") + entry.attributes.value(LedgerEntry::AttestedAttribute)
                                : QString()));
        }
        QCOMPARE(flagged,
                 (QStringList{QStringLiteral("phone"), QStringLiteral("attested+outage:sticker"),
                              QStringLiteral("phone+outage"), QStringLiteral("attested+outage:pass-on-phone"),
                              QStringLiteral("phone")}));

        const QList<OutagePeriod> periods = outagePeriods(entries);
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods.constFirst().checkIns, 3);
        QCOMPARE(periods.constFirst().admitted, 2); // a phone check-in alone is a staff check at a cafe
        QCOMPARE(periods.constFirst().endedBy, QStringLiteral("lee"));
        QCOMPARE(periods.constFirst().started.secsTo(periods.constFirst().ended), 87 * 60);

        // The owner's view: the CLI reads the same file.
        QProcess cli;
        cli.start(QStringLiteral(PASSGATE_CLI), {QStringLiteral("ledger"), QStringLiteral("outages"),
                                                 QStringLiteral("--data-dir"), setup().dataDir});
        QVERIFY(cli.waitForFinished(30000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        QVERIFY2(
            out.contains(QStringLiteral("2021-12-13T02:40:00Z - 2021-12-13T04:07:00Z (87 min)  3 check-ins, "
                                        "2 admitted")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("reason: National QR service down")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("on: kim (entry 2)  off: lee (entry 6)")), qPrintable(out));
        QVERIFY2(out.endsWith(QStringLiteral("1 outage period\n")), qPrintable(out));
    }

    void periodsFromTheLedgerAlone_data()
    {
        QTest::addColumn<QStringList>("sequence"); // s: start, e: end, f: flagged check-in, c: plain
        QTest::addColumn<QStringList>("periods");  // "<checkIns>/<open|closed>/<startId>"
        QTest::newRow("none") << QStringList{u"c"_s, u"c"_s} << QStringList{};
        QTest::newRow("one closed") << QStringList{u"s"_s, u"f"_s, u"f"_s, u"e"_s, u"c"_s}
                                    << QStringList{u"2/closed/1"_s};
        QTest::newRow("still on") << QStringList{u"c"_s, u"s"_s, u"f"_s} << QStringList{u"1/open/2"_s};
        QTest::newRow("two, start repeated") << QStringList{u"s"_s, u"s"_s, u"f"_s, u"e"_s, u"s"_s, u"e"_s}
                                             << QStringList{u"1/closed/1"_s, u"0/closed/5"_s};
        // Retention purged the start: the flagged entries and the end still make a period.
        QTest::newRow("start purged") << QStringList{u"f"_s, u"e"_s, u"c"_s} << QStringList{u"1/closed/0"_s};
        QTest::newRow("end without anything") << QStringList{u"e"_s} << QStringList{u"0/closed/0"_s};
    }
    void periodsFromTheLedgerAlone()
    {
        QFETCH(QStringList, sequence);
        QFETCH(QStringList, periods);
        QList<LedgerEntry> entries;
        qint64 id = 0;
        for (const QString &step : sequence) {
            LedgerEntry entry;
            entry.id = ++id;
            entry.time = lunch.addSecs(id * 60);
            if (step == u"s" || step == u"e") {
                entry.kind = LedgerEntry::Kind::Event;
                entry.event = step == u"s" ? OutagePeriod::StartedEvent : OutagePeriod::EndedEvent;
            } else if (step == u"f") {
                entry.verdict = Verdict::Admit;
                entry.attributes.insert(OutagePeriod::FlagAttribute, QStringLiteral("yes"));
            }
            entries.append(entry);
        }
        QStringList found;
        for (const OutagePeriod &period : outagePeriods(entries))
            found.append(QStringLiteral("%1/%2/%3")
                             .arg(period.checkIns)
                             .arg(period.open() ? u"open"_s : u"closed"_s)
                             .arg(period.startId));
        QCOMPARE(found, periods);
    }
};

QTEST_GUILESS_MAIN(OutageModeTest)
#include "tst_outagemode.moc"
