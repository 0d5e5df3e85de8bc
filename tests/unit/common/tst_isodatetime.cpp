#include "common/IsoDateTime.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;

class IsoDateTimeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime base(QDate(2021, 5, 24), QTime(16, 40), QTimeZone::utc());
        QTest::newRow("Z") << QStringLiteral("2021-05-24T16:40:00Z") << base;
        QTest::newRow("offset with colon") << QStringLiteral("2021-05-24T18:40:00+02:00") << base;
        QTest::newRow("offset without colon") << QStringLiteral("2021-05-24T16:40:00+0000") << base;
        QTest::newRow("negative offset, hours only") << QStringLiteral("2021-05-24T11:40:00-05") << base;
        QTest::newRow("no offset means UTC") << QStringLiteral("2021-05-24T16:40:00") << base;
        QTest::newRow("milliseconds") << QStringLiteral("2021-05-24T16:40:00.250Z") << base.addMSecs(250);
        QTest::newRow("seven fraction digits")
            << QStringLiteral("2021-05-24T16:40:00.9906293Z") << base.addMSecs(990);
        QTest::newRow("lower-case t and z") << QStringLiteral("2021-05-24t16:40:00z") << base;
        QTest::newRow("across midnight") << QStringLiteral("2021-05-25T01:40:00+09:00") << base;
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const std::optional<QDateTime> parsed = parseIsoDateTime(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, utc);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("date only") << QStringLiteral("2021-05-24");
        QTest::newRow("no seconds") << QStringLiteral("2021-05-24T16:40Z");
        QTest::newRow("hour 24") << QStringLiteral("2021-05-24T24:00:00Z");
        QTest::newRow("February 30") << QStringLiteral("2021-02-30T10:00:00Z");
        QTest::newRow("empty fraction") << QStringLiteral("2021-05-24T16:40:00.Z");
        QTest::newRow("garbage after") << QStringLiteral("2021-05-24T16:40:00Zx");
        QTest::newRow("offset minutes 60") << QStringLiteral("2021-05-24T16:40:00+01:60");
        QTest::newRow("empty") << QString();
    }
    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!parseIsoDateTime(text));
    }

    void dates()
    {
        QCOMPARE(parseIsoDate(u"2020-02-29").value_or(QDate()), QDate(2020, 2, 29));
        QVERIFY(!parseIsoDate(u"2021-02-29"));
        QVERIFY(!parseIsoDate(u"2021-2-3"));
        QVERIFY(!parseIsoDate(u"20210203"));
    }

    void formats()
    {
        QCOMPARE(formatIsoDateTime(QDateTime(QDate(2021, 12, 13), QTime(21, 0), QTimeZone(9 * 3600))),
                 QStringLiteral("2021-12-13T12:00:00Z"));
    }

    // Birth dates: YYYY, YYYY-MM or YYYY-MM-DD, each a real calendar date.
    void reducedDates_data()
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
    void reducedDates()
    {
        QFETCH(QString, text);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(QDate, earliest);
        const std::optional<IsoReducedDate> date = parseIsoReducedDate(text);
        QVERIFY(date);
        QCOMPARE(date->month, month);
        QCOMPARE(date->day, day);
        QCOMPARE(date->earliestDay(), earliest);
    }

    void reducedDatesRefused_data()
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
    void reducedDatesRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!parseIsoReducedDate(text));
    }
};

QTEST_APPLESS_MAIN(IsoDateTimeTest)
#include "tst_isodatetime.moc"
