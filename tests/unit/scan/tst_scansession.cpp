#include "scan/ScanSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace passgate;
using namespace std::chrono_literals;

class ScanSessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each row: readings as "PAYLOAD@MS" in order, and which of them count as new check-ins.
    void dedupesWithinTheCooldown_data()
    {
        QTest::addColumn<QStringList>("readings");
        QTest::addColumn<QList<bool>>("isNew");
        QTest::newRow("first reading is new") << QStringList{QStringLiteral("A@0")} << QList<bool>{true};
        QTest::newRow("same payload held in front of the camera")
            << QStringList{QStringLiteral("A@0"), QStringLiteral("A@100"), QStringLiteral("A@4900")}
            << QList<bool>{true, false, false};
        QTest::newRow("cooldown runs from the last sighting")
            << QStringList{QStringLiteral("A@0"), QStringLiteral("A@4000"), QStringLiteral("A@8999")}
            << QList<bool>{true, false, false};
        QTest::newRow("same payload after the cooldown is new again")
            << QStringList{QStringLiteral("A@0"), QStringLiteral("A@5000")} << QList<bool>{true, true};
        QTest::newRow("a different payload is new")
            << QStringList{QStringLiteral("A@0"), QStringLiteral("B@10")} << QList<bool>{true, true};
        QTest::newRow("back to the first within its cooldown")
            << QStringList{QStringLiteral("A@0"), QStringLiteral("B@1000"), QStringLiteral("A@2000")}
            << QList<bool>{true, true, false};
        QTest::newRow("alternating after both cooled down")
            << QStringList{QStringLiteral("A@0"), QStringLiteral("B@1000"), QStringLiteral("A@7000"),
                           QStringLiteral("B@7001")}
            << QList<bool>{true, true, true, true};
    }
    void dedupesWithinTheCooldown()
    {
        QFETCH(QStringList, readings);
        QFETCH(QList<bool>, isNew);
        std::chrono::milliseconds now{0};
        ScanSession session(5s, [&] { return now; });
        QSignalSpy newSpy(&session, &ScanSession::newPayload);
        QSignalSpy repeatSpy(&session, &ScanSession::repeatedPayload);
        int expectedNew = 0;
        for (qsizetype i = 0; i < readings.size(); ++i) {
            const QStringList parts = readings[i].split(QLatin1Char('@'));
            now = std::chrono::milliseconds(parts[1].toLongLong());
            QCOMPARE(session.offer(parts[0], ScanOrigin::Camera), isNew[i]);
            expectedNew += isNew[i] ? 1 : 0;
        }
        QCOMPARE(newSpy.size(), expectedNew);
        QCOMPARE(repeatSpy.size(), readings.size() - expectedNew);
        QCOMPARE(session.newCount(), quint64(expectedNew));
    }

    void reportsOriginAndLastPayload()
    {
        std::chrono::milliseconds now{0};
        ScanSession session(5s, [&] { return now; });
        QSignalSpy spy(&session, &ScanSession::newPayload);
        QVERIFY(session.offer(QStringLiteral("HC1:ABC"), ScanOrigin::KeyboardWedge));
        QCOMPARE(spy.constFirst().at(0).toString(), QStringLiteral("HC1:ABC"));
        QCOMPARE(spy.constFirst().at(1).value<ScanOrigin>(), ScanOrigin::KeyboardWedge);
        QCOMPARE(session.lastPayload(), QStringLiteral("HC1:ABC"));
    }

    void emptyPayloadIsIgnored()
    {
        ScanSession session(5s, [] { return std::chrono::milliseconds(0); });
        QVERIFY(!session.offer(QString(), ScanOrigin::Camera));
        QCOMPARE(session.newCount(), quint64(0));
        QCOMPARE(session.repeatCount(), quint64(0));
    }

    void resetForgetsSightings()
    {
        std::chrono::milliseconds now{0};
        ScanSession session(5s, [&] { return now; });
        QVERIFY(session.offer(QStringLiteral("A"), ScanOrigin::Camera));
        now = 100ms;
        QVERIFY(!session.offer(QStringLiteral("A"), ScanOrigin::Camera));
        session.reset();
        QVERIFY(session.offer(QStringLiteral("A"), ScanOrigin::Camera));
    }
};

QTEST_MAIN(ScanSessionTest)
#include "tst_scansession.moc"
