#include "scan/DubeolsikKeys.h"

#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

class DubeolsikKeysTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysBack_data()
    {
        QTest::addColumn<QString>("arrived");
        QTest::addColumn<QString>("keys");
        // The reproduction with libhangul: a scanner typing HC1:NCFOXN%TS3 in 한글 mode.
        QTest::newRow("EU DCC prefix") << u"ㅗㅊ1:ㅜㅊ럐투%ㅆㄴ3"_s << u"HC1:NCFOXN%TS3"_s;
        QTest::newRow("jamo one by one") << u"ㅗㅊ1:ㅜㅊㄹㅐ"_s << u"HC1:NCFO"_s;
        QTest::newRow("compound vowel") << u"과"_s << u"RHK"_s;
        QTest::newRow("final cluster") << u"값"_s << u"RKQT"_s;
        QTest::newRow("compound vowel and final cluster") << u"뷁"_s << u"QNPFR"_s;
        QTest::newRow("doubled consonants with Shift") << u"ㅃㅉㄸㄲㅆ"_s << u"QWERT"_s;
        QTest::newRow("syllable boundary moved by the input method") << u"가나"_s << u"RKSK"_s;
        QTest::newRow("the same keys split otherwise") << u"간ㅏ"_s << u"RKSK"_s;
        QTest::newRow("SMART Health Card prefix") << u"놏:/5676"_s << u"shc:/5676"_s;
        QTest::newRow("NZ COVID Pass prefix") << u"ㅜㅋ체:/1/"_s << u"NZCP:/1/"_s;
        QTest::newRow("Latin left alone") << u"HC1:6BFOXN"_s << u"HC1:6BFOXN"_s;
        QTest::newRow("Base45 symbols left alone") << u" $%*+-./:"_s << u" $%*+-./:"_s;
    }
    void keysBack()
    {
        QFETCH(QString, arrived);
        QFETCH(QString, keys);
        QCOMPARE(DubeolsikKeys::toKeys(arrived), keys);
    }

    void hangulIsNoticed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hangul");
        QTest::newRow("syllable") << u"HC1:래"_s << true;
        QTest::newRow("jamo") << u"ㅗ"_s << true;
        QTest::newRow("latin") << u"HC1:NCFO"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void hangulIsNoticed()
    {
        QFETCH(QString, text);
        QFETCH(bool, hangul);
        QCOMPARE(DubeolsikKeys::containsHangul(text), hangul);
    }

    // Every modern syllable reads back as two to five keys of the 2-beolsik layout.
    void everySyllableHasItsKeys()
    {
        for (char16_t c = 0xAC00; c <= 0xD7A3; ++c) {
            const QString keys = DubeolsikKeys::toKeys(QString(QChar(c)));
            QVERIFY2(keys.size() >= 2 && keys.size() <= 5, qPrintable(QString(QChar(c))));
            for (const QChar key : keys)
                QVERIFY2(key >= u'A' && key <= u'Z', qPrintable(QString(QChar(c)) + keys));
        }
    }
};

QTEST_APPLESS_MAIN(DubeolsikKeysTest)
#include "tst_dubeolsikkeys.moc"
