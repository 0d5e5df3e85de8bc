#include "formats/BirthDate.h"

#include <QTest>

using namespace passgate;

class BirthDateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<QDate>("earliest");
        QTest::newRow("full date") << QStringLiteral("1964-08-12") << 8 << 12 << QDate(1964, 8, 12);
        QTest::newRow("year and month") << QStringLiteral("1964-08") << 8 << 0 << QDate(1964, 8, 1);
        QTest::newRow("year only") << QStringLiteral("1964") << 0 << 0 << QDate(1964, 1, 1);
        QTest::newRow("29 February of a leap year")
            << QStringLiteral("2000-02-29") << 2 << 29 << QDate(2000, 2, 29);
        QTest::newRow("31 December") << QStringLiteral("1999-12-31") << 12 << 31 << QDate(1999, 12, 31);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(QDate, earliest);
        const std::optional<BirthDate> date = BirthDate::parse(text);
        QVERIFY(date);
        QCOMPARE(date->month, month);
        QCOMPARE(date->day, day);
        QCOMPARE(date->earliestDay(), earliest);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("month 00") << QStringLiteral("1963-00");
        QTest::newRow("month 00, day 00") << QStringLiteral("1963-00-00");
        QTest::newRow("day 00") << QStringLiteral("1963-05-00");
        QTest::newRow("month 13") << QStringLiteral("1963-13");
        QTest::newRow("30 February") << QStringLiteral("2021-02-30");
        QTest::newRow("29 February of a common year") << QStringLiteral("2021-02-29");
        QTest::newRow("31 April") << QStringLiteral("2021-04-31");
        QTest::newRow("year 0000") << QStringLiteral("0000");
        QTest::newRow("ICAO unknown parts") << QStringLiteral("1963-XX-XX");
        QTest::newRow("empty") << QString();
        QTest::newRow("two-digit year") << QStringLiteral("63-05-01");
        QTest::newRow("slashes") << QStringLiteral("1963/05/01");
        QTest::newRow("single-digit month") << QStringLiteral("1963-5-01");
        QTest::newRow("a time after it") << QStringLiteral("1978-01-26T00:00:00");
        QTest::newRow("signs in the digits") << QStringLiteral("+963-05-01");
        QTest::newRow("non-ASCII digits") << QStringLiteral("١٩٦٣-05-01");
    }
    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!BirthDate::parse(text));
    }
};

QTEST_APPLESS_MAIN(BirthDateTest)
#include "tst_birthdate.moc"
