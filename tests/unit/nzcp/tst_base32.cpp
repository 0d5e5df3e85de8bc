#include "formats/nzcp/Base32.h"

#include <QTest>

using namespace passgate;
using namespace passgate::nzcp;

class Base32Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 4648 §10, without the padding the NZ COVID Pass leaves out.
    void decodesTheRfcExamples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("f") << QStringLiteral("MY") << QByteArray("f");
        QTest::newRow("fo") << QStringLiteral("MZXQ") << QByteArray("fo");
        QTest::newRow("foo") << QStringLiteral("MZXW6") << QByteArray("foo");
        QTest::newRow("foob") << QStringLiteral("MZXW6YQ") << QByteArray("foob");
        QTest::newRow("fooba") << QStringLiteral("MZXW6YTB") << QByteArray("fooba");
        QTest::newRow("foobar") << QStringLiteral("MZXW6YTBOI") << QByteArray("foobar");
        QTest::newRow("binary") << QStringLiteral("74") << QByteArray("\xff", 1);
    }
    void decodesTheRfcExamples()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const Result<QByteArray, PassError> decoded = decodeBase32(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().reason));
        QCOMPARE(*decoded, bytes);
        QCOMPARE(encodeBase32(bytes), text);
    }

    void refusesWhatNoEncoderWrites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("because");
        QTest::newRow("padding") << QStringLiteral("MY======") << QStringLiteral("padding");
        QTest::newRow("lower case") << QStringLiteral("mzxw6") << QStringLiteral("not a base32 character");
        QTest::newRow("digit 1") << QStringLiteral("MZXW1") << QStringLiteral("not a base32 character");
        QTest::newRow("digit 8") << QStringLiteral("MZXW8") << QStringLiteral("not a base32 character");
        QTest::newRow("space") << QStringLiteral("MZ XW6YQ") << QStringLiteral("not a base32 character");
        QTest::newRow("one character") << QStringLiteral("M") << QStringLiteral("length");
        QTest::newRow("three characters") << QStringLiteral("MZX") << QStringLiteral("length");
        QTest::newRow("six characters") << QStringLiteral("MZXW6Y") << QStringLiteral("length");
        QTest::newRow("bits beyond the data") << QStringLiteral("MZ") << QStringLiteral("beyond the data");
    }
    void refusesWhatNoEncoderWrites()
    {
        QFETCH(QString, text);
        QFETCH(QString, because);
        const Result<QByteArray, PassError> decoded = decodeBase32(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, PassErrorCode::InvalidBase32);
        QVERIFY2(decoded.error().reason.contains(because), qPrintable(decoded.error().reason));
    }
};

QTEST_APPLESS_MAIN(Base32Test)
#include "tst_base32.moc"
