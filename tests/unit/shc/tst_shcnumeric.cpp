#include "formats/shc/ShcDecoder.h"
#include "support/TestShcIssuer.h"

#include <QTest>

using namespace passgate;
using namespace passgate::shc;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::PassErrorCode)

namespace {

// A JWS-like text of `size` characters, every character of the compact JWS alphabet in turn.
QByteArray jwsText(qsizetype size)
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");
    QByteArray text;
    for (qsizetype i = 0; i < size; ++i)
        text.append(alphabet.at(i % alphabet.size()));
    return text;
}

} // namespace

class ShcNumericTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("spec example 'X' is 43") << QStringLiteral("43") << QByteArray("X");
        QTest::newRow("lowest '-'") << QStringLiteral("00") << QByteArray("-");
        QTest::newRow("highest 'z'") << QStringLiteral("77") << QByteArray("z");
        QTest::newRow("dot and underscore") << QStringLiteral("0150") << QByteArray("._");
        QTest::newRow("JWS header start") << QStringLiteral("5676290952") << QByteArray("eyJ6a");
    }
    void decodes()
    {
        QFETCH(QString, digits);
        QFETCH(QByteArray, expected);
        const Result<QByteArray, PassError> decoded = ShcDecoder::decodeNumeric(digits);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().reason));
        QCOMPARE(*decoded, expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("no digits");
        QTest::newRow("odd count") << QStringLiteral("567") << QStringLiteral("odd");
        QTest::newRow("pair 78") << QStringLiteral("5678") << QStringLiteral("78");
        QTest::newRow("pair 99") << QStringLiteral("99") << QStringLiteral("99");
        QTest::newRow("letter") << QStringLiteral("56a6") << QStringLiteral("position 2");
        QTest::newRow("space") << QStringLiteral("56 76") << QStringLiteral("U+0020");
        QTest::newRow("trailing tab") << QStringLiteral("5676\t") << QStringLiteral("U+0009");
        QTest::newRow("slash") << QStringLiteral("56/76") << QStringLiteral("'/'");
        QTest::newRow("arabic-indic digit")
            << QString(QStringLiteral("56") + QChar(0x0663) + QStringLiteral("6"))
            << QStringLiteral("U+0663");
    }
    void refuses()
    {
        QFETCH(QString, digits);
        QFETCH(QString, mentions);
        const Result<QByteArray, PassError> decoded = ShcDecoder::decodeNumeric(digits);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, PassErrorCode::InvalidNumeric);
        QCOMPARE(stageOf(decoded.error().code), PassStage::Numeric);
        QVERIFY2(decoded.error().reason.contains(mentions), qPrintable(decoded.error().reason));
    }

    void encodesAsTheIssuerDoes()
    {
        const QByteArray jws = jwsText(700);
        QCOMPARE(ShcDecoder::encodeNumeric(jws), TestShcIssuer::numeric(jws));
        QCOMPARE(*ShcDecoder::decodeNumeric(ShcDecoder::encodeNumeric(jws)), jws);
    }

    void parsesChunkHeaders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("total");
        QTest::addColumn<qsizetype>("digits");
        const QString chunkDigits(800, u'5');
        QTest::newRow("whole card") << QStringLiteral("shc:/5676") << 1 << 1 << qsizetype(4);
        QTest::newRow("1 of 2") << QString(QStringLiteral("shc:/1/2/") + chunkDigits) << 1 << 2
                                << qsizetype(800);
        QTest::newRow("2 of 2, short last") << QStringLiteral("shc:/2/2/56") << 2 << 2 << qsizetype(2);
        QTest::newRow("3 of 12") << QString(QStringLiteral("shc:/3/12/") + chunkDigits) << 3 << 12
                                 << qsizetype(800);
        // The header is read; the digits are the numeric stage's.
        QTest::newRow("digits unchecked") << QStringLiteral("shc:/56x6") << 1 << 1 << qsizetype(4);
    }
    void parsesChunkHeaders()
    {
        QFETCH(QString, text);
        QFETCH(int, index);
        QFETCH(int, total);
        QFETCH(qsizetype, digits);
        const Result<ShcChunk, PassError> chunk = ShcDecoder::parseChunk(text);
        QVERIFY2(chunk.ok(), chunk.ok() ? "" : qPrintable(chunk.error().reason));
        QCOMPARE(chunk->index, index);
        QCOMPARE(chunk->total, total);
        QCOMPARE(chunk->digits.size(), digits);
    }

    void refusesChunkHeaders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PassErrorCode>("code");
        const QString digits(800, u'5');
        QTest::newRow("no prefix") << QStringLiteral("5676") << PassErrorCode::UnknownPrefix;
        QTest::newRow("shc: without slash") << QStringLiteral("shc:5676") << PassErrorCode::UnknownPrefix;
        QTest::newRow("upper case") << QStringLiteral("SHC:/5676") << PassErrorCode::UnknownPrefix;
        QTest::newRow("HC1") << QStringLiteral("HC1:NCF") << PassErrorCode::UnknownPrefix;
        QTest::newRow("leading space") << QStringLiteral(" shc:/5676") << PassErrorCode::InvalidNumeric;
        QTest::newRow("1/1") << QString(QStringLiteral("shc:/1/1/") + digits) << PassErrorCode::InvalidChunk;
        QTest::newRow("3/2") << QString(QStringLiteral("shc:/3/2/") + digits) << PassErrorCode::InvalidChunk;
        QTest::newRow("0/2") << QString(QStringLiteral("shc:/0/2/") + digits) << PassErrorCode::InvalidChunk;
        QTest::newRow("leading zero")
            << QString(QStringLiteral("shc:/01/2/") + digits) << PassErrorCode::InvalidChunk;
        QTest::newRow("one number") << QString(QStringLiteral("shc:/1/") + digits)
                                    << PassErrorCode::InvalidChunk;
        QTest::newRow("three numbers")
            << QString(QStringLiteral("shc:/1/2/3/") + digits) << PassErrorCode::InvalidChunk;
        QTest::newRow("letter in header")
            << QString(QStringLiteral("shc:/a/2/") + digits) << PassErrorCode::InvalidChunk;
        QTest::newRow("huge total") << QString(QStringLiteral("shc:/1/99999999999/") + digits)
                                    << PassErrorCode::InvalidChunk;
        // One of 17 chunks of 45 characters: a card that small fits one QR code.
        QTest::newRow("chunk too small")
            << QString(QStringLiteral("shc:/1/17/") + QString(90, u'5')) << PassErrorCode::InvalidChunk;
    }
    void refusesChunkHeaders()
    {
        QFETCH(QString, text);
        QFETCH(PassErrorCode, code);
        const Result<ShcChunk, PassError> chunk = ShcDecoder::parseChunk(text);
        QVERIFY(!chunk.ok());
        QCOMPARE(chunk.error().code, code);
    }

    void assemblesChunksInAnyOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("2 in order") << 2 << QList<int>{0, 1};
        QTest::newRow("2 reversed") << 2 << QList<int>{1, 0};
        QTest::newRow("3 shuffled") << 3 << QList<int>{2, 0, 1};
        QTest::newRow("4 with a repeat") << 4 << QList<int>{3, 1, 1, 0, 2};
    }
    void assemblesChunksInAnyOrder()
    {
        QFETCH(int, count);
        QFETCH(QList<int>, order);
        const QByteArray jws = jwsText(2400);
        const QStringList chunks = TestShcIssuer::splitIntoChunks(jws, count);
        QList<QStringView> texts;
        for (int i : order)
            texts.append(chunks.at(i));
        const Result<QByteArray, PassError> joined = ShcDecoder::jwsFromQrTexts(texts);
        QVERIFY2(joined.ok(), joined.ok() ? "" : qPrintable(joined.error().reason));
        QCOMPARE(*joined, jws);
    }

    void refusesChunkSets_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<PassErrorCode>("code");
        QTest::addColumn<QString>("mentions");
        const QStringList three = TestShcIssuer::splitIntoChunks(jwsText(2400), 3);
        const QStringList other = TestShcIssuer::splitIntoChunks(jwsText(2401), 3);
        const QStringList two = TestShcIssuer::splitIntoChunks(jwsText(2400), 2);
        QTest::newRow("one missing") << QStringList{three[0], three[2]} << PassErrorCode::IncompleteChunks
                                     << QStringLiteral("chunk 2 of 3 is missing");
        QTest::newRow("two missing") << QStringList{three[1]} << PassErrorCode::IncompleteChunks
                                     << QStringLiteral("chunks 1 and 3 of 3 are missing");
        QTest::newRow("different chunk under one index")
            << QStringList{three[0], other[0], three[1], three[2]} << PassErrorCode::InvalidChunk
            << QStringLiteral("two different chunks 1 of 3");
        QTest::newRow("different totals") << QStringList{three[0], two[1]} << PassErrorCode::InvalidChunk
                                          << QStringLiteral("different cards");
        QTest::newRow("whole card among chunks")
            << QStringList{three[0], QStringLiteral("shc:/5676")} << PassErrorCode::InvalidChunk
            << QStringLiteral("whole card");
        QTest::newRow("another pass among chunks") << QStringList{three[0], QStringLiteral("HC1:NCF")}
                                                   << PassErrorCode::InvalidChunk << QStringLiteral("line 2");
        QTest::newRow("non-digit in a chunk")
            << QStringList{three[0], QString(three[1]).replace(20, 1, u'x'), three[2]}
            << PassErrorCode::InvalidNumeric << QStringLiteral("chunk 2 of 3");
    }
    void refusesChunkSets()
    {
        QFETCH(QStringList, texts);
        QFETCH(PassErrorCode, code);
        QFETCH(QString, mentions);
        QList<QStringView> views;
        for (const QString &text : texts)
            views.append(text);
        const Result<QByteArray, PassError> joined = ShcDecoder::jwsFromQrTexts(views);
        QVERIFY(!joined.ok());
        QCOMPARE(joined.error().code, code);
        QVERIFY2(joined.error().reason.contains(mentions), qPrintable(joined.error().reason));
    }
};

QTEST_GUILESS_MAIN(ShcNumericTest)
#include "tst_shcnumeric.moc"
