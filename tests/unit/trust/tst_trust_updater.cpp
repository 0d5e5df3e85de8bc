#include "HttpTestServer.h"
#include "support/TestPublisher.h"

#include "policy/ClockSanity_p.h"
#include "policy/PolicyCatalog.h"
#include "trust/BundleStore.h"
#include "trust/PassRevocation.h"
#include "trustupdate/TrustUpdater.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace std::chrono_literals;
using passgate::test::TestPublisher;
using Mode = HttpTestServer::Response::Mode;

Q_DECLARE_METATYPE(HttpTestServer::Response)

namespace {

const QDateTime issued(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());

HttpTestServer::Response respond(int status, const QByteArray &body = {}, Mode mode = Mode::Normal,
                                 QMap<QByteArray, QByteArray> headers = {})
{
    HttpTestServer::Response response;
    response.status = status;
    response.body = body;
    response.mode = mode;
    response.headers = std::move(headers);
    response.cutAfter = body.size() / 2;
    return response;
}

// One check-in as the kiosk does it, against whatever bundle is in force at that moment.
Decision checkIn(const BundleStore &store, const Policy &policy, const QDateTime &now)
{
    const std::shared_ptr<const TrustBundle> bundle = store.current();
    Evidence evidence;
    DecodedPass pass;
    pass.certificateId = QStringLiteral("URN:UVCI:01:KR:UPDATER#1");
    pass.issuerCountry = QStringLiteral("KR");
    TestResult test;
    test.disease = QStringLiteral("840539006");
    test.testType = QStringLiteral("LP6464-4");
    test.result = QStringLiteral("260415000");
    test.sampleTime = now.addSecs(-3600);
    pass.statement = test;
    if (bundle && isRevoked(bundle->revocations, pass)) {
        Decision revoked;
        revoked.reasons = {{revokedReason, {}}};
        return revoked;
    }
    evidence.passes.append(pass);
    const Decision decision = policy.decide(evidence, Venue{QStringLiteral("pcbang"), QTimeZone::utc()}, now);
    TimeReferences references;
    if (bundle) {
        references.bundleIssued = bundle->issued;
        references.bundleExpires = bundle->expires;
    }
    return checkClockAndTrust(decision, now, references);
}

} // namespace

// The updater against a real HTTP server on 127.0.0.1: after every kind of answer the kiosk's
// bundle is the expected one, and check-ins keep being decided while a fetch is under way.
class TrustUpdaterTest : public QObject
{
    Q_OBJECT

private:
    TestPublisher m_publisher = TestPublisher::generate();
    TestPublisher m_stranger = TestPublisher::generate();
    // ECDSA signatures are randomised: the installed bundle is built once so it can be served again.
    QByteArray m_first = m_publisher.build(1, issued);
    std::shared_ptr<const Policy> m_policy;

    TrustUpdaterSettings settings(const HttpTestServer &server) const
    {
        TrustUpdaterSettings s;
        s.url = server.url();
        s.timeout = 2s;
        s.maxBytes = 256 * 1024;
        s.interval = 3600s;
        s.jitter = 0s;
        s.backoffBase = 1s;
        s.backoffCap = 8s;
        return s;
    }

