#include "common/Result.h"

#include <QTest>

#include <memory>

using namespace passgate;

namespace {

enum class ParseCode
{
    Empty,
    NotANumber
};

Result<int, Error<ParseCode>> parsePositive(const QString &text)
{
    if (text.isEmpty())
        return fail(ParseCode::Empty, QStringLiteral("nothing to parse"));
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return fail(ParseCode::NotANumber, QStringLiteral("'%1' is not a number").arg(text));
    return value;
}

} // namespace

class ResultTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueOrError_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("number") << QStringLiteral("42") << true << 42 << -1 << QString();
        QTest::newRow("empty") << QString() << false << 0 << int(ParseCode::Empty)
                               << QStringLiteral("nothing to parse");
        QTest::newRow("letters") << QStringLiteral("x1") << false << 0 << int(ParseCode::NotANumber)
                                 << QStringLiteral("'x1' is not a number");
    }
    void valueOrError()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        const auto result = parsePositive(input);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(bool(result), ok);
        if (ok) {
            QFETCH(int, value);
            QCOMPARE(*result, value);
        } else {
            QFETCH(int, code);
            QFETCH(QString, reason);
            QCOMPARE(int(result.error().code), code);
            QCOMPARE(result.error().reason, reason);
        }
    }

    void moveOnlyValue()
    {
        Result<std::unique_ptr<int>, QString> result(std::make_unique<int>(7));
        QVERIFY(result.ok());
        std::unique_ptr<int> taken = std::move(result).value();
        QCOMPARE(*taken, 7);
    }

    void voidResult()
    {
        Result<void, QString> fine;
        QVERIFY(fine.ok());
        Result<void, QString> broken = fail(QStringLiteral("disk full"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error(), QStringLiteral("disk full"));
    }
};

QTEST_APPLESS_MAIN(ResultTest)
#include "tst_result.moc"
