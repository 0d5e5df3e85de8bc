#include "common/Clock.h"
#include "replication/SyncWorker.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace passgate;

// The sync worker without a server: what it states when a setting is wrong (stopped, nothing to wait
// for) and when nobody answers (retried), by the clock it is given, not the wall clock.
class SyncWorkerTest : public QObject
{
    Q_OBJECT

    const QDateTime m_at{QDate(2031, 3, 4), QTime(5, 6, 7), QTimeZone::utc()};

    static quint16 closedLoopbackPort()
    {
        // A port the kernel just gave out and that is closed again: nothing listens there.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    static SyncStatus firstFailure(SyncWorker &worker)
    {
        QSignalSpy published(&worker, &SyncWorker::statusChanged);
        worker.start();
        for (int i = 0; i < 100; ++i) {
            for (const QList<QVariant> &arguments : std::as_const(published)) {
                const auto status = arguments.first().value<SyncStatus>();
                if (status.state == SyncStatus::State::Retrying ||
                    status.state == SyncStatus::State::Stopped) {
                    worker.requestStop();
                    return status;
                }
            }
            published.wait(100);
        }
        worker.requestStop();
        return worker.status();
    }

private Q_SLOTS:
    void unreachableIsRetriedByTheGivenClock()
    {
        const quint16 port = closedLoopbackPort();
        QVERIFY(port != 0);
        QTemporaryDir dir;
        const FixedClock clock(m_at);
        SyncWorker::Options options;
        options.settings.server = QStringLiteral("host=127.0.0.1 port=%1 dbname=passgate").arg(port);
        options.settings.kioskId = QStringLiteral("kiosk-1");
        options.settings.backoffBase = std::chrono::milliseconds(1000);
        options.settings.backoffCap = std::chrono::milliseconds(5000);
        options.dataDir = dir.path();
        options.clock = &clock;
        SyncWorker worker(options);
        const SyncStatus status = firstFailure(worker);
        QCOMPARE(int(status.state), int(SyncStatus::State::Retrying));
        QVERIFY(status.problem);
        QCOMPARE(syncCodeName(status.problem->code), syncCodeName(SyncCode::Unreachable));
        // Full jitter within the first step, counted from the given clock's now.
        QVERIFY2(status.nextAttempt >= m_at && status.nextAttempt <= m_at.addMSecs(1000),
                 qPrintable(status.nextAttempt.toString(Qt::ISODateWithMs)));
    }

    void aWrongSettingStopsAndSaysWhat_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("words");
        QTest::newRow("port") << QStringLiteral("host=127.0.0.1 port=notaport")
                              << QStringLiteral("1 to 65535");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("sync server setting");
        QTest::newRow("password inside") << QStringLiteral("postgresql://k:secret@127.0.0.1/passgate")
                                         << QStringLiteral("holds a password");
    }

    void aWrongSettingStopsAndSaysWhat()
    {
        QFETCH(QString, server);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const FixedClock clock(m_at);
        SyncWorker::Options options;
        options.settings.server = server;
        options.settings.kioskId = QStringLiteral("kiosk-1");
        options.dataDir = dir.path();
        options.clock = &clock;
        SyncWorker worker(options);
        const SyncStatus status = firstFailure(worker);
        QCOMPARE(int(status.state), int(SyncStatus::State::Stopped));
        QVERIFY(status.problem);
        QCOMPARE(syncCodeName(status.problem->code), syncCodeName(SyncCode::BadSettings));
        QVERIFY2(status.problem->reason.contains(words), qPrintable(status.problem->reason));
        QVERIFY(!status.nextAttempt.isValid()); // nothing to wait for: staff must fix it
    }
};

QTEST_GUILESS_MAIN(SyncWorkerTest)
#include "tst_syncworker.moc"
