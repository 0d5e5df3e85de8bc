#include "scan/DubeolsikKeys.h"
#include "support/TestData.h"

#include <QFile>
#include <QTest>

#include <optional>

using namespace passgate;
using namespace Qt::StringLiterals;

namespace {

// What a Korean input method in 2-beolsik mode makes of typed keys: the automaton of libhangul (the
// engine behind ibus-hangul and fcitx5-hangul) with its default combinations, written again here from
// its behaviour so the tests read the jamo a real counter PC would produce, not the ones DubeolsikKeys
// expects. Consonants come from the keyboard as initials and become finals after a vowel; a vowel after
// a final takes it (or the second half of a final cluster) as the next syllable's initial. Single jamo
// come out as compatibility jamo (U+3131...), syllables precomposed (U+AC00...).
class DubeolsikComposer
{
public:
    QString type(const QString &keys)
    {
        for (const QChar key : keys)
            press(key);
        flush();
        return m_out;
    }

private:
    static constexpr char16_t ChoBase = 0x1100, JungBase = 0x1161, JongBase = 0x11a7;

    // KS X 5002 with Shift: lower-case letters, then the upper-case ones that differ.
    static std::optional<char16_t> jamoOf(QChar key)
    {
        static const QString lower = u"qwertyuiopasdfghjklzxcvbnm"_s;
        static constexpr char16_t lowerJamo[] = {0x1107, 0x110c, 0x1103, 0x1100, 0x1109, 0x116d, 0x1167,
                                                 0x1163, 0x1162, 0x1166, 0x1106, 0x1102, 0x110b, 0x1105,
                                                 0x1112, 0x1169, 0x1165, 0x1161, 0x1175, 0x110f, 0x1110,
                                                 0x110e, 0x1111, 0x1172, 0x116e, 0x1173};
        static const QString shifted = u"QWERTOP"_s;
        static constexpr char16_t shiftedJamo[] = {0x1108, 0x110d, 0x1104, 0x1101, 0x110a, 0x1164, 0x1168};
        if (const qsizetype i = shifted.indexOf(key); i >= 0)
            return shiftedJamo[i];
        if (const qsizetype i = lower.indexOf(key.toLower()); i >= 0)
            return lowerJamo[i];
        return std::nullopt;
    }
    static bool isCho(char16_t j) { return j >= ChoBase && j <= 0x1112; }
    // Initial -> final (0 for ㄸ ㅃ ㅉ, which have no final form).
    static char16_t choToJong(char16_t cho)
    {
        static constexpr char16_t jong[] = {0x11a8, 0x11a9, 0x11ab, 0x11ae, 0,      0x11af, 0x11b7,
                                            0x11b8, 0,      0x11ba, 0x11bb, 0x11bc, 0x11bd, 0,
                                            0x11be, 0x11bf, 0x11c0, 0x11c1, 0x11c2};
        return jong[cho - ChoBase];
    }
    static char16_t jongToCho(char16_t jong)
    {
        for (char16_t cho = ChoBase; cho <= 0x1112; ++cho)
            if (choToJong(cho) == jong)
                return cho;
        return 0;
    }
    static char16_t combine(char16_t a, char16_t b)
    {
        static constexpr char16_t pairs[][3] = {
            {0x1100, 0x1100, 0x1101}, {0x1103, 0x1103, 0x1104}, {0x1107, 0x1107, 0x1108},
            {0x1109, 0x1109, 0x110a}, {0x110c, 0x110c, 0x110d}, {0x1169, 0x1161, 0x116a},
            {0x1169, 0x1162, 0x116b}, {0x1169, 0x1175, 0x116c}, {0x116e, 0x1165, 0x116f},
            {0x116e, 0x1166, 0x1170}, {0x116e, 0x1175, 0x1171}, {0x1173, 0x1175, 0x1174},
            {0x11a8, 0x11a8, 0x11a9}, {0x11a8, 0x11ba, 0x11aa}, {0x11ab, 0x11bd, 0x11ac},
            {0x11ab, 0x11c2, 0x11ad}, {0x11af, 0x11a8, 0x11b0}, {0x11af, 0x11b7, 0x11b1},
            {0x11af, 0x11b8, 0x11b2}, {0x11af, 0x11ba, 0x11b3}, {0x11af, 0x11c0, 0x11b4},
            {0x11af, 0x11c1, 0x11b5}, {0x11af, 0x11c2, 0x11b6}, {0x11b8, 0x11ba, 0x11b9},
            {0x11ba, 0x11ba, 0x11bb}};
        for (const auto &pair : pairs)
            if (pair[0] == a && pair[1] == b)
                return pair[2];
        return 0;
    }

