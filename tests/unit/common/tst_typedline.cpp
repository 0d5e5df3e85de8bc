#include "common/TypedLine.h"

#include <QTest>

using namespace passgate;

// What staff and visitors type, before it is stored, exported and shown.
class TypedLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOnlyAPlainLine_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("kept");
        QTest::newRow("plain") << "kim" << 64 << "kim";
        QTest::newRow("Korean") << QStringLiteral(u"부산 해운대구") << 64 << QStringLiteral(u"부산 해운대구");
        QTest::newRow("spaces around and inside") << "  power   cut  " << 64 << "power cut";
        QTest::newRow("a line break is a space") << "power\ncut" << 64 << "power cut";
        QTest::newRow("CR and tab (a new spreadsheet cell)") << "a\r\tb" << 64 << "a b";
        QTest::newRow("NUL, bell, escape")
            << QStringLiteral("a\u0000b\u0007c\u001b[31md") << 64 << "abc[31md";
        QTest::newRow("DEL and C1") << QStringLiteral("a\u007fb\u0085c\u009bd") << 64 << "abcd";
        QTest::newRow("right-to-left override (reads 'kim' as 'mik')")
            << QStringLiteral("\u202ekim\u202c") << 64 << "kim";
        QTest::newRow("isolates and marks")
            << QStringLiteral("\u2066a\u2069\u200eb\u200f\u061c") << 64 << "ab";
        QTest::newRow("cut to the limit") << "0123456789" << 4 << "0123";
        QTest::newRow("only controls: nothing") << QStringLiteral("\u0001\u0002") << 64 << "";
    }

    void keepsOnlyAPlainLine()
    {
        QFETCH(QString, typed);
        QFETCH(int, maxLength);
        QFETCH(QString, kept);
        QCOMPARE(typedLine(typed, maxLength), kept);
    }
};

QTEST_GUILESS_MAIN(TypedLineTest)
#include "tst_typedline.moc"
