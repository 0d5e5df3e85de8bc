#include "scan/InputKeyboards.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

// The staff area's scanner choice, from a made-up /dev/input and /sys/class/input.
class InputKeyboardsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byIdLinks()
    {
        QTemporaryDir root;
        const QString dev = root.filePath(u"dev"_s);
        const QString sys = root.filePath(u"sys"_s);
        QDir().mkpath(dev + u"/by-id"_s);
        writeFile(dev + u"/event5"_s, {});
        writeFile(dev + u"/event6"_s, {});
        QVERIFY(QFile::link(u"../event5"_s, dev + u"/by-id/usb-Honeywell_Imaging_1900-event-kbd"_s));
        QVERIFY(QFile::link(u"../event6"_s, dev + u"/by-id/usb-Logitech_USB_Keyboard-event-kbd"_s));
        QVERIFY(QFile::link(u"../event7"_s, dev + u"/by-id/usb-Logitech_USB_Optical_Mouse-event-mouse"_s));
        writeFile(sys + u"/event5/device/name"_s, "Honeywell Imaging & Mobility 1900\n");
        // event6 has no sysfs entry here: the label comes from the link's name.

        const QList<InputKeyboard> keyboards = InputKeyboards::list(dev, sys);
        QCOMPARE(keyboards.size(), 2);
        QCOMPARE(keyboards.at(0).path, dev + u"/by-id/usb-Honeywell_Imaging_1900-event-kbd"_s);
        QCOMPARE(keyboards.at(0).label, u"Honeywell Imaging & Mobility 1900"_s);
        QCOMPARE(keyboards.at(1).label, u"Logitech USB Keyboard"_s);
    }

    // Without udev's links (a container, a minimal system): the event nodes whose keys include letters.
    void eventNodesWithLetterKeys()
    {
        QTemporaryDir root;
        const QString dev = root.filePath(u"dev"_s);
        const QString sys = root.filePath(u"sys"_s);
        writeFile(dev + u"/event3"_s, {});
        writeFile(dev + u"/event4"_s, {});
        writeFile(dev + u"/mice"_s, {});
        writeFile(sys + u"/event3/device/name"_s, "Newland HR22\n");
        writeFile(sys + u"/event3/device/capabilities/key"_s, "e 0 0 50000000\n"); // KEY_ENTER, KEY_A
        writeFile(sys + u"/event4/device/name"_s, "Power Button\n");
        writeFile(sys + u"/event4/device/capabilities/key"_s, "10000000000000 0\n"); // KEY_POWER only

        const QList<InputKeyboard> keyboards = InputKeyboards::list(dev, sys);
        QCOMPARE(keyboards.size(), 1);
        QCOMPARE(keyboards.at(0).path, QDir(dev).filePath(u"event3"_s));
        QCOMPARE(keyboards.at(0).label, u"Newland HR22"_s);
    }

    void noInputDevicesAtAll()
    {
        QTemporaryDir root;
        QVERIFY(InputKeyboards::list(root.filePath(u"dev"_s), root.filePath(u"sys"_s)).isEmpty());
    }
};

QTEST_APPLESS_MAIN(InputKeyboardsTest)
#include "tst_inputkeyboards.moc"
