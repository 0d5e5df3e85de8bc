#include "crypto/X25519Key.h"
#include "kiosk/CheckInController.h"
#include "kiosk/CheckInLogModel.h"
#include "kiosk/KioskAssembly.h"
#include "kiosk/KioskServices.h"
#include "kiosk/KioskSettings.h"
#include "kiosk/KioskStatus.h"
#include "kiosk/ScanController.h"
#include "kiosk/StaffAccess.h"
#include "kiosk/VerdictView.h"
#include "ledger/Ledger.h"
#include "ledger/VenueKeys.h"
#include "scan/KeyboardWedgeDetector.h"
#include "station/KioskConfig.h"
#include "trust/BundleVerifier.h"
#include "trust/DemoTrust.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QTimeZone>
#include <sys/stat.h>

using namespace passgate;
using namespace Qt::StringLiterals;

namespace {

// The newest check-in as another program reads it from the ledger on disk.
std::optional<LedgerEntry> lastCheckIn(const QString &dataDir, const Clock &clock)
{
    LedgerOptions options;
    options.dataDir = dataDir;
    options.access = LedgerOptions::Access::ReadOnly;
    options.onCorrupt = LedgerOptions::OnCorrupt::Refuse;
    auto ledger = Ledger::open(options, clock);
    if (!ledger)
        return std::nullopt;
    auto entries =
        ledger->entries(clock.now().addYears(-1), clock.now().addYears(1), Ledger::Kinds::CheckIns);
    if (!entries || entries->isEmpty())
        return std::nullopt;
    return entries->constLast();
}

// The one owner key file in `folder` (named after the key: owner-private-key-<key id>.pem).
QString ownerKeyIn(const QString &folder)
{
    const QStringList keys = QDir(folder).entryList({QStringLiteral("owner-private-key-*.pem")}, QDir::Files);
    return keys.size() == 1 ? QDir(folder).filePath(keys.first()) : QString();
}

QString noticeMatching(const KioskStatus &status, const QString &needle)
{
    for (const QString &notice : status.staffNotices())
        if (notice.contains(needle))
            return notice;
    return {};
}

} // namespace