    void press(QChar key)
    {
        const std::optional<char16_t> jamo = jamoOf(key);
        if (!jamo) { // digits and symbols: the syllable so far is committed, the key typed as is
            flush();
            m_out += key;
            return;
        }
        const char16_t j = *jamo;
        if (isCho(j)) {
            if (m_jong) {
                if (const char16_t cluster = combine(m_jong, choToJong(j))) {
                    m_jongFirst = m_jong;
                    m_jong = cluster;
                    return;
                }
            } else if (m_jung) {
                if (m_cho && choToJong(j)) {
                    m_jong = choToJong(j);
                    return;
                }
            } else if (m_cho) {
                if (const char16_t doubled = combine(m_cho, j)) {
                    m_cho = doubled;
                    return;
                }
            }
            flush();
            m_cho = j;
            return;
        }
        if (m_jong) { // a vowel takes the final (or its cluster's second half) as its initial
            char16_t cho = 0;
            if (m_jongFirst) {
                for (char16_t second = ChoBase; second <= 0x1112 && !cho; ++second)
                    if (choToJong(second) && combine(m_jongFirst, choToJong(second)) == m_jong)
                        cho = second;
                m_jong = m_jongFirst;
            } else {
                cho = jongToCho(m_jong);
                m_jong = 0;
            }
            flush();
            m_cho = cho;
            m_jung = j;
            return;
        }
        if (m_jung) {
            if (const char16_t compound = combine(m_jung, j)) {
                m_jung = compound;
                return;
            }
            flush();
        }
        m_jung = j;
    }

    void flush()
    {
        static constexpr char16_t compatibilityCho[] = {
            0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
            0x3146, 0x3147, 0x3148, 0x3149, 0x314a, 0x314b, 0x314c, 0x314d, 0x314e};
        if (m_cho && m_jung) {
            const int index =
                ((m_cho - ChoBase) * 21 + (m_jung - JungBase)) * 28 + (m_jong ? m_jong - JongBase : 0);
            m_out += QChar(char16_t(0xac00 + index));
        } else if (m_cho) {
            m_out += QChar(compatibilityCho[m_cho - ChoBase]);
        } else if (m_jung) {
            m_out += QChar(char16_t(0x314f + (m_jung - JungBase)));
        }
        m_cho = m_jung = m_jong = m_jongFirst = 0;
    }

    QString m_out;
    char16_t m_cho = 0;
    char16_t m_jung = 0;
    char16_t m_jong = 0;
    char16_t m_jongFirst = 0; // the first final of a cluster typed as two keys
};

} // namespace

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

    // The composer itself, on the reproduction and on syllables whose finals move.
    void composer_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("composed");
        QTest::newRow("EU DCC prefix (libhangul)")
            << u"HC1:NCFOXN%TS3"_s << u"\u3157\u314a1:\u315c\u314a\ub7d0\ud22c%\u3146\u31343"_s;
        QTest::newRow("final moves to the next syllable") << u"rksk"_s << u"\uac00\ub098"_s;
        QTest::newRow("cluster splits before a vowel") << u"dlfrj"_s << u"\uc77c\uac70"_s;
        QTest::newRow("compound vowel") << u"rhk"_s << u"\uacfc"_s;
        QTest::newRow("doubled initial from two keys") << u"rr"_s << u"\u3132"_s;
        QTest::newRow("SMART Health Card prefix") << u"shc:/5676"_s << u"\ub18f:/5676"_s;
    }
    void composer()
    {
        QFETCH(QString, keys);
        QFETCH(QString, composed);
        QCOMPARE(DubeolsikComposer().type(keys), composed);
    }

    // Every vector QR in the shared EU DCC test data, typed by a scanner (capitals with Shift) into an
    // input method in 2-beolsik mode, reads back as the QR.
    void everyDccVector_data()
    {
        PASSGATE_TESTDATA(dir, "dcc");
        QVERIFY2(test::addDccVectorQrRows(dir) > 100,
                 "the DCC test data holds far more vector QRs than that");
    }
    void everyDccVector()
    {
        QFETCH(QString, qr);
        const QString arrived = DubeolsikComposer().type(qr);
        QVERIFY(DubeolsikKeys::containsHangul(arrived));
        QCOMPARE(DubeolsikKeys::toKeys(arrived), qr);
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
