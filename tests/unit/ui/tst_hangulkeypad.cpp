#include "kiosk/HangulKeypad.h"

#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

namespace {

// Taps, written as the keys' labels; a digit or a space is typed as it is.
void tapAll(HangulKeypad &keypad, const QStringList &taps)
{
    for (const QString &tap : taps) {
        const qsizetype index = keypad.keys().indexOf(tap);
        if (index >= 0)
            keypad.pressKey(int(index));
        else
            keypad.type(tap);
    }
}

} // namespace

class HangulKeypadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writes_data()
    {
        QTest::addColumn<QStringList>("taps");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maximumLength");
        QTest::newRow("safety number") << QStringList{u"1"_s, u"2"_s, u"ㄱ"_s, u"가"_s, u"가"_s,
                                                      u"3"_s, u"4"_s, u"ㄴ"_s, u"나"_s, u"나"_s}
                                       << u"12가34나"_s << 6;
        QTest::newRow("digit ends a syllable without final")
            << QStringList{u"ㄱ"_s, u"가"_s, u"1"_s, u"ㄴ"_s, u"나"_s, u"2"_s, u"3"_s, u"4"_s}
            << u"가1나234"_s << 6;
        QTest::newRow("finals, double consonants, compound vowels")
            << QStringList{u"ㄱ"_s, u"과"_s, u"괎"_s, u"ㅃ"_s, u"뻐"_s, u"뻥"_s, u"ㅎ"_s, u"히"_s, u"힣"_s}
            << u"괎뻥힣"_s << 6;
        QTest::newRow("the last syllable of all") << QStringList{u"ㅎ"_s, u"히"_s, u"힣"_s} << u"힣"_s << 6;
        QTest::newRow("a district") << QStringList{u"ㄱ"_s, u"가"_s, u"강"_s, u"ㄴ"_s, u"나"_s,
                                                   u"남"_s, u"ㄱ"_s, u"구"_s, u"구"_s}
                                    << u"강남구"_s << 20;
        QTest::newRow("no more than the maximum")
            << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"ㄱ"_s, u"가"_s, u"가"_s, u"ㄴ"_s, u"6"_s}
            << u"12345가"_s << 6;
    }
    void writes()
    {
        QFETCH(QStringList, taps);
        QFETCH(QString, text);
        QFETCH(int, maximumLength);
        HangulKeypad keypad;
        keypad.setProperty("maximumLength", maximumLength);
        tapAll(keypad, taps);
        QCOMPARE(keypad.text(), text);
    }

    // Text typed with a keyboard or pasted: white space around it goes, nothing that matters is cut
    // (the panel's check then names the real problem), and only absurd lengths are bounded.
    void typedTextIsTrimmedNotCut_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("text");
        QTest::newRow("leading space") << u" 12가34나"_s << u"12가34나"_s;
        QTest::newRow("spaces and a tab around") << u"\t 12가34나 \n"_s << u"12가34나"_s;
        QTest::newRow("a separator inside is kept") << u"12가 34나"_s << u"12가 34나"_s;
        QTest::newRow("seven characters stay seven") << u"12가34나5"_s << u"12가34나5"_s;
        QTest::newRow("absurdly long")
            << QString(200, u'1') << QString(HangulKeypad::MaximumTypedLength, u'1');
    }
    void typedTextIsTrimmedNotCut()
    {
        QFETCH(QString, typed);
        QFETCH(QString, text);
        HangulKeypad keypad;
        keypad.setProperty("maximumLength", 6);
        keypad.setText(typed);
        QCOMPARE(keypad.text(), text);
    }

    // Every one of the 11,172 syllables is reachable, each by exactly its own three taps.
    void everySyllableIsReachable()
    {
        QSet<QChar> made;
        HangulKeypad keypad;
        for (int initial = 0; initial < 19; ++initial) {
            for (int vowel = 0; vowel < 21; ++vowel) {
                for (int final = 0; final < 28; ++final) {
                    keypad.clear();
                    keypad.pressKey(initial);
                    QCOMPARE(keypad.stage(), HangulKeypad::Stage::Vowel);
                    keypad.pressKey(vowel);
                    QCOMPARE(keypad.stage(), HangulKeypad::Stage::Final);
                    QCOMPARE(keypad.keys().size(), 28);
                    keypad.pressKey(final);
                    QCOMPARE(keypad.text().size(), 1);
                    made.insert(keypad.text().at(0));
                }
            }
        }
        QCOMPARE(made.size(), 11172);
        QVERIFY(made.contains(QChar(0xAC00)) && made.contains(QChar(0xD7A3)));
    }

    void previewShowsTheConsonantChosen()
    {
        HangulKeypad keypad;
        keypad.type(u"1"_s);
        keypad.pressKey(int(keypad.keys().indexOf(u"ㅂ"_s)));
        QCOMPARE(keypad.preview(), u"1ㅂ"_s);
        QCOMPARE(keypad.text(), u"1"_s);
        QCOMPARE(keypad.keys().first(), u"바"_s);
    }

    void backspaceTakesBackOneStep()
    {
        HangulKeypad keypad;
        tapAll(keypad, {u"1"_s, u"ㄱ"_s, u"가"_s, u"각"_s, u"ㄴ"_s});
        QCOMPARE(keypad.preview(), u"1각ㄴ"_s);
        keypad.backspace(); // the consonant chosen
        QCOMPARE(keypad.preview(), u"1각"_s);
        QCOMPARE(keypad.stage(), HangulKeypad::Stage::Initial);
        keypad.backspace(); // the whole syllable
        QCOMPARE(keypad.text(), u"1"_s);
        keypad.backspace();
        keypad.backspace(); // nothing left: no change, no crash
        QCOMPARE(keypad.text(), QString());
    }

    void keysOutOfRangeChangeNothing()
    {
        HangulKeypad keypad;
        keypad.pressKey(-1);
        keypad.pressKey(19);
        QCOMPARE(keypad.stage(), HangulKeypad::Stage::Initial);
        keypad.pressKey(0);
        keypad.pressKey(21);
        QCOMPARE(keypad.stage(), HangulKeypad::Stage::Vowel);
        keypad.pressKey(0);
        keypad.pressKey(28);
        QCOMPARE(keypad.stage(), HangulKeypad::Stage::Final);
        QCOMPARE(keypad.text(), u"가"_s);
    }
};

QTEST_APPLESS_MAIN(HangulKeypadTest)
#include "tst_hangulkeypad.moc"
