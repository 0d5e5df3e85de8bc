#include "scan/UsKeyLayout.h"

#include <QTest>

#include <linux/input-event-codes.h>

using namespace passgate;
using namespace Qt::StringLiterals;

class UsKeyLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void character_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("shift");
        QTest::addColumn<QString>("typed");
        QTest::newRow("H with Shift") << int(KEY_H) << true << u"H"_s;
        QTest::newRow("h") << int(KEY_H) << false << u"h"_s;
        QTest::newRow("colon") << int(KEY_SEMICOLON) << true << u":"_s;
        QTest::newRow("semicolon") << int(KEY_SEMICOLON) << false << u";"_s;
        QTest::newRow("percent") << int(KEY_5) << true << u"%"_s;
        QTest::newRow("dollar") << int(KEY_4) << true << u"$"_s;
        QTest::newRow("asterisk") << int(KEY_8) << true << u"*"_s;
        QTest::newRow("plus") << int(KEY_EQUAL) << true << u"+"_s;
        QTest::newRow("minus") << int(KEY_MINUS) << false << u"-"_s;
        QTest::newRow("slash") << int(KEY_SLASH) << false << u"/"_s;
        QTest::newRow("space") << int(KEY_SPACE) << false << u" "_s;
        QTest::newRow("keypad 7") << int(KEY_KP7) << false << u"7"_s;
        QTest::newRow("keypad 7 with Shift") << int(KEY_KP7) << true << u"7"_s;
        QTest::newRow("keypad slash") << int(KEY_KPSLASH) << false << u"/"_s;
        QTest::newRow("Enter types nothing") << int(KEY_ENTER) << false << QString();
        QTest::newRow("Shift types nothing") << int(KEY_LEFTSHIFT) << true << QString();
        QTest::newRow("F1 types nothing") << int(KEY_F1) << false << QString();
    }
    void character()
    {
        QFETCH(int, code);
        QFETCH(bool, shift);
        QFETCH(QString, typed);
        const QChar ch = UsKeyLayout::character(code, shift);
        QCOMPARE(ch.isNull() ? QString() : QString(ch), typed);
    }

    // Every character of the pass alphabets has a key, and that key types it back.
    void passAlphabets_data()
    {
        QTest::addColumn<QString>("alphabet");
        QTest::newRow("Base45 (EU DCC)") << u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"_s;
        QTest::newRow("SMART Health Card numeric") << u"shc:/0123456789"_s;
        QTest::newRow("NZ COVID Pass base32") << u"NZCP:/1/ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
        QTest::newRow("lower case and the rest of ASCII")
            << u"abcdefghijklmnopqrstuvwxyz`~!@#^&()_=[]{}\\|;'\",<.>?"_s;
    }
    void passAlphabets()
    {
        QFETCH(QString, alphabet);
        for (const QChar ch : alphabet) {
            const auto stroke = UsKeyLayout::keystroke(ch);
            QVERIFY2(stroke, qPrintable(QString(ch)));
            QCOMPARE(UsKeyLayout::character(stroke->code, stroke->shift), ch);
        }
    }

    void charactersOffTheLayout()
    {
        QVERIFY(!UsKeyLayout::keystroke(QChar(0x3131))); // ㄱ
        QVERIFY(!UsKeyLayout::keystroke(QChar(0xe9)));   // é
    }
};

QTEST_APPLESS_MAIN(UsKeyLayoutTest)
#include "tst_uskeylayout.moc"
