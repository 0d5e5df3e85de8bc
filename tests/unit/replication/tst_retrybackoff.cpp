#include "replication/RetryBackoff.h"

#include <QSet>
#include <QTest>

using namespace passgate;
using namespace std::chrono_literals;

class RetryBackoffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The window after each consecutive failure, with base and cap; the waits drawn at the top of it.
    void windows_data()
    {
        QTest::addColumn<int>("baseMs");
        QTest::addColumn<int>("capMs");
        QTest::addColumn<QList<int>>("waits"); // with a draw that always returns the bound
        QTest::newRow("doubles from base up to the cap")
            << 500 << 60000 << QList<int>{500, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
        QTest::newRow("cap not a power of two of base")
            << 1000 << 5000 << QList<int>{1000, 2000, 4000, 5000, 5000};
        QTest::newRow("cap below base: base is the cap") << 2000 << 100 << QList<int>{2000, 2000, 2000};
    }

    void windows()
    {
        QFETCH(int, baseMs);
        QFETCH(int, capMs);
        QFETCH(QList<int>, waits);
        RetryBackoff backoff(std::chrono::milliseconds(baseMs), std::chrono::milliseconds(capMs),
                             [](qint64 bound) { return bound; });
        for (int expected : waits)
            QCOMPARE(backoff.failed().count(), qint64(expected));
    }

    void successStartsOver()
    {
        RetryBackoff backoff(500ms, 60s, [](qint64 bound) { return bound; });
        for (int i = 0; i < 5; ++i)
            backoff.failed();
        QCOMPARE(backoff.window(), 16000ms);
        backoff.succeeded();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.failed(), 500ms);
    }

    void longOutageStaysAtTheCap()
    {
        RetryBackoff backoff(500ms, 60s, [](qint64 bound) { return bound; });
        for (int i = 0; i < 10000; ++i)
            QVERIFY(backoff.failed() <= 60s);
        QCOMPARE(backoff.window(), 60s);
    }

    void drawOutsideTheWindowIsClamped()
    {
        RetryBackoff backoff(1s, 10s, [](qint64 bound) { return bound * 3 + 7; });
        QCOMPARE(backoff.failed(), 1s);
        RetryBackoff negative(1s, 10s, [](qint64) { return -5; });
        QCOMPARE(negative.failed(), 0ms);
    }

    // The real draw: uniform over [0, window]. Fifty kiosks failing at the same moment come back
    // spread over the window, not together; the mean of many draws sits in the middle.
    void fullJitterSpreadsKiosks()
    {
        QSet<qint64> firstWaits;
        for (int kiosk = 0; kiosk < 50; ++kiosk) {
            RetryBackoff backoff(1000ms, 60s);
            firstWaits.insert(backoff.failed().count());
        }
        QVERIFY2(firstWaits.size() > 40, qPrintable(QString::number(firstWaits.size())));

        RetryBackoff backoff(1000ms, 1000ms);
        qint64 sum = 0;
        qint64 lowest = 1000;
        qint64 highest = 0;
        for (int i = 0; i < 10000; ++i) {
            const qint64 wait = backoff.failed().count();
            QVERIFY(wait >= 0 && wait <= 1000);
            sum += wait;
            lowest = qMin(lowest, wait);
            highest = qMax(highest, wait);
        }
        // Mean 500, standard error about 2.9 ms: 25 is over eight of them.
        QVERIFY2(qAbs(sum / 10000 - 500) < 25, qPrintable(QString::number(sum / 10000)));
        QVERIFY(lowest < 50 && highest > 950);
    }
};

QTEST_GUILESS_MAIN(RetryBackoffTest)
#include "tst_retrybackoff.moc"
