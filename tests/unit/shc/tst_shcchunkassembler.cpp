#include "formats/shc/ShcChunkAssembler.h"
#include "support/TestShcIssuer.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::shc;
using namespace passgate::test;

namespace {

const QDateTime start(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc());

QByteArray jwsText(qsizetype size, char fill = 'A')
{
    return QByteArray("eyJ") + QByteArray(size - 3, fill);
}

bool isProgress(const ShcChunkAssembler::Offered &result, int have, int total)
{
    const auto *progress = std::get_if<ShcChunkAssembler::Progress>(&result);
    return progress && progress->have == have && progress->total == total;
}

QString text(const ShcChunkAssembler::Offered &result)
{
    const auto *joined = std::get_if<QString>(&result);
    return joined ? *joined : QStringLiteral("<progress or refused part>");
}

bool isRefusedPart(const ShcChunkAssembler::Offered &result, int index, int total)
{
    return std::get_if<ShcChunkAssembler::RefusedCardPart>(&result) &&
           std::get<ShcChunkAssembler::RefusedCardPart>(result) ==
               ShcChunkAssembler::RefusedCardPart{index, total};
}

} // namespace

class ShcChunkAssemblerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesOtherTextsThrough_data()
    {
        QTest::addColumn<QString>("scan");
        QTest::newRow("whole card") << QStringLiteral("shc:/5676290952");
        QTest::newRow("EU DCC") << QStringLiteral("HC1:6BFOXN%TS3DH");
        QTest::newRow("1/1 header, the decoder's to refuse") << QStringLiteral("shc:/1/1/5676290952");
        QTest::newRow("index above total") << QStringLiteral("shc:/3/2/5676290952");
        QTest::newRow("empty") << QString();
    }
    void passesOtherTextsThrough()
    {
        QFETCH(QString, scan);
        ShcChunkAssembler assembler;
        QCOMPARE(text(assembler.offer(scan, start)), scan);
        QVERIFY(assembler.isEmpty());
    }

    void assemblesInAnyOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("2 in order") << 2 << QList<int>{0, 1};
        QTest::newRow("3 shuffled") << 3 << QList<int>{2, 0, 1};
        QTest::newRow("4 with repeats") << 4 << QList<int>{1, 1, 3, 0, 3, 2};
    }
    void assemblesInAnyOrder()
    {
        QFETCH(int, count);
        QFETCH(QList<int>, order);
        const QStringList chunks = TestShcIssuer::splitIntoChunks(jwsText(2400), count);
        ShcChunkAssembler assembler;
        QSet<int> seen;
        for (qsizetype i = 0; i < order.size(); ++i) {
            seen.insert(order[i]);
            const auto result = assembler.offer(chunks.at(order[i]), start.addSecs(i * 5));
            if (i + 1 < order.size()) {
                QVERIFY2(isProgress(result, int(seen.size()), count), qPrintable(text(result)));
                QCOMPARE(assembler.progress().have, int(seen.size()));
            } else {
                QCOMPARE(text(result), chunks.join(u'\n'));
            }
        }
        QVERIFY(assembler.isEmpty());
    }

    void startsOverAfterAMinute()
    {
        const QStringList chunks = TestShcIssuer::splitIntoChunks(jwsText(2400), 2);
        ShcChunkAssembler assembler;
        QVERIFY(isProgress(assembler.offer(chunks[0], start), 1, 2));
        // The minute is counted from the first chunk kept.
        QVERIFY(isProgress(assembler.offer(chunks[1], start.addSecs(61)), 1, 2));
        QCOMPARE(text(assembler.offer(chunks[0], start.addSecs(100))), chunks.join(u'\n'));
    }

    void withinAMinuteCompletes()
    {
        const QStringList chunks = TestShcIssuer::splitIntoChunks(jwsText(2400), 2);
        ShcChunkAssembler assembler;
        QVERIFY(isProgress(assembler.offer(chunks[1], start), 1, 2));
        QCOMPARE(text(assembler.offer(chunks[0], start.addSecs(60))), chunks.join(u'\n'));
    }

    void anotherCardStartsOver()
    {
        const QStringList three = TestShcIssuer::splitIntoChunks(jwsText(2400), 3);
        const QStringList two = TestShcIssuer::splitIntoChunks(jwsText(2400, 'B'), 2);
        const QStringList otherThree = TestShcIssuer::splitIntoChunks(jwsText(2400, 'C'), 3);
        ShcChunkAssembler assembler;
        QVERIFY(isProgress(assembler.offer(three[0], start), 1, 3));
        QVERIFY(isProgress(assembler.offer(three[1], start), 2, 3));
        // Another total: another card.
        QVERIFY(isProgress(assembler.offer(two[0], start), 1, 2));
        QVERIFY(isProgress(assembler.offer(three[0], start), 1, 3));
        // Another chunk under an index already kept: another card of the same size.
        QVERIFY(isProgress(assembler.offer(otherThree[0], start), 1, 3));
        QVERIFY(isProgress(assembler.offer(otherThree[2], start), 2, 3));
        QCOMPARE(text(assembler.offer(otherThree[1], start)), otherThree.join(u'\n'));
    }

    void otherScansLeaveTheChunksKept()
    {
        const QStringList chunks = TestShcIssuer::splitIntoChunks(jwsText(2400), 2);
        ShcChunkAssembler assembler;
        QVERIFY(isProgress(assembler.offer(chunks[0], start), 1, 2));
        QCOMPARE(text(assembler.offer(QStringLiteral("HC1:XYZ"), start)), QStringLiteral("HC1:XYZ"));
        QCOMPARE(text(assembler.offer(chunks[1], start)), chunks.join(u'\n'));
    }

    // A card cut into parts the decoder refuses (each too small for a card of that many parts) is
    // handed through once, at its first part, and every other part of that attempt (the last one too,
    // which alone would pass) is a refused part, however long the holder takes, as long as no part
    // comes a minute after the one before.
    void unusableCardIsRefusedOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("secondsBetweenParts");
        QTest::newRow("99 parts, quickly") << 99 << 1;
        QTest::newRow("99 parts over 8 minutes") << 99 << 5;
        QTest::newRow("20 parts") << 20 << 2;
    }
    void unusableCardIsRefusedOnce()
    {
        QFETCH(int, count);
        QFETCH(int, secondsBetweenParts);
        const QStringList chunks = TestShcIssuer::splitIntoChunks(jwsText(600), count);
        ShcChunkAssembler assembler;
        int handedThrough = 0;
        QDateTime at = start;
        for (qsizetype i = 0; i < chunks.size(); ++i, at = at.addSecs(secondsBetweenParts)) {
            const auto result = assembler.offer(chunks.at(i), at);
            if (std::holds_alternative<QString>(result))
                ++handedThrough;
            else
                QVERIFY2(isRefusedPart(result, int(i) + 1, count), qPrintable(chunks.at(i).left(12)));
        }
        QCOMPARE(handedThrough, 1);
        // A minute after its last part the attempt is over: the card is refused again, once.
        QCOMPARE(text(assembler.offer(chunks.at(3), at.addSecs(61))), chunks.at(3));
        QVERIFY(isRefusedPart(assembler.offer(chunks.at(4), at.addSecs(62)), 5, count));
        // Any other card ends the attempt.
        const QStringList two = TestShcIssuer::splitIntoChunks(jwsText(2400, 'B'), 2);
        QVERIFY(isProgress(assembler.offer(two[0], at.addSecs(63)), 1, 2));
        QCOMPARE(text(assembler.offer(chunks.at(5), at.addSecs(64))), chunks.at(5));
    }

    // A good card of as many parts as a refused one, after the refused one's minute: assembled.
    void goodCardAfterARefusedOne()
    {
        const QStringList bad = TestShcIssuer::splitIntoChunks(jwsText(300), 3);
        const QStringList good = TestShcIssuer::splitIntoChunks(jwsText(2400, 'C'), 3);
        ShcChunkAssembler assembler;
        QCOMPARE(text(assembler.offer(bad[0], start)), bad[0]);
        QVERIFY(isRefusedPart(assembler.offer(good[0], start.addSecs(5)), 1, 3));
        QVERIFY(isProgress(assembler.offer(good[0], start.addSecs(70)), 1, 3));
        QVERIFY(isProgress(assembler.offer(good[1], start.addSecs(71)), 2, 3));
        QCOMPARE(text(assembler.offer(good[2], start.addSecs(72))), good.join(u'\n'));
    }

    void clears()
    {
        const QStringList chunks = TestShcIssuer::splitIntoChunks(jwsText(2400), 2);
        ShcChunkAssembler assembler;
        QVERIFY(isProgress(assembler.offer(chunks[0], start), 1, 2));
        assembler.clear();
        QVERIFY(assembler.isEmpty());
        QVERIFY(isProgress(assembler.offer(chunks[1], start), 1, 2));
    }
};

QTEST_GUILESS_MAIN(ShcChunkAssemblerTest)
#include "tst_shcchunkassembler.moc"
