#include "formats/dcc/BoundedInflate.h"
#include "support/TestIssuer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace passgate;
using namespace passgate::dcc;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::PassErrorCode)

class BoundedInflateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inflatesUpToTheCap_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("fits");
        QTest::newRow("empty") << 0 << 10 << true;
        QTest::newRow("small") << 300 << 1000 << true;
        QTest::newRow("exactly the cap") << 40000 << 40000 << true;
        QTest::newRow("one byte over the cap") << 40001 << 40000 << false;
        QTest::newRow("over the default cap")
            << int(defaultMaxInflatedSize) + 1 << int(defaultMaxInflatedSize) << false;
    }
    void inflatesUpToTheCap()
    {
        QFETCH(int, size);
        QFETCH(int, cap);
        QFETCH(bool, fits);
        QByteArray original(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            original[i] = static_cast<char>((i * 7919) % 251);
        const Result<QByteArray, PassError> inflated =
            inflateBounded(TestIssuer::zlibCompress(original), cap);
        QCOMPARE(inflated.ok(), fits);
        if (fits) {
            QCOMPARE(*inflated, original);
        } else {
            QCOMPARE(inflated.error().code, PassErrorCode::TooLarge);
            QVERIFY(inflated.error().reason.contains(QString::number(cap)));
        }
    }

    // A decompression bomb: 64 MB of zeros compress to about 64 KB. The cap must stop it after
    // the first chunks, without ever holding the whole output.
    void decompressionBombIsStoppedEarly()
    {
        const QByteArray bomb = TestIssuer::zlibCompress(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 128 * 1024);
        QElapsedTimer timer;
        timer.start();
        const Result<QByteArray, PassError> inflated = inflateBounded(bomb, defaultMaxInflatedSize);
        QVERIFY(!inflated.ok());
        QCOMPARE(inflated.error().code, PassErrorCode::TooLarge);
        QCOMPARE(stageOf(inflated.error().code), PassStage::Inflate);
        QVERIFY2(timer.elapsed() < 5000, "inflating stopped late");
    }

    void brokenStreamsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<PassErrorCode>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray good =
            TestIssuer::zlibCompress(QByteArray("a DCC would be here, a few hundred bytes of CBOR"));
        QTest::newRow("empty") << QByteArray() << PassErrorCode::CorruptCompression
                               << QStringLiteral("zlib header");
        QTest::newRow("not zlib") << QByteArray("plain text") << PassErrorCode::CorruptCompression
                                  << QStringLiteral("zlib header");
        QTest::newRow("uncompressed COSE (tag 18)")
            << QByteArray::fromHex("d28443a10126a0") << PassErrorCode::NotCompressed
            << QStringLiteral("uncompressed COSE");
        QTest::newRow("uncompressed COSE (tag 61)")
            << QByteArray::fromHex("d83dd28443a10126a0") << PassErrorCode::NotCompressed
            << QStringLiteral("uncompressed COSE");
        QTest::newRow("truncated") << good.left(good.size() - 6) << PassErrorCode::CorruptCompression
                                   << QStringLiteral("truncated");
        QTest::newRow("bytes after the stream")
            << good + "junk" << PassErrorCode::CorruptCompression << QStringLiteral("4 bytes follow");
        QByteArray flipped = good;
        flipped[5] = static_cast<char>(flipped[5] ^ 0xFF);
        QTest::newRow("corrupted body") << flipped << PassErrorCode::CorruptCompression << QString();
    }
    void brokenStreamsAreRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(PassErrorCode, code);
        QFETCH(QString, reason);
        const Result<QByteArray, PassError> inflated = inflateBounded(data, defaultMaxInflatedSize);
        QVERIFY(!inflated.ok());
        QCOMPARE(inflated.error().code, code);
        QVERIFY2(inflated.error().reason.contains(reason), qPrintable(inflated.error().reason));
    }
};

QTEST_APPLESS_MAIN(BoundedInflateTest)
#include "tst_boundedinflate.moc"
