#include "common/Clock.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace std::chrono_literals;

class ClockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedClockIsUtc_data()
    {
        QTest::addColumn<QDateTime>("given");
        QTest::addColumn<QDateTime>("expectedUtc");
        const QDateTime utc(QDate(2021, 12, 13), QTime(3, 0), QTimeZone::utc());
        QTest::newRow("utc") << utc << utc;
        QTest::newRow("seoul") << QDateTime(QDate(2021, 12, 13), QTime(12, 0), QTimeZone(9 * 3600)) << utc;
    }
    void fixedClockIsUtc()
    {
        QFETCH(QDateTime, given);
        QFETCH(QDateTime, expectedUtc);
        const FixedClock clock(given);
        QCOMPARE(clock.now(), expectedUtc);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }

    void advanceAndSet()
    {
        FixedClock clock(QDateTime(QDate(2022, 1, 3), QTime(23, 59, 59), QTimeZone::utc()));
        clock.advance(1s);
        QCOMPARE(clock.now(), QDateTime(QDate(2022, 1, 4), QTime(0, 0), QTimeZone::utc()));
        clock.advance(-48h);
        QCOMPARE(clock.now(), QDateTime(QDate(2022, 1, 2), QTime(0, 0), QTimeZone::utc()));
        clock.set(QDateTime(QDate(2020, 2, 29), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(clock.now().date(), QDate(2020, 2, 29));
    }

    void systemClockIsUtcAndMoves()
    {
        const SystemClock clock;
        const QDateTime first = clock.now();
        QCOMPARE(first.timeSpec(), Qt::UTC);
        QVERIFY(first.isValid());
        QVERIFY(clock.now() >= first);
    }
};

QTEST_APPLESS_MAIN(ClockTest)
#include "tst_clock.moc"
