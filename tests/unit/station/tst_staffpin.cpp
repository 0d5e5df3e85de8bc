#include "station/StaffPin.h"

#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

class StaffPinTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptable_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("error");
        QTest::newRow("four digits") << u"2580"_s << true << 0;
        QTest::newRow("eight digits") << u"73920518"_s << true << 0;
        QTest::newRow("three digits") << u"258"_s << false << int(StaffPinError::TooShort);
        QTest::newRow("nine digits") << u"739205181"_s << false << int(StaffPinError::TooLong);
        QTest::newRow("letters") << u"25a0"_s << false << int(StaffPinError::NotDigits);
        QTest::newRow("hangul digits? no") << u"２５８０"_s << false << int(StaffPinError::NotDigits);
        QTest::newRow("all same") << u"0000"_s << false << int(StaffPinError::Trivial);
        QTest::newRow("ascending") << u"1234"_s << false << int(StaffPinError::Trivial);
        QTest::newRow("descending") << u"9876"_s << false << int(StaffPinError::Trivial);
    }
    void acceptable()
    {
        QFETCH(QString, pin);
        QFETCH(bool, ok);
        QFETCH(int, error);
        const auto result = StaffPin::acceptable(pin);
        QCOMPARE(result.ok(), ok);
        if (!ok) {
            QCOMPARE(int(result.error().code), error);
            QVERIFY(!result.error().reason.isEmpty());
        }
    }

    void hashAndMatch()
    {
        const auto record = StaffPin::hash(u"2580"_s, 2000);
        QVERIFY(record.ok());
        QVERIFY(record->startsWith(u"pbkdf2-sha256$2000$"));
        QVERIFY(!record->contains(u"2580"));
        QVERIFY(StaffPin::matches(u"2580"_s, *record));
        QVERIFY(!StaffPin::matches(u"2581"_s, *record));
        QVERIFY(!StaffPin::matches(QString(), *record));
    }

    void saltsDiffer()
    {
        const auto first = StaffPin::hash(u"2580"_s, 2000);
        const auto second = StaffPin::hash(u"2580"_s, 2000);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(*first != *second);
    }

    void refusesTrivialPin()
    {
        const auto record = StaffPin::hash(u"1111"_s, 2000);
        QVERIFY(!record.ok());
        QCOMPARE(record.error().code, StaffPinError::Trivial);
    }

    void malformedRecordsNeverMatch_data()
    {
        QTest::addColumn<QString>("record");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain pin") << u"2580"_s;
        QTest::newRow("other scheme") << u"md5$2000$c2FsdHNhbHRzYWx0$AAAA"_s;
        QTest::newRow("too few iterations") << u"pbkdf2-sha256$10$c2FsdHNhbHRzYWx0$"_s;
        QTest::newRow("short hash") << u"pbkdf2-sha256$2000$c2FsdHNhbHRzYWx0$AAAA"_s;
    }
    void malformedRecordsNeverMatch()
    {
        QFETCH(QString, record);
        QVERIFY(!StaffPin::matches(u"2580"_s, record));
    }
};

QTEST_APPLESS_MAIN(StaffPinTest)
#include "tst_staffpin.moc"
