#include "scan/DemoPassList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;

Q_DECLARE_METATYPE(QList<passgate::DemoPass>)

class DemoPassListTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<DemoPass>>("passes");
        QTest::newRow("label and payload")
            << QStringLiteral("valid\tHC1:ABC\nexpired\tHC1:DEF\n")
            << QList<DemoPass>{{QStringLiteral("valid"), QStringLiteral("HC1:ABC")},
                               {QStringLiteral("expired"), QStringLiteral("HC1:DEF")}};
        QTest::newRow("payload only is numbered")
            << QStringLiteral("HC1:ABC\r\nshc:/123\r\n")
            << QList<DemoPass>{{QStringLiteral("pass 1"), QStringLiteral("HC1:ABC")},
                               {QStringLiteral("pass 2"), QStringLiteral("shc:/123")}};
        QTest::newRow("comments and blank lines")
            << QStringLiteral("# demo passes\n\n  \nforged\tHC1:X\n# end\n")
            << QList<DemoPass>{{QStringLiteral("forged"), QStringLiteral("HC1:X")}};
        QTest::newRow("payload spaces are kept (base45)")
            << QStringLiteral("  test pass \tHC1:A B  \n")
            << QList<DemoPass>{{QStringLiteral("test pass"), QStringLiteral("HC1:A B  ")}};
        QTest::newRow("Korean label")
            << QStringLiteral("접종완료\tHC1:K\n")
            << QList<DemoPass>{{QStringLiteral("접종완료"), QStringLiteral("HC1:K")}};
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QList<DemoPass>, passes);
        const auto parsed = parseDemoPassList(text);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, passes);
    }

    void refusesAListWithoutPasses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("only comments") << QStringLiteral("# nothing\n\n");
        QTest::newRow("only labels") << QStringLiteral("valid\t\nexpired\t  \n");
    }
    void refusesAListWithoutPasses()
    {
        QFETCH(QString, text);
        const auto parsed = parseDemoPassList(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ScanError::BadDemoList);
    }

    // A list is bounded by passes, not only by bytes: 100,000 short lines fit in the byte limit.
    void refusesAListLongerThanADemonstration()
    {
        QString text;
        for (qsizetype i = 0; i < maxDemoPasses; ++i)
            text += QStringLiteral("HC1:%1\n").arg(i);
        const auto full = parseDemoPassList(text);
        QVERIFY(full.ok());
        QCOMPARE(full->size(), maxDemoPasses);
        const auto over = parseDemoPassList(text + QStringLiteral("HC1:one-more\n"));
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, ScanError::BadDemoList);
        QVERIFY2(over.error().reason.contains(QString::number(maxDemoPasses)),
                 qPrintable(over.error().reason));
    }

    void loadsFromAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("passes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("valid\tHC1:ABC\n");
        file.close();
        const auto loaded = loadDemoPassList(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 1);

        const auto missing = loadDemoPassList(dir.filePath(QStringLiteral("none.txt")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ScanError::SourceUnavailable);
        QVERIFY(missing.error().reason.contains(QStringLiteral("none.txt")));
    }
};

QTEST_MAIN(DemoPassListTest)
#include "tst_demopasslist.moc"
