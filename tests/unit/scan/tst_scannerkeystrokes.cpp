#include "scan/EvdevRecording.h"
#include "scan/ScannerKeystrokes.h"
#include "scan/UsKeyLayout.h"
#include "support/TestData.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <linux/input-event-codes.h>

using namespace passgate;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// Key events as a USB HID keyboard reports them: MSC_SCAN, EV_KEY, SYN_REPORT per key change; capitals
// with Left Shift held around the key.
class StreamMaker
{
public:
    explicit StreamMaker(quint32 seed, std::chrono::microseconds start = 1s)
        : m_random(seed)
        , m_time(start)
    {}

    QList<EvdevEvent> events;

    void key(int code, int value)
    {
        events.append({m_time, EV_MSC, MSC_SCAN, 0x70000 + code});
        events.append({m_time, EV_KEY, std::uint16_t(code), value});
        events.append({m_time, EV_SYN, SYN_REPORT, 0});
    }
    void tap(int code, std::chrono::microseconds hold = 1ms)
    {
        key(code, 1);
        m_time += hold;
        key(code, 0);
    }
    void type(QChar ch, std::chrono::microseconds gap)
    {
        const auto start = m_time;
        const std::optional<UsKeyLayout::Keystroke> stroke = UsKeyLayout::keystroke(ch);
        QVERIFY2(stroke, qPrintable(QStringLiteral("no US key for '%1'").arg(ch)));
        if (stroke->shift) {
            key(KEY_LEFTSHIFT, 1);
            m_time += 150us;
        }
        tap(stroke->code, std::chrono::microseconds(m_random.bounded(500, 1500)));
        if (stroke->shift) {
            m_time += 150us;
            key(KEY_LEFTSHIFT, 0);
        }
        m_time = start + gap;
    }
    // 2-10 ms from one key press to the next.
    void scanner(const QString &text, int terminator = KEY_ENTER)
    {
        for (const QChar ch : text)
            type(ch, scannerGap());
        if (terminator)
            tap(terminator);
        m_time += scannerGap();
    }
    // 80-300 ms from one key press to the next.
    void person(const QString &text)
    {
        for (const QChar ch : text)
            type(ch, std::chrono::microseconds(m_random.bounded(80000, 300000)));
    }
    void wait(std::chrono::microseconds pause) { m_time += pause; }
    std::chrono::microseconds now() const { return m_time; }

private:
    std::chrono::microseconds scannerGap()
    {
        return std::chrono::microseconds(m_random.bounded(2000, 10001));
    }

    QRandomGenerator m_random;
    std::chrono::microseconds m_time;
};

int keypadKey(int digit)
{
    static constexpr std::array keys{KEY_KP0, KEY_KP1, KEY_KP2, KEY_KP3, KEY_KP4,
                                     KEY_KP5, KEY_KP6, KEY_KP7, KEY_KP8, KEY_KP9};
    return keys.at(std::size_t(digit));
}

struct Read
{
    QStringList scans;
    QStringList rejections;
};

// What the device path does with a stream: every event through feed(), then the idle check a timer
// makes after the last key.
Read readStream(ScannerKeystrokes &keys, const QList<EvdevEvent> &events, bool unplugAtEnd = false)
{
    Read read;
    const auto take = [&read](const std::optional<ScannerKeystrokes::Outcome> &outcome) {
        if (!outcome)
            return;
        if (outcome->isScan())
            read.scans.append(*outcome->payload);
        else
            read.rejections.append(scannerRejectionName(outcome->rejection));
    };
    for (const EvdevEvent &event : events)
        take(keys.feed(event));
    if (unplugAtEnd)
        take(keys.cut(ScannerKeystrokes::Rejection::Unplugged));
    if (!events.isEmpty())
        take(keys.idle(events.constLast().time + 1s));
    return read;
}

Read readStream(const QList<EvdevEvent> &events, ScannerKeystrokes::Options options = {})
{
    ScannerKeystrokes keys(std::move(options));
    return readStream(keys, events);
}

} // namespace

class ScannerKeystrokesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Streams in evemu-record's format (tests/unit/scan/evdev, made by make-recordings there): what the
    // scanner read is written beside each stream, one payload per line.
    void recordedStream_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<bool>("unplugAtEnd");
        QTest::addColumn<QStringList>("rejections");
        QTest::newRow("a scanner reads three passes, capitals with Shift")
            << u"scanner-three-passes"_s << false << QStringList();
        QTest::newRow("a person types a pass prefix, a phone number, an edited word")
            << u"person-typing"_s << false << QStringList();
        QTest::newRow("a person types between scans; a product barcode")
            << u"interleaved"_s << false << QStringList();
        QTest::newRow("the scanner unplugged in the middle of a burst")
            << u"unplugged-mid-scan"_s << true << QStringList{u"unplugged"_s};
    }
    void recordedStream()
    {
        QFETCH(QString, stream);
        QFETCH(bool, unplugAtEnd);
        QFETCH(QStringList, rejections);
        const QString base = QStringLiteral(PASSGATE_EVDEV_RECORDINGS "/") + stream;
        QFile recording(base + u".evemu"_s);
        QFile expected(base + u".scans"_s);
        QVERIFY2(recording.open(QIODevice::ReadOnly), qPrintable(recording.fileName()));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
        QStringList scans = QString::fromLatin1(expected.readAll()).split(QLatin1Char('\n'));
        scans.removeLast(); // the file ends with a newline; payloads may end in spaces, so no trimming
        const auto events = EvdevRecording::parse(recording.readAll());
        QVERIFY2(events, qPrintable(events ? QString() : events.error()));
        QVERIFY(events->size() > 100);
        ScannerKeystrokes keys;
        const Read read = readStream(keys, *events, unplugAtEnd);
        QCOMPARE(read.scans, scans);
        QCOMPARE(read.rejections, rejections);
    }

    // Bursts made here, each rule on its own.
    void madeStream_data()
    {
        QTest::addColumn<QList<EvdevEvent>>("events");
        QTest::addColumn<int>("terminator");
        QTest::addColumn<QStringList>("scans");
        QTest::addColumn<QStringList>("rejections");
        const QString pass = u"HC1:NCFOXN%TS3DH"_s;
        {
            StreamMaker s(1);
            s.scanner(pass);
            QTest::newRow("scan with Enter")
                << s.events << int(KEY_ENTER) << QStringList{pass} << QStringList();
        }
        {
            StreamMaker s(2);
            s.scanner(pass, KEY_TAB);
            QTest::newRow("scan with Tab, Tab configured")
                << s.events << int(KEY_TAB) << QStringList{pass} << QStringList();
        }
        {
            StreamMaker s(3);
            s.scanner(pass, KEY_TAB);
            s.wait(1s);
            QTest::newRow("Tab when Enter is configured")
                << s.events << int(KEY_ENTER) << QStringList() << QStringList{u"interrupted"_s};
        }
        {
            StreamMaker s(4);
            s.scanner(pass, 0);
            QTest::newRow("no suffix, pass prefix: silence ends the scan")
                << s.events << int(KEY_ENTER) << QStringList{pass} << QStringList();
        }
        {
            StreamMaker s(5);
            s.scanner(u"4006381333931"_s, 0);
            QTest::newRow("no suffix, no pass prefix")
                << s.events << int(KEY_ENTER) << QStringList() << QStringList{u"no-terminator"_s};
        }
        {
            StreamMaker s(6);
            s.scanner(u"HC1:AB"_s);
            QTest::newRow("quick but short")
                << s.events << int(KEY_ENTER) << QStringList() << QStringList{u"too-short"_s};
        }
        {
            StreamMaker s(7);
            s.person(pass);
            s.tap(KEY_ENTER);
            QTest::newRow("a person types a whole pass and Enter")
                << s.events << int(KEY_ENTER) << QStringList() << QStringList();
        }
        {
            StreamMaker s(8);
            s.scanner(u"HC1:NCFO"_s, 0);
            s.tap(KEY_BACKSPACE);
            s.scanner(u"XN%TS3DH"_s);
            QTest::newRow("Backspace inside a burst")
                << s.events << int(KEY_ENTER) << QStringList{u"XN%TS3DH"_s} << QStringList{u"interrupted"_s};
        }
        {
            StreamMaker s(9);
            s.key(KEY_A, 1);
            for (int i = 0; i < 20; ++i) {
                s.wait(33ms);
                s.key(KEY_A, 2); // autorepeat every 33 ms: quicker than the burst gap
            }
            s.key(KEY_A, 0);
            s.tap(KEY_ENTER);
            QTest::newRow("a key held down") << s.events << int(KEY_ENTER) << QStringList() << QStringList();
        }
        {
            StreamMaker s(10);
            s.scanner(u"HC1:NCFO"_s, 0);
            s.events.append({s.now(), EV_SYN, SYN_DROPPED, 0});
            s.scanner(u"XN%TS3DH"_s);
            QTest::newRow("events dropped by the kernel inside a burst")
                << s.events << int(KEY_ENTER) << QStringList{u"XN%TS3DH"_s} << QStringList{u"events-lost"_s};
        }
        {
            StreamMaker s(11);
            s.key(KEY_CAPSLOCK, 1);
            s.key(KEY_CAPSLOCK, 0);
            s.scanner(u"hc1:ncfoxn%ts3dh"_s); // typed without Shift while Caps Lock is on
            QTest::newRow("Caps Lock on") << s.events << int(KEY_ENTER) << QStringList{pass} << QStringList();
        }
        {
            StreamMaker s(12);
            // Alt mode: Alt held, the character's decimal code on the keypad, Alt let go.
            for (const QChar ch : pass) {
                s.key(KEY_LEFTALT, 1);
                for (const QChar digit : QString::number(ch.unicode()).rightJustified(4, QLatin1Char('0')))
                    s.tap(keypadKey(digit.digitValue()), 500us);
                s.key(KEY_LEFTALT, 0);
                s.wait(3ms);
            }
            s.tap(KEY_ENTER);
            QTest::newRow("Alt + keypad codes")
                << s.events << int(KEY_ENTER) << QStringList{pass} << QStringList();
        }
        {
            StreamMaker s(13);
            const QString nzcp =
                u"NZCP:/1/2KCEVIQEIVVWK6JNGEASNICZAEP2KALYDZSGSZB2O5SWEOTOPJRXALTDN53GSZBRHEXGQZLBNR2GQ"_s;
            s.scanner(u"shc:/5676"_s + QString(QLatin1Char('0')).repeated(40));
            s.wait(2s);
            s.person(u"1234"_s);
            s.tap(KEY_ENTER);
            s.wait(2s);
            s.scanner(nzcp);
            QTest::newRow("SMART Health Card, a person's PIN, NZ COVID Pass")
                << s.events << int(KEY_ENTER)
                << QStringList{u"shc:/5676"_s + QString(QLatin1Char('0')).repeated(40), nzcp}
                << QStringList();
        }
    }
    void madeStream()
    {
        QFETCH(QList<EvdevEvent>, events);
        QFETCH(int, terminator);
        QFETCH(QStringList, scans);
        QFETCH(QStringList, rejections);
        ScannerKeystrokes::Options options;
        options.terminator =
            terminator == KEY_TAB ? ScannerKeystrokes::Terminator::Tab : ScannerKeystrokes::Terminator::Enter;
        const Read read = readStream(events, options);
        QCOMPARE(read.scans, scans);
        QCOMPARE(read.rejections, rejections);
    }

    // Every vector QR in the shared EU DCC test data, typed by a scanner at 2-10 ms per key with
    // Shift, written as a recording and read back from it, arrives exactly as the QR says.
    void everyDccVector_data()
    {
        PASSGATE_TESTDATA(dir, "dcc");
        QVERIFY2(test::addDccVectorQrRows(dir) > 100,
                 "the DCC test data holds far more vector QRs than that");
    }
    void everyDccVector()
    {
        QFETCH(QString, qr);
        StreamMaker person(quint32(qHash(qr)));
        person.person(u"010"_s);
        person.wait(500ms);
        person.scanner(qr);
        const auto recorded = EvdevRecording::parse(EvdevRecording::write(person.events));
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), person.events.size());
        const Read read = readStream(*recorded);
        QCOMPARE(read.scans, QStringList{qr});
        QCOMPARE(read.rejections, QStringList());
    }

    void malformedRecording_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("three fields") << QByteArray("E: 1.000000 0001 001e\n") << u"line 1: expected"_s;
        QTest::newRow("time without micros")
            << QByteArray("N: x\nE: 1 0001 001e 1\n") << u"line 2: the time"_s;
        QTest::newRow("type not hex")
            << QByteArray("E: 1.000000 00zz 001e 1\n") << u"line 1: type and code"_s;
        QTest::newRow("value not a number")
            << QByteArray("E: 1.000000 0001 001e x\n") << u"line 1: type and code"_s;
    }
    void malformedRecording()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const auto events = EvdevRecording::parse(text);
        QVERIFY(!events);
        QVERIFY2(events.error().startsWith(problem), qPrintable(events.error()));
    }
};

QTEST_APPLESS_MAIN(ScannerKeystrokesTest)
#include "tst_scannerkeystrokes.moc"
