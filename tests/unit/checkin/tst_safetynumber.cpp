#include "checkin/SafetyNumber.h"

#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

class SafetyNumberTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        QTest::newRow("as the apps show it") << u"12가34나"_s << u"12가34나"_s;
        QTest::newRow("digits and syllables mixed") << u"1가23나4"_s << u"1가23나4"_s;
        QTest::newRow("syllables first") << u"가나1234"_s << u"가나1234"_s;
        QTest::newRow("syllables with a final consonant") << u"12값34뷁"_s << u"12값34뷁"_s;
        QTest::newRow("first and last syllable of the block") << u"가1234힣"_s << u"가1234힣"_s;
        QTest::newRow("spaces and hyphens typed around it") << u" 12가-34나 "_s << u"12가34나"_s;
        QTest::newRow("full-width digits") << u"１２가３４나"_s << u"12가34나"_s;
        // 가 as conjoining jamo U+1100 U+1161, as some input methods and copied text deliver it.
        QTest::newRow("decomposed jamo") << u"12\u1100\u116134나"_s << u"12가34나"_s;
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        const auto number = SafetyNumber::parse(text);
        QVERIFY2(number, number ? "" : qPrintable(number.error().reason));
        QCOMPARE(number->text(), stored);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        const int length = int(SafetyNumberError::WrongLength);
        const int mix = int(SafetyNumberError::WrongMix);
        const int characters = int(SafetyNumberError::BadCharacters);
        QTest::newRow("empty") << u""_s << int(SafetyNumberError::Empty);
        QTest::newRow("only spaces") << u"  - "_s << int(SafetyNumberError::Empty);
        QTest::newRow("one short") << u"12가34"_s << length;
        QTest::newRow("one long") << u"12가34나5"_s << length;
        QTest::newRow("a phone number") << u"01012345678"_s << length;
        QTest::newRow("five digits") << u"12가345"_s << mix;
        QTest::newRow("three syllables") << u"12가3나다"_s << mix;
        QTest::newRow("six digits") << u"123456"_s << mix;
        QTest::newRow("latin letters") << u"12ab34"_s << characters;
        QTest::newRow("a lone jamo") << u"12ㄱ34나"_s << characters;
        QTest::newRow("a Chinese character") << u"12家34나"_s << characters;
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(int, error);
        const auto number = SafetyNumber::parse(text);
        QVERIFY(!number);
        QCOMPARE(int(number.error().code), error);
        QVERIFY(!number.error().reason.isEmpty());
    }
};

QTEST_APPLESS_MAIN(SafetyNumberTest)
#include "tst_safetynumber.moc"