// KioskAssembly's wiring without QML: keys on first start, the ledger's recovery told to staff, and the
// demo trust list giving every bundled demo pass its documented verdict (resources/demo/README.md).
class KioskAssemblyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc())};
    std::unique_ptr<KioskAssembly> m_demo; // one kiosk for the demo pass rows

    std::unique_ptr<KioskAssembly> startIn(const QString &name)
    {
        KioskOptions options;
        options.source = QStringLiteral("demo");
        options.dataDir = m_dir.filePath(name + QStringLiteral("/data"));
        options.configPath = m_dir.filePath(name + QStringLiteral("/config.json"));
        options.pinIterations = 1000;
        auto runtime = std::make_unique<KioskAssembly>(options, m_clock);
        auto started = runtime->start();
        if (!started) {
            qWarning("start: %s", qPrintable(started.error()));
            return nullptr;
        }
        return runtime;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // An hour after the demo bundle was issued (the file says when): inside its validity and the
        // demo PCR test's 48 hours.
        auto pins = PublisherKeys::fromPem(demo::publisherPublicKeyPem());
        QVERIFY(pins.ok());
        auto probe =
            verifyBundle(demo::bundle(), *pins, QDateTime::currentDateTimeUtc(), ExpiryCheck::Ignore);
        QVERIFY(probe.ok());
        m_clock.set(probe->issued.addSecs(3600));
    }

    // A video source on a gstreamer backend that lacks what Qt's video path makes: the source is
    // not started (Qt would crash on it) and the status bar says what is missing, in red.
    void missingMediaPiecesAreShownNotCrashedOn()
    {
        const QByteArray previous = qgetenv("QT_MEDIA_BACKEND");
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
        KioskOptions options;
        options.source = QStringLiteral("video:") + m_dir.filePath(QStringLiteral("passes.mp4"));
        options.dataDir = m_dir.filePath(QStringLiteral("gst/data"));
        options.configPath = m_dir.filePath(QStringLiteral("gst/config.json"));
        options.pinIterations = 1000;
        options.gstElements = [](const char *element) { return QByteArrayView(element) == "queue"; };
        KioskAssembly runtime(options, m_clock);
        const auto started = runtime.start();
        qputenv("QT_MEDIA_BACKEND", previous);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error()));
        runtime.attachWindow(nullptr);
        const KioskStatus &status = *runtime.kiosk()->status();
        QCOMPARE(status.cameraState(), KioskStatus::State::Error);
        QVERIFY2(status.cameraText().contains(u"videoconvert") &&
                     status.cameraText().contains(u"gstreamer1.0-plugins-base"),
                 qPrintable(status.cameraText()));
        QVERIFY(runtime.kiosk()->scan()->state() != FrameSource::State::Running);
    }

    // A clock far behind (a battery-less PC after a power cut): the status bar says so in red,
    // with the time the kiosk believes, and a demo pass goes to staff about the clock.
    void clockBehindIsShownAndAskedAbout()
    {
        const QDateTime previous = m_clock.now();
        m_clock.set(QDateTime(QDate(2001, 1, 1), QTime(9, 30), QTimeZone::utc()));
        auto runtime = startIn(QStringLiteral("clock"));
        QVERIFY(runtime);
        const KioskStatus &status = *runtime->kiosk()->status();
        QCOMPARE(status.trustState(), KioskStatus::State::Error);
        QVERIFY2(status.trustText().contains(u"2001-01-01"), qPrintable(status.trustText()));
        runtime->kiosk()->checkIn()->submitPayload(demo::passes().first().payload);
        QCOMPARE(runtime->kiosk()->checkIn()->verdict()->kind(), VerdictView::Kind::StaffCheck);
        m_clock.set(previous);
    }

    // Whatever the umask: the data and config folders are 0700, the ledger (with its WAL and
    // shared memory), the config (staff PIN record) and the keys 0600. A folder that was already
    // open to others stays as it was and is a staff notice.
    void filesAreTheKioskUsersOnly()
    {
        const mode_t previous = ::umask(022);
        const QString root = m_dir.filePath(QStringLiteral("modes"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/shared")));
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/shared"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther));
        KioskOptions options;
        options.source = QStringLiteral("demo");
        options.dataDir = root + QStringLiteral("/data");
        options.configPath = root + QStringLiteral("/shared/config.json");
        options.pinIterations = 1000;
        auto runtime = std::make_unique<KioskAssembly>(options, m_clock);
        QVERIFY(runtime->start().ok());
        runtime->kiosk()->checkIn()->submitPayload(demo::passes().first().payload);
        ::umask(previous);
        const auto mode = [](const QString &path) {
            struct stat status
            {};
            return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777)
                                                                             : -1;
        };
        QCOMPARE(mode(options.dataDir), 0700);
        for (const QString &file : {QStringLiteral("ledger.db"), QStringLiteral("ledger.db-wal"),
                                    QStringLiteral("ledger.db-shm"), VenueKeys::SecretFileName})
            QVERIFY2(
                mode(options.dataDir + u'/' + file) == 0600,
                qPrintable(file + QStringLiteral(": %1").arg(mode(options.dataDir + u'/' + file), 0, 8)));
        QCOMPARE(mode(options.configPath), 0600);
        const QStringList notices = runtime->kiosk()->status()->staffNotices();
        QVERIFY2(
            !noticeMatching(*runtime->kiosk()->status(), u"can open "_s + root + u"/shared,"_s).isEmpty(),
            qPrintable(notices.join(u'\n')));
        QVERIFY(noticeMatching(*runtime->kiosk()->status(), u"can open "_s + options.dataDir).isEmpty());
    }

    // After a first start, a start on another data dir with the same config makes that dir's own
    // keys (beside the first key, not over it) and records check-ins; before, it found the key name
    // taken and every visitor got "not-recorded, ledger-missing".
    void anotherDataDirGetsItsOwnKeys()
    {
        const QString root = m_dir.filePath(QStringLiteral("two-dirs"));
        QStringList keyFiles;
        for (const QString &data : {QStringLiteral("/first"), QStringLiteral("/second")}) {
            KioskOptions options;
            options.source = QStringLiteral("demo");
            options.dataDir = root + data;
            options.configPath = root + QStringLiteral("/config.json");
            options.pinIterations = 1000;
            KioskAssembly runtime(options, m_clock);
            QVERIFY(runtime.start().ok());
            runtime.kiosk()->checkIn()->submitPayload(demo::passes().first().payload);
            QVERIFY2(!runtime.kiosk()->checkIn()->blocked(), qPrintable(data));
            QCOMPARE(runtime.kiosk()->log()->count(), 1);
            keyFiles = QDir(root).entryList({QStringLiteral("owner-private-key-*.pem")}, QDir::Files);
        }
        QCOMPARE(keyFiles.size(), 2);
    }

    // A ledger that truly cannot open (here: a second kiosk on the same data dir) is a setup
    // problem on screen with its fix, and no check-in is run: no stream of red "not recorded"
    // verdicts for visitors.
    void noLedgerIsASetupProblemNotRedVerdicts()
    {
        auto first = startIn(QStringLiteral("shared"));
        QVERIFY(first);
        auto second = startIn(QStringLiteral("shared"));
        QVERIFY(second);
        QVERIFY(first->kiosk()->status()->setupProblem().isEmpty());
        const QString problem = second->kiosk()->status()->setupProblem();
        QVERIFY2(problem.contains(u"in use") && problem.contains(u"--data-dir"), qPrintable(problem));
        second->kiosk()->checkIn()->submitPayload(demo::passes().first().payload);
        QCOMPARE(second->kiosk()->checkIn()->verdict()->kind(), VerdictView::Kind::None);
        QVERIFY(!second->kiosk()->checkIn()->blocked());
        QVERIFY(!second->kiosk()->checkIn()->checkInByPhone(QStringLiteral("010-1234-5678")));
    }

    // A settings file with wrong values (a hand edit): the kiosk starts, says on screen which settings
    // are wrong, and runs no check-in by rules the venue did not choose.
    void wrongSettingsAreASetupProblem()
    {
        const QString folder = m_dir.filePath(QStringLiteral("wrong-settings"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"retentionDays": "14", "verdictSeconds": "abc", "mode": 5, "sounds": "no",
                       "policy": "no-such-policy"})");
        file.close();
        auto kiosk = startIn(QStringLiteral("wrong-settings"));
        QVERIFY(kiosk);
        const QString problem = kiosk->kiosk()->status()->setupProblem();
        for (const QString &key :
             {u"retentionDays"_s, u"verdictSeconds"_s, u"mode"_s, u"sounds"_s, u"policy"_s})
            QVERIFY2(problem.contains(key), qPrintable(problem));
        QVERIFY2(problem.contains(u"no-such-policy") && problem.contains(u"config check"),
                 qPrintable(problem));
        kiosk->kiosk()->checkIn()->submitPayload(demo::passes().first().payload);
        QCOMPARE(kiosk->kiosk()->checkIn()->verdict()->kind(), VerdictView::Kind::None);
        QVERIFY(!kiosk->kiosk()->checkIn()->checkInByPhone(QStringLiteral("010-1234-5678")));
    }

    // Passes from the demo source are decided and shown, marked as a demonstration, and never
    // recorded: today's count and the ledger (so stats and the contact export) stay empty.
    void demoPassesAreNotRecorded()
    {
        auto runtime = startIn(QStringLiteral("demo-only"));
        QVERIFY(runtime);
        CheckInController &checkIn = *runtime->kiosk()->checkIn();
        for (const demo::DemoPass &pass : demo::passes())
            checkIn.submitDemoPayload(pass.payload);
        QCOMPARE(checkIn.verdict()->kind(), VerdictView::Kind::Deny); // the last demo pass: revoked
        QVERIFY(!checkIn.verdict()->recorded());
        QVERIFY(checkIn.verdict()->demonstration());
        QVERIFY(!checkIn.blocked());
        QCOMPARE(runtime->kiosk()->log()->count(), 0);
        runtime.reset();
        LedgerOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("demo-only/data"));
        options.access = LedgerOptions::Access::ReadOnly;
        auto ledger = Ledger::open(options, m_clock);
        QVERIFY(ledger.ok());
        auto stats = ledger->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->checkIns, qint64(0));
    }

    // What arrives as a burst of keys and is no pass (someone typing fast, a poster's web address, a
    // product barcode) is answered "not a pass" and is no ledger entry; a certificate of another kind
    // (hcert context "HC2:") is a visitor's pass and is refused and recorded as before.
    void burstsThatAreNoPassAreNotCheckIns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<QString>("words");
        QTest::newRow("typed fast") << u"hello passgate"_s << false << u"not a pass this kiosk can read"_s;
        QTest::newRow("web address") << u"https://menu.passgate.invalid/today"_s << false
                                     << u"a web address"_s;
        QTest::newRow("www") << u"www.passgate.invalid"_s << false << u"a web address"_s;
        QTest::newRow("Korean typed")
            << u"안녕하세요 여러분"_s << false << u"not a pass this kiosk can read"_s;
        QTest::newRow("product barcode")
            << u"8801234567893"_s << false << u"not a pass this kiosk can read"_s;
        QTest::newRow("another hcert context") << u"HC2:6BFOXN*TS0BI"_s << true << QString();
    }

    void burstsThatAreNoPassAreNotCheckIns()
    {
        QFETCH(QString, text);
        QFETCH(bool, pass);
        QFETCH(QString, words);
        const QString name = u"burst-"_s + QString::number(qHash(text), 16);
        auto runtime = startIn(name);
        QVERIFY(runtime);
        CheckInController &checkIn = *runtime->kiosk()->checkIn();
        KeyboardWedgeDetector *wedge = runtime->kiosk()->scan()->wedge();
        // 10 ms a key, then Enter: as a scanner (or a very fast typist) delivers it.
        std::chrono::milliseconds at{100000};
        for (const QChar c : text) {
            QCOMPARE_NE(int(wedge->feed(c.unicode(), QString(c), at)),
                        int(KeyboardWedgeDetector::KeyVerdict::Typing));
            at += std::chrono::milliseconds(10);
        }
        QCOMPARE(int(wedge->feed(Qt::Key_Return, u"\r"_s, at)), int(KeyboardWedgeDetector::KeyVerdict::Scan));
        QTRY_VERIFY(checkIn.verdict()->shown());
        if (pass) {
            QCOMPARE(checkIn.verdict()->kind(), VerdictView::Kind::Deny);
            QVERIFY(checkIn.verdict()->recorded());
            QCOMPARE(runtime->kiosk()->log()->count(), 1);
            return;
        }
        QCOMPARE(checkIn.verdict()->kind(), VerdictView::Kind::StaffCheck);
        QCOMPARE(checkIn.verdict()->headline(), u"Not a pass"_s);
        QVERIFY2(checkIn.verdict()->reasons().join(u'|').contains(words),
                 qPrintable(checkIn.verdict()->reasons().join(u'|')));
        QCOMPARE(checkIn.verdict()->notice(), u"Nobody was checked in: nothing recorded"_s);
        QVERIFY(!checkIn.verdict()->recorded());
        QVERIFY(!checkIn.blocked());
        QCOMPARE(runtime->kiosk()->log()->count(), 0);
        runtime.reset();
        LedgerOptions options;
        options.dataDir = m_dir.filePath(name + u"/data"_s);
        options.access = LedgerOptions::Access::ReadOnly;
        auto ledger = Ledger::open(options, m_clock);
        QVERIFY(ledger.ok());
        auto stats = ledger->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->checkIns, qint64(0));
    }

    // A self-scan kiosk that is not set up: a visitor cannot reach setup (no button, and the
    // setup call refuses) until staff use the kiosk's keyboard; a counter kiosk may set up at once.
    void selfScanSetupOnlyFromTheKeyboard()
    {
        KioskOptions options;
        options.source = QStringLiteral("demo");
        options.mode = KioskMode::SelfScan;
        options.dataDir = m_dir.filePath(QStringLiteral("self-scan/data"));
        options.configPath = m_dir.filePath(QStringLiteral("self-scan/config.json"));
        options.pinIterations = 1000;
        KioskAssembly runtime(options, m_clock);
        QVERIFY(runtime.start().ok());
        KioskSettings &settings = *runtime.kiosk()->settings();
        QVERIFY(!settings.configured());
        QVERIFY(!settings.setupReachable());
        const QString refused =
            settings.completeSetup(u"Visitor's cafe"_s, u"cafe"_s, u"080-123-4567"_s, u"1111"_s, u"1111"_s);
        QVERIFY2(refused.contains(u"Ctrl+Alt+Shift+S"), qPrintable(refused));
        QVERIFY(!settings.configured());
        QVERIFY(!runtime.kiosk()->staff()->unlock(u"1111"_s, {}));

        settings.allowSetupFromKeyboard();
        QVERIFY(settings.setupReachable());
        QCOMPARE(settings.completeSetup(u"Cafe"_s, u"cafe"_s, u"080-123-4567"_s, u"2580"_s, u"2580"_s),
                 QString());
        QVERIFY(settings.configured());
        QVERIFY(!settings.setupReachable());
    }

    void firstStartMakesKeysOutsideTheDataDir()
    {
        auto runtime = startIn(QStringLiteral("keys"));
        QVERIFY(runtime);
        const QDir data(runtime->dataDir());
        QVERIFY(data.exists(VenueKeys::SecretFileName));
        QVERIFY(data.exists(VenueKeys::OwnerPublicKeyFileName));
        QVERIFY(data.entryList({QStringLiteral("owner-private-key*")}).isEmpty());
        QFile privateKey(ownerKeyIn(m_dir.filePath(QStringLiteral("keys"))));
        QVERIFY(privateKey.open(QIODevice::ReadOnly));
        const QByteArray pem = privateKey.readAll();
        QVERIFY(pem.contains("BEGIN ENCRYPTED PRIVATE KEY"));
        QVERIFY(!(privateKey.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        // Staff are shown the passphrase; it opens the key whose public half seals the contacts.
        const QString notice = noticeMatching(*runtime->kiosk()->status(), privateKey.fileName());
        QVERIFY2(!notice.isEmpty(), qPrintable(runtime->kiosk()->status()->staffNotices().join(u'\n')));
        const QString passphrase =
            QRegularExpression(QStringLiteral("passphrase ([A-Za-z0-9_-]{20,})")).match(notice).captured(1);
        QVERIFY2(!passphrase.isEmpty(), qPrintable(notice));
        auto key = crypto::X25519Key::fromPrivatePem(pem, passphrase.toLatin1());
        QVERIFY(key.ok());
        QFile publicKey(data.filePath(VenueKeys::OwnerPublicKeyFileName));
        QVERIFY(publicKey.open(QIODevice::ReadOnly));
        QCOMPARE(key->publicPem(), publicKey.readAll());
        // The passphrase is written nowhere.
        for (const QString &file : QDir(m_dir.filePath(QStringLiteral("keys"))).entryList(QDir::Files)) {
            QFile candidate(m_dir.filePath(QStringLiteral("keys/") + file));
            QVERIFY(candidate.open(QIODevice::ReadOnly));
            QVERIFY2(!candidate.readAll().contains(passphrase.toLatin1()), qPrintable(file));
        }

        // A second start uses the same keys and says nothing more about them.
        runtime.reset();
        runtime = startIn(QStringLiteral("keys"));
        QVERIFY(runtime);
        QVERIFY(noticeMatching(*runtime->kiosk()->status(), QStringLiteral("owner-private-key")).isEmpty());
        QVERIFY(privateKey.seek(0));
        QCOMPARE(privateKey.readAll(), pem);
    }

    void cameraChosenByStaffIsUsedFromTheNextStart_data()
    {
        QTest::addColumn<QString>("name"); // each row its own kiosk
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no --source: the chosen camera")
            << u"camera-chosen"_s << QString() << u"camera:usb-cam-7"_s;
        QTest::newRow("--source wins") << u"camera-overridden"_s << u"demo"_s << u"demo"_s;
    }

    void cameraChosenByStaffIsUsedFromTheNextStart()
    {
        QFETCH(QString, name);
        QFETCH(QString, commandLine);
        QFETCH(QString, expected);
        {
            auto first = startIn(name);
            QVERIFY(first);
            QCOMPARE(first->source(), u"demo"_s);
            first->kiosk()->settings()->setCamera(u" usb-cam-7 "_s);
            QCOMPARE(first->kiosk()->settings()->camera(), u"usb-cam-7"_s);
            QVERIFY(first->kiosk()->settings()->saveError().isEmpty());
        }
        KioskOptions options;
        options.source = commandLine;
        options.dataDir = m_dir.filePath(name + u"/data"_s);
        options.configPath = m_dir.filePath(name + u"/config.json"_s);
        options.pinIterations = 1000;
        KioskAssembly next(options, m_clock);
        auto started = next.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error()));
        QCOMPARE(next.source(), expected);
    }

    void demoPassesGetTheirVerdicts_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("valid") << u"valid"_s << int(VerdictView::Kind::Admit) << u"booster"_s;
        QTest::newRow("expired") << u"expired"_s << int(VerdictView::Kind::Deny) << u"expired"_s;
        QTest::newRow("forged") << u"forged"_s << int(VerdictView::Kind::Deny) << u"signature-invalid"_s;
        QTest::newRow("test") << u"test"_s << int(VerdictView::Kind::Admit) << u"tested"_s;
        QTest::newRow("recovery") << u"recovery"_s << int(VerdictView::Kind::Admit) << u"recovered"_s;
        QTest::newRow("revoked") << u"revoked"_s << int(VerdictView::Kind::Deny) << u"revoked"_s;
    }

    void demoPassesGetTheirVerdicts()
    {
        QFETCH(QString, label);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        if (!m_demo)
            m_demo = startIn(QStringLiteral("demo"));
        KioskAssembly *runtime = m_demo.get();
        QVERIFY(runtime);
        // No publisher keys configured: the demo publisher is pinned and its bundle installed.
        QVERIFY(QFile::exists(KioskAssembly::trustDirectory(runtime->dataDir()) + u"/bundle.pgtb"));
        QVERIFY(runtime->kiosk()->status()->demo());
        QString payload;
        for (const demo::DemoPass &pass : demo::passes())
            if (pass.label == label)
                payload = pass.payload;
        QVERIFY(!payload.isEmpty());

        runtime->kiosk()->checkIn()->submitPayload(payload);
        QCOMPARE(int(runtime->kiosk()->checkIn()->verdict()->kind()), kind);
        const auto entry = lastCheckIn(runtime->dataDir(), m_clock);
        QVERIFY(entry);
        QCOMPARE(entry->mode, CheckInMode::Qr);
        QCOMPARE(entry->reasonCodes.value(0), reason);
    }

    void cleanupTestCase() { m_demo.reset(); }

    // Replication to a server that refuses connections (nothing listens on port 1): check-ins are
    // decided and recorded as ever, the status bar's sync part turns to a warning with the entries
    // waiting, and no staff notice is raised (the worker retries by itself). Without a server the part
    // is not shown at all.
    void syncToAnUnreachableServerNeverStopsACheckIn()
    {
        const QString folder = m_dir.filePath(QStringLiteral("sync-unreachable"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "kioskId": "sync-kiosk",
                       "syncServer": "host=127.0.0.1 port=1 dbname=passgate user=passgate_kiosk_sync"})");
        file.close();
        auto runtime = startIn(QStringLiteral("sync-unreachable"));
        QVERIFY(runtime);
        for (int i = 0; i < 3; ++i) {
            runtime->kiosk()->checkIn()->submitPayload(demo::passes().constFirst().payload);
            QVERIFY(runtime->kiosk()->checkIn()->verdict()->recorded());
        }
        const KioskStatus &status = *runtime->kiosk()->status();
        QTRY_COMPARE_WITH_TIMEOUT(runtime->syncStatus().state, SyncStatus::State::Retrying, 10000);
        QVERIFY(runtime->syncStatus().problem);
        QCOMPARE(runtime->syncStatus().problem->code, SyncCode::Unreachable);
        QTRY_COMPARE_WITH_TIMEOUT(runtime->syncStatus().localHead, qint64(3), 10000);
        QCOMPARE(runtime->syncStatus().waiting(), qint64(3));
        QCOMPARE(status.syncState(), KioskStatus::State::Warning);
        QVERIFY2(status.syncText().contains(u"3"), qPrintable(status.syncText()));
        QVERIFY(noticeMatching(status, QStringLiteral("owner's server")).isEmpty());
        // And once more while it waits to retry.
        runtime->kiosk()->checkIn()->submitPayload(demo::passes().constFirst().payload);
        QVERIFY(runtime->kiosk()->checkIn()->verdict()->recorded());

        auto plain = startIn(QStringLiteral("sync-off"));
        QVERIFY(plain);
        QCOMPARE(plain->syncStatus().state, SyncStatus::State::Off);
        QVERIFY(plain->kiosk()->status()->syncText().isEmpty());
    }

    // A sync setting that cannot work (a server on another machine with no TLS anchor) stops the
    // worker with a staff notice that says why; check-ins go on.
    void syncSettingsThatCannotWorkAreToldToStaff()
    {
        const QString folder = m_dir.filePath(QStringLiteral("sync-unanchored"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "kioskId": "sync-kiosk-2",
                       "syncServer": "host=db.passgate.invalid dbname=passgate user=passgate_kiosk_sync"})");
        file.close();
        auto runtime = startIn(QStringLiteral("sync-unanchored"));
        QVERIFY(runtime);
        const KioskStatus &status = *runtime->kiosk()->status();
        QTRY_COMPARE_WITH_TIMEOUT(status.syncState(), KioskStatus::State::Error, 10000);
        QCOMPARE(runtime->syncStatus().problem->code, SyncCode::BadSettings);
        const QString notice = noticeMatching(status, QStringLiteral("owner's server"));
        QVERIFY2(notice.contains(u"syncServerCa") && notice.contains(u"db.passgate.invalid"),
                 qPrintable(notice));
        runtime->kiosk()->checkIn()->submitPayload(demo::passes().constFirst().payload);
        QVERIFY(runtime->kiosk()->checkIn()->verdict()->recorded());
    }

    void corruptLedgerIsMovedAsideAndToldToStaff()
    {
        auto runtime = startIn(QStringLiteral("corrupt"));
        QVERIFY(runtime);
        const QString dataDir = runtime->dataDir();
        runtime.reset();
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(dataDir + u"/ledger.db" + suffix);
        QFile database(dataDir + u"/ledger.db");
        QVERIFY(database.open(QIODevice::WriteOnly | QIODevice::Truncate));
        database.write(QByteArray(8192, 'x'));
        database.close();

        runtime = startIn(QStringLiteral("corrupt"));
        QVERIFY(runtime);
        const KioskStatus &status = *runtime->kiosk()->status();
        QVERIFY2(!noticeMatching(status, QStringLiteral("damaged")).isEmpty(),
                 qPrintable(status.staffNotices().join(u'\n')));
        QCOMPARE(status.ledgerState(), KioskStatus::State::Warning);
        QCOMPARE(QDir(dataDir).entryList({QStringLiteral("ledger.db.corrupt-*")}).size(), 1);
        // The new ledger records as usual.
        runtime->kiosk()->checkIn()->submitPayload(demo::passes().constFirst().payload);
        QVERIFY(runtime->kiosk()->checkIn()->verdict()->recorded());
        QVERIFY(lastCheckIn(dataDir, m_clock));
    }
};

QTEST_MAIN(KioskAssemblyTest)

#include "tst_kioskassembly.moc"
