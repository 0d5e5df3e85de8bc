#include "scan/HidScanner.h"
#include "scan/UsKeyLayout.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libevdev/libevdev-uinput.h>
#include <libevdev/libevdev.h>
#include <linux/input-event-codes.h>
#include <unistd.h>

using namespace passgate;
using namespace Qt::StringLiterals;

// The device path: what staff see while the scanner is missing, unreadable or comes and goes, and a
// real key stream through the kernel where /dev/uinput lets a test make a keyboard.
class HidScannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notConnected()
    {
        QTemporaryDir dir;
        HidScanner scanner(dir.filePath(u"usb-Scanner-event-kbd"_s));
        scanner.start();
        QCOMPARE(scanner.state(), HidScanner::State::Absent);
        QVERIFY2(scanner.problem().startsWith(u"Scanner not connected"_s), qPrintable(scanner.problem()));
    }

    void notAnInputDevice_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a character device that is no input device")
            << u"/dev/null"_s << u"is not an input device"_s;
        QTest::newRow("a folder") << u"/"_s << u"is not an input device"_s;
    }
    void notAnInputDevice()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        HidScanner scanner(path);
        scanner.start();
        QCOMPARE(scanner.state(), HidScanner::State::Failed);
        QVERIFY2(scanner.problem().contains(problem), qPrintable(scanner.problem()));
    }

    // Plugged in, pulled out, plugged in again: each change of the folder is noticed and said.
    void comesAndGoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"usb-Scanner-event-kbd"_s);
        HidScanner scanner(path);
        QSignalSpy changes(&scanner, &HidScanner::stateChanged);
        scanner.start();
        QCOMPARE(scanner.state(), HidScanner::State::Absent);
        QVERIFY(QFile::link(u"/dev/null"_s, path)); // "plugged in" (but no input device)
        QTRY_COMPARE(scanner.state(), HidScanner::State::Failed);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(scanner.state(), HidScanner::State::Absent);
        QVERIFY(changes.size() >= 2);
        scanner.stop();
        QCOMPARE(scanner.state(), HidScanner::State::Stopped);
    }

    // A virtual keyboard made through /dev/uinput types a pass; the scanner reads it from the kernel,
    // grabbed, and a second scanner on the same device is refused while the first holds it.
    void virtualKeyboard()
    {
        if (::access("/dev/uinput", W_OK) != 0)
            QSKIP("no writable /dev/uinput here (needs root and the uinput module): the recorded-stream "
                  "tests (scanner_keystrokes) cover the same reading code");
        libevdev *prototype = libevdev_new();
        libevdev_set_name(prototype, "passgate test scanner");
        libevdev_enable_event_type(prototype, EV_KEY);
        for (int code = KEY_ESC; code <= KEY_KPDOT; ++code)
            libevdev_enable_event_code(prototype, EV_KEY, unsigned(code), nullptr);
        libevdev_uinput *uinput = nullptr;
        const int rc = libevdev_uinput_create_from_device(prototype, LIBEVDEV_UINPUT_OPEN_MANAGED, &uinput);
        libevdev_free(prototype);
        if (rc < 0)
            QSKIP("/dev/uinput refused a virtual keyboard here");
        const auto cleanup = qScopeGuard([uinput] { libevdev_uinput_destroy(uinput); });
        const QString node = QString::fromLatin1(libevdev_uinput_get_devnode(uinput));
        QTRY_VERIFY(QFile::exists(node));

        HidScanner scanner(node);
        QSignalSpy scans(&scanner, &HidScanner::scanned);
        scanner.start();
        QTRY_COMPARE(scanner.state(), HidScanner::State::Reading);
        HidScanner second(node);
        second.start();
        QCOMPARE(second.state(), HidScanner::State::Failed);
        QVERIFY2(second.problem().startsWith(u"Another program holds"_s), qPrintable(second.problem()));

        const QString pass =
            u"HC1:NCFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N IOP-IA%NFQGRJPC%OQHIZC4.OI1RM8ZA"_s;
        const auto write = [uinput](unsigned type, unsigned code, int value) {
            libevdev_uinput_write_event(uinput, type, code, value);
        };
        for (const QChar ch : pass) {
            const auto stroke = UsKeyLayout::keystroke(ch);
            QVERIFY(stroke);
            if (stroke->shift)
                write(EV_KEY, KEY_LEFTSHIFT, 1);
            write(EV_KEY, unsigned(stroke->code), 1);
            write(EV_SYN, SYN_REPORT, 0);
            write(EV_KEY, unsigned(stroke->code), 0);
            if (stroke->shift)
                write(EV_KEY, KEY_LEFTSHIFT, 0);
            write(EV_SYN, SYN_REPORT, 0);
            QTest::qWait(2);
        }
        write(EV_KEY, KEY_ENTER, 1);
        write(EV_SYN, SYN_REPORT, 0);
        write(EV_KEY, KEY_ENTER, 0);
        write(EV_SYN, SYN_REPORT, 0);
        QTRY_COMPARE(scans.size(), 1);
        QCOMPARE(scans.constFirst().constFirst().toString(), pass);
        QCOMPARE(scanner.scans(), quint64(1));
    }
};

QTEST_GUILESS_MAIN(HidScannerTest)
#include "tst_hidscanner.moc"
