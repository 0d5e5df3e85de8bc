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

bool isProgress(const std::variant<QString, ShcChunkAssembler::Progress> &result, int have, int total)
{
    const auto *progress = std::get_if<ShcChunkAssembler::Progress>(&result);
    return progress && progress->have == have && progress->total == total;
}

QString text(const std::variant<QString, ShcChunkAssembler::Progress> &result)
{
    const auto *joined = std::get_if<QString>(&result);
    return joined ? *joined : QStringLiteral("<progress>");
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
