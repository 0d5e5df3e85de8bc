#include "../ledger/LedgerFixtures.h"
#include "support/TestPublisher.h"

#include "cli/DoctorChecks.h"
#include "replication/SyncPointer.h"
#include "station/CheckInStation.h"
#include "trust/BundleStore.h"
#include "trust/DemoTrust.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace passgate;
using namespace passgate::cli;
using namespace passgate::test;
using Severity = DoctorFinding::Severity;

Q_DECLARE_METATYPE(Severity)

namespace {

// The kiosk's user for most rows: whoever runs the test, so the files it makes are the kiosk's.
DoctorChecks::Account me()
{
    return {QStringLiteral("tester"), ::geteuid(), {QStringLiteral("video")}};
}

// The worst finding and the text of the first one that severe.
std::pair<Severity, QString> worst(const DoctorFindings &findings)
{
    Severity severity = Severity::Ok;
    QString text;
    for (const DoctorFinding &finding : findings) {
        if (text.isEmpty() || finding.severity > severity) {
            severity = finding.severity;
            text = finding.text;
        }
    }
    return {severity, text};
}

void write(const QString &path, const QByteArray &bytes, mode_t mode = 0600)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

QString bundlePath(const QString &dataDir)
{
    return BundleStore::installedPath(CheckInStation::trustDirectory(dataDir));
}

const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());

} // namespace

class DoctorChecksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataDir_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("otherUser");
        QTest::addColumn<bool>("systemKiosk");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says");
        QTest::newRow("fine") << "dir 0700, ledger.db 0600, trust/bundle.pgtb 0600" << false << true
                              << Severity::Ok << "owned by";
        QTest::newRow("missing, service kiosk")
            << "" << false << true << Severity::Problem << "is missing: the kiosk service cannot record";
        QTest::newRow("missing, a user's kiosk")
            << "" << false << false << Severity::Note << "does not exist yet";
        QTest::newRow("a file, not a folder")
            << "file" << false << true << Severity::Problem << "is not a folder";
        QTest::newRow("folder open to others")
            << "dir 0755" << false << true << Severity::Problem << "mode 0755";
        QTest::newRow("a file open to others")
            << "dir 0700, ledger.db 0644" << false << true << Severity::Problem
            << "1 file(s) open to other users: ledger.db (0644)";
        QTest::newRow("a refused bundle open to others")
            << "dir 0700, ledger.db 0600, trust/refused/1-signature.pgtb 0644" << false << true
            << Severity::Problem << "trust/refused/1-signature.pgtb (0644)";
        QTest::newRow("another user's folder") << "dir 0700, ledger.db 0600" << true << true
                                               << Severity::Problem << "but the kiosk runs as kiosk-x";
    }

    void dataDir()
    {
        QFETCH(QString, layout);
        QFETCH(bool, otherUser);
        QFETCH(bool, systemKiosk);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        QTemporaryDir scratch;
        const QString dir = scratch.filePath(QStringLiteral("data"));
        if (layout == u"file") {
            write(dir, "x");
        } else if (!layout.isEmpty()) {
            const QStringList parts = layout.split(QStringLiteral(", "));
            QVERIFY(QDir().mkpath(dir));
            QCOMPARE(::chmod(QFile::encodeName(dir).constData(), parts.first().mid(4).toUInt(nullptr, 8)), 0);
            for (const QString &part : parts.mid(1)) {
                const QStringList nameMode = part.split(u' ');
                write(dir + u'/' + nameMode.at(0), "data", nameMode.at(1).toUInt(nullptr, 8));
            }
        }
        const DoctorChecks::Account user =
            otherUser ? DoctorChecks::Account{QStringLiteral("kiosk-x"), ::geteuid() + 4242, {}} : me();
        const auto [found, text] = worst(DoctorChecks::dataDir(dir, user, systemKiosk));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(found, severity);
    }

    void config_data()
    {
        QTest::addColumn<QByteArray>("contents"); // empty: no file
        QTest::addColumn<bool>("otherUser");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says");
        const QByteArray setUp =
            R"({"version": 1, "venueName": "Cafe", "staffPin": "x", "policy": "kr-2022-01-03"})";
        QTest::newRow("set up") << setUp << false << Severity::Ok << "venue \"Cafe\" (cafe), counter mode";
        QTest::newRow("not written yet") << QByteArray() << false << Severity::Note << "is not written yet";
        QTest::newRow("not set up") << QByteArray(R"({"version": 1})") << false << Severity::Note
                                    << "not set up yet";
        QTest::newRow("not JSON") << QByteArray("{") << false << Severity::Problem << "config.json";
        QTest::newRow("a wrong setting")
            << QByteArray(R"({"version": 1, "venueName": "Cafe", "staffPin": "x", "retentionDays": -3})")
            << false << Severity::Problem << "retentionDays";
        QTest::newRow("the kiosk cannot write it") << setUp << true << Severity::Problem << "cannot write it";
    }

    void config()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, otherUser);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        QTemporaryDir scratch;
        const QString path = scratch.filePath(QStringLiteral("config.json"));
        if (!contents.isEmpty())
            write(path, contents, 0640);
        const DoctorChecks::Account user =
            otherUser ? DoctorChecks::Account{QStringLiteral("kiosk-x"), ::geteuid() + 4242, {}} : me();
        KioskConfig read;
        const auto [found, text] = worst(DoctorChecks::config(path, user, read));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(found, severity);
    }

    void trust_data()
    {
        QTest::addColumn<QString>("bundle"); // none, demo, fresh, old, expired, tampered, other-publisher
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says");
        QTest::newRow("none, demo pins") << "none-demo" << Severity::Note << "installs the DEMO trust list";
        QTest::newRow("none, venue pins") << "none" << Severity::Problem << "no trust list";
        QTest::newRow("fresh") << "fresh" << Severity::Ok << "bundle 7 from";
        QTest::newRow("older than the warning age") << "old" << Severity::Problem << "older than the 48 h";
        QTest::newRow("expired") << "expired" << Severity::Problem << "expired:";
        QTest::newRow("tampered") << "tampered" << Severity::Problem << "does not verify";
        QTest::newRow("signed by a key not pinned")
            << "other-publisher" << Severity::Problem << "does not verify";
        QTest::newRow("the demo list") << "demo" << Severity::Note << "the DEMO trust list";
    }

    void trust()
    {
        QFETCH(QString, bundle);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        static const TestPublisher publisher = TestPublisher::generate();
        QTemporaryDir dataDir;
        KioskConfig config;
        if (!bundle.endsWith(u"demo"))
            config.trustPublisherKeys = {QString::fromLatin1(publisher.publicKeyPem())};
        if (bundle == u"fresh")
            write(bundlePath(dataDir.path()), publisher.build(7, now.addSecs(-3 * 3600)));
        else if (bundle == u"old")
            write(bundlePath(dataDir.path()), publisher.build(7, now.addSecs(-100 * 3600)));
        else if (bundle == u"expired")
            write(bundlePath(dataDir.path()), publisher.build(7, now.addDays(-40), 30));
        else if (bundle == u"tampered") {
            QByteArray bytes = publisher.build(7, now.addSecs(-3600));
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
            write(bundlePath(dataDir.path()), bytes);
        } else if (bundle == u"other-publisher")
            write(bundlePath(dataDir.path()), TestPublisher::generate().build(7, now.addSecs(-3600)));
        else if (bundle == u"demo")
            write(bundlePath(dataDir.path()), demo::bundle());
        DoctorChecks::TrustFacts facts;
        const auto [found, text] = worst(DoctorChecks::trust(dataDir.path(), config, now, facts));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(found, severity);
        QCOMPARE(facts.issued.isValid(),
                 bundle == u"fresh" || bundle == u"old" || bundle == u"expired" || bundle == u"demo");
    }

    void ledger_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says");
        QTest::newRow("none yet") << "none" << Severity::Note << "none yet";
        QTest::newRow("three check-ins")
            << "entries" << Severity::Ok << "3 check-in(s), 0 event(s), newest 2026-03-01";
        QTest::newRow("from an older passgate")
            << "schema-1" << Severity::Note << "upgrades it at its next start";
        QTest::newRow("from a newer passgate")
            << "schema-99" << Severity::Problem << "written by a newer passgate";
        QTest::newRow("an entry altered") << "altered" << Severity::Problem << "altered";
        QTest::newRow("not a ledger")
            << "garbage" << Severity::Problem << "corrupt: the ledger database is damaged";
    }

    void ledger()
    {
        QFETCH(QString, state);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        test::Venue venue;
        if (state != u"none" && state != u"garbage") {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            for (int i = 0; i < 3; ++i)
                QVERIFY(ledger->append(checkIn(venue, qrEvidence())).ok());
        }
        if (state == u"garbage")
            write(venue.databasePath(), QByteArray(8192, 'x'));
        else if (state == u"schema-1")
            QVERIFY(
                RawDatabase(venue.databasePath()).exec("DROP TABLE schema_history; PRAGMA user_version = 1"));
        else if (state == u"schema-99")
            QVERIFY(RawDatabase(venue.databasePath()).exec("PRAGMA user_version = 99"));
        else if (state == u"altered")
            QVERIFY(RawDatabase(venue.databasePath())
                        .exec("UPDATE entries SET verdict = 'admit-x' WHERE id = 2"));
        DoctorChecks::LedgerFacts facts;
        const auto [found, text] = worst(DoctorChecks::ledger(venue.dataDir(), facts));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(found, severity);
        QCOMPARE(facts.newest.isValid(), state == u"entries" || state == u"altered");
    }

    void clock_data()
    {
        QTest::addColumn<int>("ledgerAheadSeconds"); // the newest entry this far after now; 0: no ledger
        QTest::addColumn<int>("trustAheadSeconds");
        QTest::addColumn<bool>("synchronised");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says");
        QTest::newRow("synchronised")
            << 0 << 0 << true << Severity::Ok << "2026-12-01 12:00:00 UTC, synchronised";
        QTest::newRow("entries a minute ago") << -60 << -7200 << true << Severity::Ok << "synchronised";
        QTest::newRow("a minute of rounding") << 60 << 0 << true << Severity::Ok << "synchronised";
        QTest::newRow("behind the ledger")
            << 86400 << 0 << true << Severity::Problem << "before the ledger's newest";
        QTest::newRow("behind the trust list")
            << 0 << 3 * 86400 << true << Severity::Problem << "before the trust list was issued";
        QTest::newRow("not synchronised") << 0 << 0 << false << Severity::Note << "not synchronised";
    }

    void clock()
    {
        QFETCH(int, ledgerAheadSeconds);
        QFETCH(int, trustAheadSeconds);
        QFETCH(bool, synchronised);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        DoctorChecks::TrustFacts trust;
        DoctorChecks::LedgerFacts ledger;
        if (trustAheadSeconds != 0)
            trust.issued = now.addSecs(trustAheadSeconds);
        if (ledgerAheadSeconds != 0)
            ledger.newest = now.addSecs(ledgerAheadSeconds);
        const auto [found, text] = worst(DoctorChecks::clock(now, {true, synchronised}, trust, ledger));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(found, severity);
    }

    void replication_data()
    {
        QTest::addColumn<QString>("server"); // empty: off
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("passwordMode");  // 0: no password file
        QTest::addColumn<bool>("otherOwner");   // the password file belongs to another user
        QTest::addColumn<bool>("acknowledged"); // sync-state.json holds an acknowledgement
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says");
        const QString local = QStringLiteral("host=127.0.0.1 dbname=passgate user=k");
        const QString pin = QStringLiteral("ab").repeated(32);
        QTest::newRow("off") << QString() << QString() << 0 << false << false << Severity::Ok << "off";
        QTest::newRow("on, acknowledged")
            << local << QString() << 0600 << false << true << Severity::Ok << "held entries up to 42";
        QTest::newRow("on, nothing yet")
            << local << QString() << 0600 << false << false << Severity::Note << "nothing acknowledged yet";
        QTest::newRow("another machine, pinned")
            << QStringLiteral("host=db.passgate.invalid") << pin << 0600 << false << false << Severity::Note
            << "nothing acknowledged yet";
        QTest::newRow("another machine, no anchor")
            << QStringLiteral("host=db.passgate.invalid") << QString() << 0600 << false << false
            << Severity::Problem << "syncServerCa";
        QTest::newRow("password file open to others")
            << local << QString() << 0644 << false << false << Severity::Problem << "chmod 600";
        QTest::newRow("password file of another user")
            << local << QString() << 0600 << true << false << Severity::Problem << "cannot read it";
    }

    void replication()
    {
        QFETCH(QString, server);
        QFETCH(QString, pin);
        QFETCH(int, passwordMode);
        QFETCH(bool, otherOwner);
        QFETCH(bool, acknowledged);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        QTemporaryDir scratch;
        KioskConfig config;
        config.kioskId = QStringLiteral("kiosk-1");
        config.syncServer = server;
        config.syncServerPin = pin;
        if (passwordMode != 0) {
            config.syncPasswordFile = scratch.filePath(QStringLiteral("sync-password"));
            write(config.syncPasswordFile, "secret\n", mode_t(passwordMode));
        }
        const QString dataDir = scratch.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(dataDir));
        if (acknowledged)
            QVERIFY((SyncPointer{server, config.kioskId, 42, now}.save(dataDir).ok()));
        DoctorChecks::Account user = me();
        if (otherOwner)
            user = DoctorChecks::Account{QStringLiteral("kiosk-x"), ::geteuid() + 4242, {}};
        const auto [found, text] = worst(DoctorChecks::replication(dataDir, config, user));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(found, severity);
    }

    void kioskService_data()
    {
        QTest::addColumn<bool>("unitInstalled");
        QTest::addColumn<QString>("enabledOn"); // empty: not enabled
        QTest::addColumn<bool>("userExists");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says");
        const QStringList both = {QStringLiteral("video"), QStringLiteral("input")};
        QTest::newRow("built from source")
            << false << "" << true << both << Severity::Note << "not installed";
        QTest::newRow("installed, not enabled")
            << true << "" << true << both << Severity::Note << "but not enabled";
        QTest::newRow("enabled on tty7")
            << true << "tty7" << true << both << Severity::Ok << "enabled on tty7";
        QTest::newRow("no kiosk user")
            << true << "tty7" << false << both << Severity::Problem << "does not exist";
        QTest::newRow("user not in video") << true << "tty7" << true << QStringList{QStringLiteral("input")}
                                           << Severity::Problem << "cannot open cameras";
        QTest::newRow("user not in input") << true << "tty2" << true << QStringList{QStringLiteral("video")}
                                           << Severity::Note << "USB scanner";
    }

    void kioskService()
    {
        QFETCH(bool, unitInstalled);
        QFETCH(QString, enabledOn);
        QFETCH(bool, userExists);
        QFETCH(QStringList, groups);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        QTemporaryDir root;
        DoctorChecks::ServiceLayout layout;
        layout.unitDirs = {root.filePath(QStringLiteral("lib/systemd/system"))};
        layout.enabledDir = root.filePath(QStringLiteral("etc/systemd/system"));
        if (unitInstalled)
            write(layout.unitDirs.first() + QStringLiteral("/passgate-kiosk@.service"), "[Service]\n", 0644);
        if (!enabledOn.isEmpty()) {
            const QString wants = layout.enabledDir + QStringLiteral("/graphical.target.wants");
            QVERIFY(QDir().mkpath(wants));
            QVERIFY(QFile::link(layout.unitDirs.first() + QStringLiteral("/passgate-kiosk@.service"),
                                wants + QStringLiteral("/passgate-kiosk@%1.service").arg(enabledOn)));
        }
        DoctorChecks::Account user{QStringLiteral("passgate"), std::nullopt, groups};
        if (userExists)
            user.uid = 4242;
        const auto [found, text] = worst(DoctorChecks::kioskService(layout, user, true));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(found, severity);
    }
};

QTEST_GUILESS_MAIN(DoctorChecksTest)
#include "tst_doctorchecks.moc"
