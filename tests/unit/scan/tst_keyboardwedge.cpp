#include "scan/KeyboardWedgeDetector.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace passgate;
using namespace std::chrono_literals;

namespace {

struct Key
{
    int key;
    QString text;
    int atMs;
};

// TEXT typed one key every GAP ms from START, then Enter ENTERGAP ms after the last character.
QList<Key> typed(const QString &text, int start, int gap, int enterGap)
{
    QList<Key> keys;
    int at = start;
    for (const QChar c : text) {
        keys.append(Key{c.isUpper() ? int(c.unicode()) : int(c.toUpper().unicode()), QString(c), at});
        at += gap;
    }
    keys.append(Key{Qt::Key_Return, QStringLiteral("\r"), at - gap + enterGap});
    return keys;
}

} // namespace

Q_DECLARE_METATYPE(QList<Key>)

class KeyboardWedgeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsScansFromTyping_data()
    {
        QTest::addColumn<QList<Key>>("keys");
        QTest::addColumn<QStringList>("scans");
        const QString pass = QStringLiteral("HC1:6BFOXN*TS0BI$ZD8UHYE9");
        QTest::newRow("scanner burst") << typed(pass, 1000, 8, 8) << QStringList{pass};
        QTest::newRow("slow scanner at the gap limit") << typed(pass, 0, 50, 50) << QStringList{pass};
        QTest::newRow("person typing") << typed(pass, 0, 120, 150) << QStringList{};
        QTest::newRow("fast typist") << typed(QStringLiteral("hello world"), 0, 70, 70) << QStringList{};
        QTest::newRow("short burst is typing") << typed(QStringLiteral("1234567"), 0, 5, 5) << QStringList{};
        QTest::newRow("exactly the minimum length")
            << typed(QStringLiteral("12345678"), 0, 5, 5) << QStringList{QStringLiteral("12345678")};
        QTest::newRow("Enter long after the burst") << typed(pass, 0, 8, 400) << QStringList{};

        // Typing, then a scan: only the burst is the payload.
        QList<Key> typingThenScan = typed(QStringLiteral("ab"), 0, 200, 0);
        typingThenScan.removeLast(); // no Enter after the typing
        typingThenScan += typed(pass, 1000, 6, 6);
        QTest::newRow("typing then a scan") << typingThenScan << QStringList{pass};

        // Shift presses (no text) between characters do not break a burst.
        QList<Key> withShift;
        int at = 0;
        for (const QChar c : pass) {
            withShift.append(Key{Qt::Key_Shift, QString(), at});
            withShift.append(Key{int(c.unicode()), QString(c), at + 2});
            at += 9;
        }
        withShift.append(Key{Qt::Key_Enter, QStringLiteral("\r"), at});
        QTest::newRow("shift between characters") << withShift << QStringList{pass};

        // Backspace is a person editing: what came before it is not part of a scan.
        QList<Key> edited = typed(pass, 0, 5, 5);
        edited.insert(10, Key{Qt::Key_Backspace, QStringLiteral("\b"), 47});
        QTest::newRow("backspace restarts the burst") << edited << QStringList{pass.mid(10)};

        // The system input method in 한글 mode turned the scanner's keys into jamo: read back as keys.
        QTest::newRow("scan through a Korean input method")
            << typed(QString::fromUtf8("ㅗㅊ1:ㅜㅊ럐투%ㅆㄴ3"), 0, 6, 6)
            << QStringList{QStringLiteral("HC1:NCFOXN%TS3")};

        QList<Key> twoScans = typed(pass, 0, 5, 5);
        twoScans += typed(QStringLiteral("shc:/5676290952432"), 2000, 4, 4);
        QTest::newRow("two scans") << twoScans << QStringList{pass, QStringLiteral("shc:/5676290952432")};
    }
    void tellsScansFromTyping()
    {
        QFETCH(QList<Key>, keys);
        QFETCH(QStringList, scans);
        KeyboardWedgeDetector detector;
        QSignalSpy spy(&detector, &KeyboardWedgeDetector::scanned);
        for (const Key &key : std::as_const(keys))
            detector.feed(key.key, key.text, std::chrono::milliseconds(key.atMs));
        QStringList seen;
        for (const QList<QVariant> &arguments : std::as_const(spy))
            seen.append(arguments.at(0).toString());
        QCOMPARE(seen, scans);
    }

    void eventFilterSwallowsTheEnterOfAScan()
    {
        KeyboardWedgeDetector detector;
        QObject window;
        window.installEventFilter(&detector);
        QSignalSpy spy(&detector, &KeyboardWedgeDetector::scanned);
        const QString payload = QStringLiteral(
            "NZCP:/1/"
            "2KCEVIQEIVVWK6JNGEASNICZAEP2KALYDZSGSZB2O5SWEOTOPJRXALTDN53GSZBRHEXGQZLBNR2GQLTOPICRUYMBTIFAIGTU"
            "KBAAUYTWMOSGQQDDN5XHIZLYOSBHQJTIOR2HA4Z2F4XXO53XFZ3TGLTPOJTS6MRQGE4C6Y3SMVSGK3TUNFQWY4ZPOYYXQKTI"
            "OR2HA4Z2F4XW46TDOAXGG33WNFSDCOJONBSWC3DUNAXG46RPMNXW45DFPB2HGL3WGFTXMZLSONUW63TFGEXDALRQMR2HS4DF"
            "QJ2FMZLSNFTGSYLCNRSUG4TFMRSW45DJMFWG6UDVMJWGSY2DN53GSZCQMFZXG4LDOJSWIZLOORUWC3CTOVRGUZLDOSRWSZ3J"
            "OZSW4TTBNVSWISTBMNVWUZTBNVUWY6KOMFWWKZ2TOBQXE4TPO5RWI33CNIYTSNRQFUYDILJRGYDVAYFE6VGU4MCDGK7DHLLY"
            "WHVPUS2YIDJOA6Y524TD3AZRM263WTY2BE4DPKIF27WKF3UDNNVSVWRDYIYVJ65IRJJJ6Z25M2DO4YZLBHWFQGVQR5ZLIWEQ"
            "JOZTS3IQ7JTNCFDX");
        int at = 1000;
        int swallowed = 0;
        for (const QChar c : payload) {
            QKeyEvent press(QEvent::KeyPress, int(c.toUpper().unicode()), Qt::NoModifier, QString(c));
            press.setTimestamp(ulong(at));
            swallowed += detector.eventFilter(&window, &press) ? 1 : 0;
            at += 3;
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        enter.setTimestamp(ulong(at));
        QVERIFY(detector.eventFilter(&window, &enter));
        QCOMPARE(swallowed, 0); // characters pass through; only the completing Enter is taken
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.constFirst().at(0).toString(), payload);
    }

    // Staff typing fast into a text field (a phone number at 20 ms per key, then Enter): the keys belong
    // to the field. While the window says a field has focus the detector stands down: no scan, and
    // the Enter reaches the field.
    void standsDownWhileATextFieldHasFocus()
    {
        KeyboardWedgeDetector detector;
        QObject window;
        bool fieldFocused = true;
        detector.setStandDown([&](QObject *watched) { return watched == &window && fieldFocused; });
        QSignalSpy spy(&detector, &KeyboardWedgeDetector::scanned);
        int charactersTaken = 0;
        const auto typeFast = [&](const QString &text, int at) {
            for (const QChar c : text) {
                QKeyEvent press(QEvent::KeyPress, int(c.unicode()), Qt::NoModifier, QString(c));
                press.setTimestamp(ulong(at));
                charactersTaken += detector.eventFilter(&window, &press) ? 1 : 0;
                at += 20;
            }
            QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
            enter.setTimestamp(ulong(at));
            return detector.eventFilter(&window, &enter);
        };
        QVERIFY(!typeFast(QStringLiteral("010-2222-7777"), 1000)); // the Enter goes to the field
        QCOMPARE(spy.size(), 0);
        QCOMPARE(charactersTaken, 0);
        // No field focused: the same burst is what a scanner sends, and it is one.
        fieldFocused = false;
        QVERIFY(typeFast(QStringLiteral("HC1:NCFOXN%TS3DH"), 5000));
        QCOMPARE(spy.size(), 1);
    }

    void qmlFeedUsesTheTimeSource()
    {
        std::chrono::milliseconds now{0};
        KeyboardWedgeDetector detector(KeyboardWedgeDetector::Options{}, [&] { return now; });
        QSignalSpy spy(&detector, &KeyboardWedgeDetector::scanned);
        for (const QChar c : QStringLiteral("shc:/56762909")) {
            QCOMPARE(detector.feedKey(int(c.unicode()), QString(c)),
                     KeyboardWedgeDetector::KeyVerdict::Burst);
            now += 4ms;
        }
        QCOMPARE(detector.feedKey(Qt::Key_Return, QStringLiteral("\r")),
                 KeyboardWedgeDetector::KeyVerdict::Scan);
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_MAIN(KeyboardWedgeTest)
#include "tst_keyboardwedge.moc"
