#include "common/BoundedRead.h"
#include "common/NativePath.h"
#include "common/OutputFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace passgate;
using namespace Qt::StringLiterals;

// File names as bytes: UTF-8 passes through, anything else is kept byte for byte and opens.
class NativePathTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("escaped");
        QTest::newRow("ASCII") << QByteArray("/tmp/pass.txt") << false;
        QTest::newRow("UTF-8 Korean") << QByteArray("/tmp/\xec\xb9\xb4\xed\x8e\x98.txt") << false;
        QTest::newRow("UTF-8 four bytes") << QByteArray("\xf0\x9f\x98\x80") << false;
        QTest::newRow("EUC-KR") << QByteArray("/tmp/\xc4\xab\xc6\xe4.txt") << true;
        QTest::newRow("Latin-1") << QByteArray("caf\xe9") << true;
        QTest::newRow("a cut sequence") << QByteArray("\xec\xb9") << true;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << true;
        QTest::newRow("an encoded surrogate") << QByteArray("\xed\xb2\x80") << true;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << true;
        QTest::newRow("every high byte") << [] {
            QByteArray all;
            for (int b = 0x80; b <= 0xff; ++b)
                all.append(char(b));
            return all;
        }() << true;
    }
    void roundTrips()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, escaped);
        const QString path = pathFromNative(bytes);
        QCOMPARE(hasEscapedBytes(path), escaped);
        QCOMPARE(nativePath(path), bytes);
        if (!escaped)
            QCOMPARE(path, QString::fromUtf8(bytes));
    }

    void readsAndWritesByTheBytes()
    {
        QTemporaryDir dir;
        const QByteArray folder = QFile::encodeName(dir.path());
        const QByteArray name = folder + "/\xc4\xab\xc6\xe4.txt";
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "HC1:X", 5), ssize_t(5));
        ::close(fd);
        const auto read = readFileBounded(pathFromNative(name), 64);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(*read, QByteArray("HC1:X"));

        const QByteArray out = folder + "/caf\xe9.csv";
        QVERIFY(writeOutputFile(pathFromNative(out), "a,b\n", Overwrite::Refuse).ok());
        struct stat status
        {};
        QCOMPARE(::stat(out.constData(), &status), 0);
        QCOMPARE(status.st_size, off_t(4));
        QVERIFY(!writeOutputFile(pathFromNative(out), "again", Overwrite::Refuse).ok()); // exists
    }
};

QTEST_GUILESS_MAIN(NativePathTest)
#include "tst_nativepath.moc"
