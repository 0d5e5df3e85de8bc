#include "checkin/PhoneNumber.h"

#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

class PhoneNumberTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("person");
        const int mobile = int(PhoneNumber::Kind::Mobile);
        const int landline = int(PhoneNumber::Kind::Landline);
        QTest::newRow("mobile hyphens")
            << u"010-1234-5678"_s << u"01012345678"_s << u"010-1234-5678"_s << mobile << true;
        QTest::newRow("mobile bare") << u"01012345678"_s << u"01012345678"_s << u"010-1234-5678"_s << mobile
                                     << true;
        QTest::newRow("mobile +82") << u"+82 10 1234 5678"_s << u"01012345678"_s << u"010-1234-5678"_s
                                    << mobile << true;
        QTest::newRow("mobile +82(0)")
            << u"+82-010-1234-5678"_s << u"01012345678"_s << u"010-1234-5678"_s << mobile << true;
        QTest::newRow("legacy 011 short")
            << u"011-123-4567"_s << u"0111234567"_s << u"011-123-4567"_s << mobile << true;
        QTest::newRow("seoul short") << u"02-123-4567"_s << u"021234567"_s << u"02-123-4567"_s << landline
                                     << true;
        QTest::newRow("seoul long") << u"(02) 1234-5678"_s << u"0212345678"_s << u"02-1234-5678"_s << landline
                                    << true;
        QTest::newRow("gyeonggi") << u"031.123.4567"_s << u"0311234567"_s << u"031-123-4567"_s << landline
                                  << true;
        QTest::newRow("jeju long") << u"064-1234-5678"_s << u"06412345678"_s << u"064-1234-5678"_s << landline
                                   << true;
        QTest::newRow("internet") << u"070-1234-5678"_s << u"07012345678"_s << u"070-1234-5678"_s
                                  << int(PhoneNumber::Kind::Internet) << true;
        QTest::newRow("toll free 안심콜") << u"080-123-4567"_s << u"0801234567"_s << u"080-123-4567"_s
                                          << int(PhoneNumber::Kind::TollFree) << false;
        QTest::newRow("representative") << u"1588-1234"_s << u"15881234"_s << u"1588-1234"_s
                                        << int(PhoneNumber::Kind::Representative) << false;
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        QFETCH(QString, formatted);
        QFETCH(int, kind);
        QFETCH(bool, person);
        const auto number = PhoneNumber::parse(text);
        QVERIFY2(number.ok(), qPrintable(number.ok() ? QString() : number.error().reason));
        QCOMPARE(number->digits(), digits);
        QCOMPARE(number->formatted(), formatted);
        QCOMPARE(int(number->kind()), kind);
        QCOMPARE(number->reachesAPerson(), person);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << u"  "_s << int(PhoneNumberError::Empty);
        QTest::newRow("letters") << u"010-abcd-5678"_s << int(PhoneNumberError::BadCharacters);
        QTest::newRow("plus inside") << u"010+1234+5678"_s << int(PhoneNumberError::BadCharacters);
        QTest::newRow("mobile short") << u"010-123-5678"_s << int(PhoneNumberError::WrongLength);
        QTest::newRow("mobile long") << u"010-1234-56789"_s << int(PhoneNumberError::WrongLength);
        QTest::newRow("seoul short") << u"02-12-4567"_s << int(PhoneNumberError::WrongLength);
        QTest::newRow("unknown area 039") << u"039-123-4567"_s << int(PhoneNumberError::UnknownPrefix);
        QTest::newRow("no trunk zero") << u"1012345678"_s << int(PhoneNumberError::UnknownPrefix);
        QTest::newRow("foreign") << u"+1 212 555 0100"_s << int(PhoneNumberError::UnknownPrefix);
        QTest::newRow("fullwidth digits") << u"０１０-1234-5678"_s << int(PhoneNumberError::BadCharacters);
        QTest::newRow("1588 long") << u"1588-12345"_s << int(PhoneNumberError::WrongLength);
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(int, error);
        const auto number = PhoneNumber::parse(text);
        QVERIFY(!number.ok());
        QCOMPARE(int(number.error().code), error);
        QVERIFY(!number.error().reason.isEmpty());
    }
};

QTEST_APPLESS_MAIN(PhoneNumberTest)
#include "tst_phonenumber.moc"