    static bool runAttempt(TrustUpdater &updater)
    {
        QSignalSpy finished(&updater, &TrustUpdater::attemptFinished);
        updater.checkNow();
        return finished.wait(15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto policy = PolicyCatalog::builtIn().find(QStringLiteral("hospital-visitor"));
        QVERIFY(policy.ok());
        m_policy = *policy;
    }

    void answers_data()
    {
        QTest::addColumn<HttpTestServer::Response>("response");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("detail");   // start of lastResultDetail; "" none, "*" any
        QTest::addColumn<quint64>("sequence"); // installed afterwards
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("keptAside");

        const QByteArray newer = m_publisher.build(2, issued.addDays(1));
        QByteArray tampered = newer;
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x20);
        BundleContents large;
        large.sequence = 3;
        large.issued = issued;
        large.expires = issued.addDays(10);
        for (int i = 0; i < 20'000; ++i) {
            RevocationList::Hash hash{};
            hash[0] = std::uint8_t(i >> 8);
            hash[1] = std::uint8_t(i);
            large.revocations.add(RevocationHashType::Uci, hash);
        }
        large.revocations.finish();

        QTest::newRow("200 newer bundle") << respond(200, newer) << "installed"
                                          << "" << quint64(2) << 0 << 0;
        QTest::newRow("304 not modified") << respond(304) << "not-modified"
                                          << "" << quint64(1) << 0 << 0;
        QTest::newRow("500") << respond(500, "oops") << "http-error"
                             << "500" << quint64(1) << 1 << 0;
        QTest::newRow("404") << respond(404, "nothing") << "http-error"
                             << "404" << quint64(1) << 1 << 0;
        QTest::newRow("hanging") << respond(200, newer, Mode::Hang) << "timeout"
                                 << "no complete answer within 2 s" << quint64(1) << 1 << 0;
        QTest::newRow("truncated body") << respond(200, newer, Mode::Truncate) << "network-error"
                                        << "*" << quint64(1) << 1 << 0;
        QTest::newRow("tampered bundle") << respond(200, tampered) << "refused"
                                         << "bad-signature" << quint64(1) << 1 << 1;
        QTest::newRow("other publisher") << respond(200, m_stranger.build(5, issued)) << "refused"
                                         << "unknown-publisher" << quint64(1) << 1 << 1;
        QTest::newRow("older sequence, changed")
            << respond(200, m_publisher.build(1, issued.addDays(2))) << "refused"
            << "rollback" << quint64(1) << 1 << 1;
        QTest::newRow("expired") << respond(200, m_publisher.build(6, issued.addDays(-60))) << "refused"
                                 << "expired" << quint64(1) << 1 << 1;
        QTest::newRow("an error page") << respond(200, "<html>maintenance</html>") << "refused"
                                       << "malformed" << quint64(1) << 1 << 1;
        QTest::newRow("too large") << respond(200, m_publisher.build(std::move(large))) << "too-large"
                                   << "announced" << quint64(1) << 1 << 0;
        QTest::newRow("the installed bundle again") << respond(200, m_first) << "already-installed"
                                                    << "" << quint64(1) << 0 << 0;
    }
    void answers()
    {
        QFETCH(HttpTestServer::Response, response);
        QFETCH(QString, result);
        QFETCH(QString, detail);
        QFETCH(quint64, sequence);
        QFETCH(int, failures);
        QFETCH(int, keptAside);

        QTemporaryDir dir;
        FixedClock clock(issued.addDays(3));
        BundleStore store(dir.path(), m_publisher.pins(), clock);
        QVERIFY(store.install(m_first, QStringLiteral("setup")).ok());
        HttpTestServer server;
        QVERIFY(server.listening());
        server.enqueue(response);
        TrustUpdater updater(store, clock, settings(server));

        QSignalSpy finished(&updater, &TrustUpdater::attemptFinished);
        updater.checkNow();
        QVERIFY(updater.busy());
        // Check-ins go on while the request is out (and, for a download, while it installs).
        int decided = 0;
        while (finished.isEmpty() && decided < 10'000) {
            const Decision decision = checkIn(store, *m_policy, clock.now());
            QCOMPARE(decision.verdict, Verdict::Admit);
            ++decided;
            QTest::qWait(10);
        }
        if (finished.isEmpty())
            QVERIFY(finished.wait(15000));
        QVERIFY(decided > 0);

        QCOMPARE(updater.lastResult(), result);
        if (detail != u"*")
            QVERIFY2(detail.isEmpty() ? updater.lastResultDetail().isEmpty()
                                      : updater.lastResultDetail().startsWith(detail),
                     qPrintable(updater.lastResultDetail()));
        QCOMPARE(store.installedInfo().sequence, sequence);
        QCOMPARE(updater.bundleSequence(), qint64(sequence));
        QCOMPARE(updater.consecutiveFailures(), failures);
        QCOMPARE(updater.busy(), false);
        QCOMPARE(updater.lastAttempt(), clock.now());
        QCOMPARE(updater.lastSuccess().isValid(), failures == 0);
        QCOMPARE(QDir(store.refusedDirectory()).entryList({QStringLiteral("*.pgtb")}).size(), keptAside);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().method, QByteArray("GET"));
        // The bundle in force after the answer is what check-ins use.
        QCOMPARE(checkIn(store, *m_policy, clock.now()).verdict, Verdict::Admit);
    }

    void asksConditionallyAfterAnInstall()
    {
        QTemporaryDir dir;
        FixedClock clock(issued.addDays(3));
        BundleStore store(dir.path(), m_publisher.pins(), clock);
        HttpTestServer server;
        server.enqueue(
            respond(200, m_publisher.build(3, issued), Mode::Normal,
                    {{"ETag", "\"bundle-3\""}, {"Last-Modified", "Sun, 01 Mar 2026 00:00:00 GMT"}}));
        server.enqueue(respond(304));
        server.enqueue(respond(200, "garbage", Mode::Normal, {{"ETag", "\"garbage\""}}));
        server.enqueue(respond(500));
        TrustUpdater updater(store, clock, settings(server));

        QVERIFY(runAttempt(updater));
        QCOMPARE(updater.lastResult(), QStringLiteral("installed"));
        QVERIFY(!server.requests().at(0).headers.contains("if-none-match"));
        QVERIFY(runAttempt(updater));
        QCOMPARE(updater.lastResult(), QStringLiteral("not-modified"));
        QCOMPARE(server.requests().at(1).headers.value("if-none-match"), QByteArray("\"bundle-3\""));
        QCOMPARE(server.requests().at(1).headers.value("if-modified-since"),
                 QByteArray("Sun, 01 Mar 2026 00:00:00 GMT"));
        QVERIFY(runAttempt(updater));
        QCOMPARE(updater.lastResult(), QStringLiteral("refused"));
        // A refused download names nothing: the next request still asks for bundle-3's successor.
        QVERIFY(runAttempt(updater));
        QCOMPARE(server.requests().at(3).headers.value("if-none-match"), QByteArray("\"bundle-3\""));
        QCOMPARE(store.installedInfo().sequence, quint64(3));
    }

    void backsOffExponentiallyWithACap()
    {
        HttpTestServer server;
        QTemporaryDir dir;
        FixedClock clock(issued);
        BundleStore store(dir.path(), m_publisher.pins(), clock);
        TrustUpdaterSettings s = settings(server);
        s.interval = 6h;
        s.backoffBase = 60s;
        s.backoffCap = 30min;
        TrustUpdater updater(store, clock, s);
        QCOMPARE(updater.delayAfter(0), std::chrono::seconds(6h));
        QCOMPARE(updater.delayAfter(1), 60s);
        QCOMPARE(updater.delayAfter(2), 120s);
        QCOMPARE(updater.delayAfter(3), 240s);
        QCOMPARE(updater.delayAfter(5), 960s);
        QCOMPARE(updater.delayAfter(6), std::chrono::seconds(30min));
        QCOMPARE(updater.delayAfter(40), std::chrono::seconds(30min));
    }

    void retriesOnScheduleWithJitter()
    {
        HttpTestServer server;
        server.setFallback(respond(500));
        QTemporaryDir dir;
        FixedClock clock(issued);
        BundleStore store(dir.path(), m_publisher.pins(), clock);
        TrustUpdaterSettings s = settings(server);
        s.backoffBase = 1s;
        s.jitter = 60s; // capped at half the delay: 0.5 s either side
        TrustUpdater updater(store, clock, s);
        updater.seedJitter(7);
        QSignalSpy finished(&updater, &TrustUpdater::attemptFinished);
        updater.start(0ms);
        QVERIFY(finished.wait(5000));
        QCOMPARE(updater.consecutiveFailures(), 1);
        const qint64 delay = clock.now().msecsTo(updater.nextAttempt());
        QVERIFY2(delay >= 500 && delay <= 1500, qPrintable(QString::number(delay)));
        QVERIFY(finished.wait(5000)); // the retry came by itself
        QCOMPARE(updater.consecutiveFailures(), 2);
        QCOMPARE(server.requests().size(), 2);
        const qint64 second = clock.now().msecsTo(updater.nextAttempt());
        QVERIFY2(second >= 1000 && second <= 3000, qPrintable(QString::number(second)));
        updater.stop();
        QVERIFY(!finished.wait(3500)); // stopped: the scheduled retry does not come
        QCOMPARE(server.requests().size(), 2);
    }

    void exposesTheBundleAgeForStaff()
    {
        HttpTestServer server;
        QTemporaryDir dir;
        FixedClock clock(issued.addDays(1));
        BundleStore store(dir.path(), m_publisher.pins(), clock);
        TrustUpdaterSettings s = settings(server);
        s.warnAge = 48h;
        TrustUpdater empty(store, clock, s);
        QCOMPARE(empty.bundlePresent(), false);
        QCOMPARE(empty.bundleAgeSeconds(), qint64(-1));
        QCOMPARE(empty.bundleStale(), false);

        QVERIFY(store.install(m_publisher.build(1, issued, 10), QStringLiteral("setup")).ok());
        TrustUpdater updater(store, clock, s);
        QCOMPARE(updater.bundlePresent(), true);
        QCOMPARE(updater.bundleAgeSeconds(), qint64(24 * 3600));
        QCOMPARE(updater.bundleStale(), false);
        clock.set(issued.addSecs(48 * 3600 + 1));
        QCOMPARE(updater.bundleStale(), true);
        QCOMPARE(updater.bundleExpired(), false);
        clock.set(issued.addDays(10));
        QCOMPARE(updater.bundleExpired(), true);
        QCOMPARE(updater.property("bundleExpired").toBool(), true);
        QCOMPARE(updater.property("bundleSequence").toLongLong(), qint64(1));
        // Past its expiry the bundle stays in force but nothing is admitted without staff.
        const Decision decision = checkIn(store, *m_policy, clock.now());
        QCOMPARE(decision.verdict, Verdict::StaffCheck);
        QCOMPARE(decision.reasons.first().code, QStringLiteral("trust-list-expired"));
    }
};

QTEST_GUILESS_MAIN(TrustUpdaterTest)
#include "tst_trust_updater.moc"
