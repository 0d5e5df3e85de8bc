#include "policy/certlogic/DateTime_p.h"

#include <QTest>

using namespace passgate::certlogic;
using namespace Qt::StringLiterals;

class CertLogicDateTimeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAllowedFormats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // ISO UTC, or empty when refused
        QTest::newRow("year") << u"2004"_s << u"2004-12-31T00:00:00.000Z"_s;
        QTest::newRow("year-month") << u"2004-02"_s << u"2004-02-29T00:00:00.000Z"_s;
        QTest::newRow("year-month non-leap") << u"2003-02"_s << u"2003-02-28T00:00:00.000Z"_s;
        QTest::newRow("date") << u"2021-06-01"_s << u"2021-06-01T00:00:00.000Z"_s;
        QTest::newRow("no offset means Z") << u"2021-06-01T10:20:30"_s << u"2021-06-01T10:20:30.000Z"_s;
        QTest::newRow("Z") << u"2021-06-01T10:20:30Z"_s << u"2021-06-01T10:20:30.000Z"_s;
        QTest::newRow("+h") << u"2021-06-01T10:20:30+2"_s << u"2021-06-01T08:20:30.000Z"_s;
        QTest::newRow("+hh") << u"2021-06-01T10:20:30+09"_s << u"2021-06-01T01:20:30.000Z"_s;
        QTest::newRow("-hmm") << u"2021-06-01T10:20:30-130"_s << u"2021-06-01T11:50:30.000Z"_s;
        QTest::newRow("+hhmm") << u"2021-06-01T10:20:30+0530"_s << u"2021-06-01T04:50:30.000Z"_s;
        QTest::newRow("+h:mm") << u"2021-06-01T10:20:30+1:00"_s << u"2021-06-01T09:20:30.000Z"_s;
        QTest::newRow("+hh:mm") << u"2021-06-01T00:20:30+09:00"_s << u"2021-05-31T15:20:30.000Z"_s;
        QTest::newRow("fraction padded") << u"2021-06-01T10:20:30.5Z"_s << u"2021-06-01T10:20:30.500Z"_s;
        QTest::newRow("fraction truncated")
            << u"2021-06-01T10:20:30.123999+00:00"_s << u"2021-06-01T10:20:30.123Z"_s;
        QTest::newRow("no seconds") << u"2021-06-01T10:20"_s << QString();
        QTest::newRow("space separator") << u"2021-06-01 10:20:30"_s << QString();
        QTest::newRow("february 30") << u"2021-02-30"_s << QString();
        QTest::newRow("month 13") << u"2021-13"_s << QString();
        QTest::newRow("hour 24") << u"2021-06-01T24:00:00Z"_s << QString();
        QTest::newRow("offset too long") << u"2021-06-01T10:20:30+09000"_s << QString();
        QTest::newRow("empty fraction") << u"2021-06-01T10:20:30.Z"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("words") << u"yesterday"_s << QString();
    }
    void parsesAllowedFormats()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto instant = parseDateTime(text);
        QCOMPARE(instant.has_value(), !expected.isEmpty());
        if (instant)
            QCOMPARE(formatDateTime(*instant), expected);
    }

    void dateOfBirthIsTheLastConsistentDay_data()
    {
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("expected");
        QTest::newRow("YYYY") << u"2021"_s << u"2021-12-31T00:00:00.000Z"_s;
        QTest::newRow("YYYY-MM") << u"2004-04"_s << u"2004-04-30T00:00:00.000Z"_s;
        QTest::newRow("YYYY-MM-DD") << u"1964-08-12"_s << u"1964-08-12T00:00:00.000Z"_s;
        QTest::newRow("with time") << u"1964-08-12T00:00:00Z"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void dateOfBirthIsTheLastConsistentDay()
    {
        QFETCH(QString, dob);
        QFETCH(QString, expected);
        const auto instant = parseDateOfBirth(dob);
        QCOMPARE(instant.has_value(), !expected.isEmpty());
        if (instant)
            QCOMPARE(formatDateTime(*instant), expected);
    }

    // The specification's leap-day table plus month-end roll-over, as JavaScript's Date does it.
    void plusTimeFollowsJavaScriptDates_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("leap +1 day") << u"2020-02-29"_s << 1 << u"day"_s << u"2020-03-01T00:00:00.000Z"_s;
        QTest::newRow("leap +1 month") << u"2020-02-29"_s << 1 << u"month"_s << u"2020-03-29T00:00:00.000Z"_s;
        QTest::newRow("leap +1 year") << u"2020-02-29"_s << 1 << u"year"_s << u"2021-03-01T00:00:00.000Z"_s;
        QTest::newRow("leap +4 years") << u"2020-02-29"_s << 4 << u"year"_s << u"2024-02-29T00:00:00.000Z"_s;
        QTest::newRow("jan 31 +1 month")
            << u"2021-01-31"_s << 1 << u"month"_s << u"2021-03-03T00:00:00.000Z"_s;
        QTest::newRow("-18 years") << u"2022-01-01T13:37:00.042Z"_s << -18 << u"year"_s
                                   << u"2004-01-01T13:37:00.042Z"_s;
        QTest::newRow("-13 months") << u"2021-03-15T12:00:00Z"_s << -13 << u"month"_s
                                    << u"2020-02-15T12:00:00.000Z"_s;
        QTest::newRow("48 hours") << u"2021-12-13T15:00:00+09:00"_s << 48 << u"hour"_s
                                  << u"2021-12-15T06:00:00.000Z"_s;
        QTest::newRow("-180 days across DST")
            << u"2021-06-23T00:00:00Z"_s << -180 << u"day"_s << u"2020-12-25T00:00:00.000Z"_s;
        QTest::newRow("before 1970") << u"1969-12-31T23:00:00Z"_s << 1 << u"hour"_s
                                     << u"1970-01-01T00:00:00.000Z"_s;
    }
    void plusTimeFollowsJavaScriptDates()
    {
        QFETCH(QString, start);
        QFETCH(int, amount);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        const auto instant = parseDateTime(start);
        QVERIFY(instant);
        const auto timeUnit = timeUnitFromName(unit);
        QVERIFY(timeUnit);
        const auto shifted = plusTime(*instant, amount, *timeUnit);
        QVERIFY(shifted);
        QCOMPARE(formatDateTime(*shifted), expected);
    }

    void plusTimeRefusesTheUnrepresentable()
    {
        const auto instant = parseDateTime(u"2021-06-01");
        QVERIFY(instant);
        QVERIFY(!plusTime(*instant, 300'000, TimeUnit::Year));
        QVERIFY(!plusTime(*instant, -2'000'000'000, TimeUnit::Day));
        QVERIFY(!timeUnitFromName(u"week"));
        QVERIFY(!timeUnitFromName(u"Day"));
    }
};

QTEST_APPLESS_MAIN(CertLogicDateTimeTest)
#include "tst_certlogic_datetime.moc"
