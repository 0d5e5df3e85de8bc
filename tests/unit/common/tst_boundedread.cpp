#include "common/BoundedRead.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;

// Size-bounded reads: an endless file is refused at the bound, not read into memory.
class BoundedReadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bounds_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << 0 << 10 << true;
        QTest::newRow("under") << 9 << 10 << true;
        QTest::newRow("exactly the limit") << 10 << 10 << true;
        QTest::newRow("one over") << 11 << 10 << false;
        QTest::newRow("several chunks under") << 300000 << 300000 << true;
        QTest::newRow("several chunks over") << 300001 << 300000 << false;
    }
    void bounds()
    {
        QFETCH(int, size);
        QFETCH(int, limit);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content(size, 'x');
        file.write(content);
        file.close();
        const auto read = readFileBounded(path, limit);
        QCOMPARE(read.ok(), ok);
        if (ok)
            QCOMPARE(*read, content);
        else
            QVERIFY2(read.error().contains(u"larger than"), qPrintable(read.error()));
    }

    void endlessFileStopsAtTheBound()
    {
        const auto read = readFileBounded(QStringLiteral("/dev/zero"), 1024 * 1024);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(u"/dev/zero"), qPrintable(read.error()));
    }

    // A regular file says its size up front: a sparse 8 GiB file (no disk used) is refused by its
    // size, as any file over the bound.
    void hugeRegularFileIsRefusedBySize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(8) << 30));
        huge.close();
        const auto read = readFileBounded(path, 1024 * 1024);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(u"larger than 1048576 bytes"), qPrintable(read.error()));
    }

    void unreadableSaysWhy()
    {
        const auto missing = readFileBounded(QStringLiteral("/nonexistent/passgate"), 10);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().startsWith(u"cannot read /nonexistent/passgate"),
                 qPrintable(missing.error()));
        QTemporaryDir dir;
        const auto directory = readFileBounded(dir.path(), 10);
        QVERIFY(!directory.ok());
    }
};

QTEST_APPLESS_MAIN(BoundedReadTest)
#include "tst_boundedread.moc"
