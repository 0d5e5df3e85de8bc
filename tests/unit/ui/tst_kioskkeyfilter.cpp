#include "kiosk/KioskKeyFilter.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QTest>
#include <QWindow>

using namespace passgate;

// A window that remembers which keys reached it and whether a close request got through.
class RecordingWindow : public QWindow
{
public:
    QList<int> keys;
    bool closed = false;

protected:
    void keyPressEvent(QKeyEvent *event) override { keys.append(event->key()); }
    void closeEvent(QCloseEvent *) override { closed = true; }
};

class KioskKeyFilterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("Esc") << int(Qt::Key_Escape) << int(Qt::NoModifier) << true;
        QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier) << true;
        QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier) << true;
        QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier) << true;
        QTest::newRow("plain Q") << int(Qt::Key_Q) << int(Qt::NoModifier) << false;
        QTest::newRow("F4") << int(Qt::Key_F4) << int(Qt::NoModifier) << false;
        QTest::newRow("digit") << int(Qt::Key_5) << int(Qt::NoModifier) << false;
    }
    void keys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(bool, blocked);
        bool active = true;
        KioskKeyFilter filter([&active] { return active; });
        qApp->installEventFilter(&filter);
        RecordingWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(window.keys.contains(key), !blocked);
        QCOMPARE(filter.refused(), blocked ? 1 : 0);

        // Staff unlocked: everything passes again.
        active = false;
        window.keys.clear();
        QTest::keyClick(&window, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QVERIFY(window.keys.contains(key));
        qApp->removeEventFilter(&filter);
    }

    void closeRequestsRefusedWhileActive()
    {
        bool active = true;
        KioskKeyFilter filter([&active] { return active; });
        qApp->installEventFilter(&filter);
        RecordingWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close());
        QVERIFY(!window.closed);
        QVERIFY(window.isVisible());
        active = false;
        QVERIFY(window.close());
        QVERIFY(window.closed);
        qApp->removeEventFilter(&filter);
    }
};

QTEST_MAIN(KioskKeyFilterTest)
#include "tst_kioskkeyfilter.moc"
