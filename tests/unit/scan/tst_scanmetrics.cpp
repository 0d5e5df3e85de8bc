#include "scan/ScanMetrics.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace passgate;

namespace {

FrameReading reading(quint64 index, double ms, bool withCode = false)
{
    FrameReading r;
    r.frameIndex = index;
    r.decodeMs = ms;
    if (withCode)
        r.texts = QStringList{QStringLiteral("payload")};
    return r;
}

} // namespace

class ScanMetricsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentiles_data()
    {
        QTest::addColumn<QList<double>>("samples");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p99");
        QTest::newRow("none") << QList<double>{} << 0.0 << 0.0;
        QTest::newRow("one") << QList<double>{4.0} << 4.0 << 4.0;
        QTest::newRow("nearest rank") << QList<double>{5, 1, 4, 2, 3} << 3.0 << 5.0;
        QList<double> hundred;
        for (int i = 100; i >= 1; --i)
            hundred.append(i);
        QTest::newRow("1..100") << hundred << 50.0 << 99.0;
    }
    void percentiles()
    {
        QFETCH(QList<double>, samples);
        QFETCH(double, p50);
        QFETCH(double, p99);
        ScanMetrics metrics;
        quint64 index = 0;
        for (const double ms : samples) {
            metrics.record(reading(index, ms), index + 1, 0);
            ++index;
        }
        QCOMPARE(metrics.decodeMsP50(), p50);
        QCOMPARE(metrics.decodeMsP99(), p99);
    }

    void windowKeepsTheLatest()
    {
        ScanMetrics metrics(3);
        for (int i = 0; i < 10; ++i)
            metrics.record(reading(quint64(i), i < 7 ? 100.0 : 1.0), quint64(i + 1), 0);
        QCOMPARE(metrics.decodeMsP99(), 1.0);
        QCOMPARE(metrics.framesDecoded(), quint64(10));

        metrics.setWindowSize(20);
        QCOMPARE(metrics.decodeMsP99(), 0.0); // cleared
        for (int i = 0; i < 10; ++i)
            metrics.record(reading(quint64(10 + i), i < 7 ? 100.0 : 1.0), quint64(11 + i), 0);
        QCOMPARE(metrics.decodeMsP50(), 100.0);
        QCOMPARE(metrics.framesDecoded(), quint64(20));
    }

    void countsAndJson()
    {
        ScanMetrics metrics;
        QSignalSpy changed(&metrics, &ScanMetrics::changed);
        metrics.record(reading(0, 2.0), 1, 0);
        metrics.record(reading(5, 3.0, true), 6, 4);
        FrameReading broken = reading(9, 0.1);
        broken.error = QStringLiteral("invalid frame");
        metrics.record(broken, 10, 7);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(metrics.firstCodeFrame(), qint64(5));
        const QJsonObject json = metrics.toJson();
        QCOMPARE(json.value(QStringLiteral("frames")).toInteger(), 10);
        QCOMPARE(json.value(QStringLiteral("decoded")).toInteger(), 3);
        QCOMPARE(json.value(QStringLiteral("dropped")).toInteger(), 7);
        QCOMPARE(json.value(QStringLiteral("withCode")).toInteger(), 1);
        QCOMPARE(json.value(QStringLiteral("errors")).toInteger(), 1);
        QCOMPARE(json.value(QStringLiteral("firstDecodeFrame")).toInteger(), 5);
        QCOMPARE(json.value(QStringLiteral("decodeMs")).toObject().value(QStringLiteral("p50")).toDouble(),
                 2.0);

        metrics.reset();
        QCOMPARE(metrics.framesSeen(), quint64(0));
        QCOMPARE(metrics.firstCodeFrame(), qint64(-1));
    }

    void propertiesForQml()
    {
        ScanMetrics metrics;
        metrics.record(reading(0, 2.5, true), 1, 0);
        QCOMPARE(metrics.property("framesWithCode").toULongLong(), quint64(1));
        QCOMPARE(metrics.property("lastDecodeMs").toDouble(), 2.5);
        QCOMPARE(metrics.property("firstCodeFrame").toLongLong(), qint64(0));
    }
};

QTEST_MAIN(ScanMetricsTest)
#include "tst_scanmetrics.moc"
