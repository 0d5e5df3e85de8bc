#include "station/CheckInStation.h"

#include "formats/PassDataProblem.h"
#include "policy/PolicyReasons.h"
#include "policy/PresetPolicy_p.h"
#include "support/DccSamples.h"
#include "support/PresetProducts.h"
#include "support/ReasonCodes.h"
#include "support/TestIssuer.h"
#include "support/TestPublisher.h"
#include "trust/BundleStore.h"
#include "trust/DemoTrust.h"
#include "trust/PassRevocation.h"
#include "trust/TrustedPassReader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(passgate::Verdict)

namespace {

const QDateTime issued(QDate(2022, 1, 20), QTime(0, 0), QTimeZone::utc());
const QDateTime expires = issued.addDays(10);
const QDateTime now = issued.addDays(2);
const Venue cafe{QStringLiteral("cafe"), QTimeZone::utc()};

} // namespace

// The kiosk's check-in without a screen: a fresh data dir, a bundle from a test publisher, passes
// from a test issuer, and the facts the station publishes.
class CheckInStationTest : public QObject
{
    Q_OBJECT

private:
    TestPublisher m_publisher = TestPublisher::generate();
    TestIssuer m_issuer{TestSigner::generate()};
    QByteArray m_bundleFile;
    QTemporaryDir m_sharedDir;
    FixedClock m_sharedClock{now};
    std::unique_ptr<CheckInStation> m_sharedStation;

    QString pass(const QString &uci) const
    {
        DccPassSpec spec;
        spec.payload = DccSamples::with(DccSamples::vaccination(QDate(2022, 1, 10), 3, 3),
                                        QStringLiteral("v/0/ci"), uci);
        spec.issuedAt = issued;
        spec.expiresAt = issued.addYears(1);
        return m_issuer.issue(spec);
    }

    StationSetup setup(const QTemporaryDir &dir) const
    {
        StationSetup setup;
        setup.dataDir = dir.filePath(QStringLiteral("data"));
        setup.keysOutDir = dir.filePath(QStringLiteral("owner"));
        setup.kioskId = QStringLiteral("kiosk-1");
        setup.publisherKeys = {QString::fromLatin1(m_publisher.publicKeyPem())};
        return setup;
    }

    // An open station with the test bundle installed and the eu-3g policy for a cafe.
    std::unique_ptr<CheckInStation> openStation(const QTemporaryDir &dir, const Clock &clock) const
    {
        auto station = std::make_unique<CheckInStation>(setup(dir), clock);
        if (!station->open().ok() || !station->trust().install(m_bundleFile, QStringLiteral("test")).ok())
            return nullptr;
        station->trustChanged();
        station->setVenue(QStringLiteral("eu-3g"), cafe);
        return station;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BundleContents contents;
        contents.sequence = 1;
        contents.issued = issued;
        contents.expires = expires;
        contents.signers.append({m_issuer.signer().certificateDer(), QStringLiteral("DE"), {}});
        contents.ruleSets.append(denyAllRuleSet(QStringLiteral("lockdown")));
        DecodedPass revoked;
        revoked.certificateId = QStringLiteral("URN:UVCI:01:DE:REVOKED#1");
        contents.revocations.add(RevocationHashType::Uci, *revocationHash(RevocationHashType::Uci, revoked));
        contents.revocations.finish();
        m_bundleFile = m_publisher.build(std::move(contents));
    }

    void qrCheckInsFollowTheBundleInForce()
    {
        QTemporaryDir dir;
        const FixedClock clock(now);
        CheckInStation station(setup(dir), clock);
        QVERIFY(station.open().ok());
        station.setVenue(QStringLiteral("eu-3g"), cafe);
        QVERIFY(!station.status().trust.installed);
        QSignalSpy outcomes(&station, &CheckInStation::checkedIn);

        const QString good = pass(QStringLiteral("URN:UVCI:01:DE:GOOD#1"));
        // No trust list yet: nobody's pass can be trusted.
        const auto untrusted = station.checkInQr(good);
        QCOMPARE(untrusted.decision.verdict, Verdict::Deny);
        QCOMPARE(reasonCodes(untrusted.decision), QStringList{trustMissingReason});
        QVERIFY(untrusted.recorded);

        QVERIFY(station.trust().install(m_bundleFile, QStringLiteral("test")).ok());
        station.trustChanged();
        const StationStatus status = station.status();
        QVERIFY(status.trust.installed);
        QCOMPARE(status.trust.ageHours, 48);
        QVERIFY(!status.trust.expired && !status.trust.demo);

        const auto admitted = station.checkInQr(good);
        QCOMPARE(admitted.decision.verdict, Verdict::Admit);
        const auto revoked = station.checkInQr(pass(QStringLiteral("URN:UVCI:01:DE:REVOKED#1")));
        QCOMPARE(revoked.decision.verdict, Verdict::Deny);
        QCOMPARE(reasonCodes(revoked.decision), QStringList{revokedReason});
        const auto garbage = station.checkInQr(QStringLiteral("HC1:NOT-BASE45"));
        QCOMPARE(garbage.decision.verdict, Verdict::Deny);

        // Every outcome was published, in order, as it was returned.
        QCOMPARE(outcomes.count(), 4);
        QCOMPARE(outcomes.at(1).at(0).value<CheckInService::Outcome>().decision.verdict, Verdict::Admit);
        // ...and is in today's list, from the ledger.
        const auto today = station.today(QTimeZone::utc());
        QVERIFY(today.ok());
        QCOMPARE(today->size(), 4);
    }

    // A birth date the DCC schema's pattern lets through but that is no calendar date goes to staff
    // under every preset, through the kiosk's own path; a real one (of any precision) does not.
    void birthDatesThatAreNoDatesGoToStaff_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("dob");
        QTest::addColumn<bool>("noDate");
        for (const QString &policy : {u"kr-2021-12-13"_s, u"kr-2022-01-03"_s, u"eu-3g"_s, u"eu-2g"_s}) {
            const auto row = [&](const char *name, const QString &dob, bool noDate) {
                QTest::addRow("%s, %s", qPrintable(policy), name) << policy << dob << noDate;
            };
            row("month 00", u"1963-00"_s, true);
            row("day 00", u"1963-05-00"_s, true);
            row("30 February", u"2021-02-30"_s, true);
            row("full date", u"1963-05-01"_s, false);
            row("year only", u"1963"_s, false);
            row("unknown (empty)", QString(), false);
        }
    }
    void birthDatesThatAreNoDatesGoToStaff()
    {
        QFETCH(QString, policy);
        QFETCH(QString, dob);
        QFETCH(bool, noDate);
        QTemporaryDir dir;
        const FixedClock clock(now);
        auto station = openStation(dir, clock);
        QVERIFY(station);
        station->setVenue(policy, cafe);
        DccPassSpec spec;
        spec.payload = DccSamples::with(DccSamples::vaccination(QDate(2022, 1, 10), 3, 3), u"dob"_s, dob);
        spec.issuedAt = issued;
        spec.expiresAt = issued.addYears(1);
        const auto outcome = station->checkInQr(m_issuer.issue(spec));
        QVERIFY(outcome.recorded);
        const QStringList reasons = reasonCodes(outcome.decision);
        if (noDate) {
            QCOMPARE(outcome.decision.verdict, Verdict::StaffCheck);
            QCOMPARE(reasons.value(0), dataproblem::unreadableDate);
            QCOMPARE(outcome.decision.reasons.first().args.value(0), u"dob"_s);
        } else {
            QVERIFY2(!reasons.contains(dataproblem::unreadableDate), qPrintable(reasons.join(u',')));
        }
    }

    // A genuine vaccination whose product the venue's preset does not recognise (or that names none),
    // a test of a type outside the EU value set and a statement about another disease go to staff
    // through the kiosk's own path, the code in the reason for staff to see; every product the
    // preset recognises is admitted. Where no test counts at all (eu-2g) a test stays a Deny.
    void unrecognisedCodesGoToStaff_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("reason");   // the first
        QTest::addColumn<QStringList>("args"); // its arguments: the code as the pass gives it
        using DccSamples::with;
        const QJsonObject booster = DccSamples::vaccination(QDate(2022, 1, 10), 3, 3);
        const QJsonObject pcr = DccSamples::pcrTest(issued.addSecs(-3600));
        for (const QString &policy : {u"kr-2021-12-13"_s, u"kr-2022-01-03"_s, u"eu-3g"_s, u"eu-2g"_s}) {
            const auto row = [&policy](const QString &name) -> QTestData & {
                return QTest::addRow("%s, %s", qPrintable(policy), qPrintable(name)) << policy;
            };
            for (const QString &product : PresetProducts::of(policy))
                row(u"recognised "_s + product) << with(booster, u"v/0/mp"_s, product) << Verdict::Admit
                                                << reason::booster << QStringList();
            row(u"mp empty"_s) << with(booster, u"v/0/mp"_s, QString()) << Verdict::StaffCheck
                               << reason::vaccineNotRecognised << QStringList{QString()};
            for (const QString &product : PresetProducts::others) {
                if (!PresetProducts::of(policy).contains(product))
                    row(u"mp "_s + product) << with(booster, u"v/0/mp"_s, product) << Verdict::StaffCheck
                                            << reason::vaccineNotRecognised << QStringList{product};
            }
            row(u"vaccination, tg another disease"_s)
                << with(booster, u"v/0/tg"_s, u"6142004"_s) << Verdict::StaffCheck
                << reason::diseaseNotRecognised << QStringList{u"6142004"_s};
            const bool testsCount = policy != u"eu-2g";
            row(u"test type outside the value set"_s)
                << with(pcr, u"t/0/tt"_s, u"LP1234-5"_s) << (testsCount ? Verdict::StaffCheck : Verdict::Deny)
                << (testsCount ? reason::testTypeNotRecognised : reason::testType)
                << (testsCount ? QStringList{u"LP1234-5"_s} : QStringList());
            row(u"test, tg another disease"_s)
                << with(pcr, u"t/0/tg"_s, u"6142004"_s) << (testsCount ? Verdict::StaffCheck : Verdict::Deny)
                << (testsCount ? reason::diseaseNotRecognised : reason::testType)
                << (testsCount ? QStringList{u"6142004"_s} : QStringList());
            row(u"recovery, tg another disease"_s)
                << with(DccSamples::recovery(QDate(2022, 1, 1)), u"r/0/tg"_s, u"6142004"_s)
                << Verdict::StaffCheck << reason::diseaseNotRecognised << QStringList{u"6142004"_s};
        }
    }
    void unrecognisedCodesGoToStaff()
    {
        QFETCH(QString, policy);
        QFETCH(QJsonObject, payload);
        QFETCH(Verdict, verdict);
        QFETCH(QString, reason);
        QFETCH(QStringList, args);
        // One station for every row (opening one makes venue keys, which takes a while); each
        // check-in is decided on its own.
        if (!m_sharedStation)
            m_sharedStation = openStation(m_sharedDir, m_sharedClock);
        QVERIFY(m_sharedStation);
        m_sharedStation->setVenue(policy, cafe);
        DccPassSpec spec;
        spec.payload = payload;
        spec.issuedAt = issued;
        spec.expiresAt = issued.addYears(1);
        const auto outcome = m_sharedStation->checkInQr(m_issuer.issue(spec));
        QVERIFY(outcome.recorded);
        QCOMPARE(outcome.decision.verdict, verdict);
        QVERIFY(!outcome.decision.reasons.isEmpty());
        QCOMPARE(outcome.decision.reasons.first().code, reason);
        QCOMPARE(outcome.decision.reasons.first().args, args);
    }

    void phoneAndPaperCheckInsAreDecidedAndRecorded()
    {
        QTemporaryDir dir;
        const FixedClock clock(now);
        const auto station = openStation(dir, clock);
        QVERIFY(station);

        Evidence phone;
        phone.mode = CheckInMode::Phone;
        phone.contact = QStringLiteral("01012345678");
        const auto byPhone = station->checkIn(phone);
        QVERIFY(byPhone.recorded);
        // The verdict is the venue's policy on that evidence, nothing the station adds.
        QCOMPARE(byPhone.decision.verdict, station->venue().decide(phone, now, nullptr).verdict);

        Vaccination dose;
        dose.disease = dcc::covid19;
        dose.product = QStringLiteral("EU/1/20/1528");
        dose.doseNumber = 3;
        dose.seriesTotal = 3;
        dose.date = now.date().addDays(-30);
        Evidence paper;
        paper.mode = CheckInMode::Paper;
        paper.paperStatements.append(dose);
        paper.holderBirthDate = QStringLiteral("1980-05-05");
        paper.idChecked = true;
        paper.staffId = QStringLiteral("staff-7");
        const auto byPaper = station->checkIn(paper);
        QVERIFY(byPaper.recorded);
        QCOMPARE(byPaper.decision.verdict, Verdict::Admit);

        const auto today = station->today(QTimeZone::utc());
        QVERIFY(today.ok());
        QCOMPARE(today->size(), 2);
        QList<CheckInMode> modes;
        for (const LoggedCheckIn &row : *today)
            modes.append(row.mode);
        QVERIFY(modes.contains(CheckInMode::Phone) && modes.contains(CheckInMode::Paper));
        // The phone number is sealed in the ledger: nothing in the data dir holds it in the clear.
        QDir data(dir.filePath(QStringLiteral("data")));
        for (const QString &name : data.entryList(QDir::Files)) {
            QFile file(data.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("01012345678"), qPrintable(name));
        }
    }

    // The status bar and the verdicts use one rule: expired from the instant `expires` on.
    void trustExpiresAtTheSameInstantForStatusAndVerdict_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("expired");
        QTest::newRow("a second before") << expires.addSecs(-1) << false;
        QTest::newRow("the instant") << expires << true;
        QTest::newRow("a day after") << expires.addDays(1) << true;
    }
    void trustExpiresAtTheSameInstantForStatusAndVerdict()
    {
        QFETCH(QDateTime, at);
        QFETCH(bool, expired);
        QTemporaryDir dir;
        FixedClock clock(now);
        const auto station = openStation(dir, clock);
        QVERIFY(station);
        clock.set(at);
        QCOMPARE(station->status().trust.expired, expired);
        const auto outcome = station->checkInQr(pass(QStringLiteral("URN:UVCI:01:DE:GOOD#1")));
        QCOMPARE(reasonCodes(outcome.decision).contains(reason::trustListExpired), expired);
        QCOMPARE(outcome.decision.verdict, expired ? Verdict::StaffCheck : Verdict::Admit);
    }

    // A clock set back behind the newest recorded check-in cannot be trusted with validity windows.
    void clockBehindTheLedgerGoesToStaff()
    {
        QTemporaryDir dir;
        FixedClock clock(now);
        auto station = openStation(dir, clock);
        QVERIFY(station);
        const QString good = pass(QStringLiteral("URN:UVCI:01:DE:GOOD#1"));
        QCOMPARE(station->checkInQr(good).decision.verdict, Verdict::Admit);
        clock.set(now.addSecs(-3600));
        const auto behind = station->checkInQr(good);
        QCOMPARE(behind.decision.verdict, Verdict::StaffCheck);
        QCOMPARE(reasonCodes(behind.decision).first(), reason::clock);
        // Recording that check-in (at the wrong time) does not lower the reference.
        QCOMPARE(reasonCodes(station->checkInQr(good).decision).first(), reason::clock);

        // The newest entry survives a restart: a new station on the same data dir knows it.
        station.reset();
        CheckInStation again(setup(dir), clock);
        QVERIFY(again.open().ok());
        again.setVenue(QStringLiteral("eu-3g"), cafe);
        QCOMPARE(reasonCodes(again.checkInQr(good).decision).first(), reason::clock);
    }

    // A battery-less clock after a power cut: years behind, on a fresh data dir (no ledger entry
    // yet) with the demo trust list. Every genuine demo pass is a question for staff about the
    // clock, never a date-based Deny; refusals that are not about dates (a forged signature, a
    // revoked pass) stay refusals. The status says the clock is behind and what the kiosk believes.
    void clockYearsBehindAsksStaffInsteadOfDenying_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("firstReason");
        QTest::newRow("valid") << QStringLiteral("valid") << int(Verdict::StaffCheck) << reason::clock;
        QTest::newRow("test") << QStringLiteral("test") << int(Verdict::StaffCheck) << reason::clock;
        QTest::newRow("recovery") << QStringLiteral("recovery") << int(Verdict::StaffCheck) << reason::clock;
        QTest::newRow("expired") << QStringLiteral("expired") << int(Verdict::StaffCheck) << reason::clock;
        QTest::newRow("forged") << QStringLiteral("forged") << int(Verdict::Deny)
                                << QStringLiteral("signature-invalid");
        QTest::newRow("revoked") << QStringLiteral("revoked") << int(Verdict::Deny) << revokedReason;
    }
    void clockYearsBehindAsksStaffInsteadOfDenying()
    {
        QFETCH(QString, label);
        QFETCH(int, verdict);
        QFETCH(QString, firstReason);
        QTemporaryDir dir;
        const FixedClock clock(QDateTime(QDate(2001, 1, 1), QTime(0, 0), QTimeZone::utc()));
        StationSetup demoSetup = setup(dir);
        demoSetup.publisherKeys.clear(); // the demo trust list
        CheckInStation station(demoSetup, clock);
        QVERIFY(station.open().ok());
        station.setVenue(QStringLiteral("kr-2022-01-03"), Venue{QStringLiteral("pcbang"), QTimeZone::utc()});
        QString payload;
        for (const demo::DemoPass &demoPass : demo::passes()) {
            if (demoPass.label == label)
                payload = demoPass.payload;
        }
        QVERIFY(!payload.isEmpty());
        const auto outcome = station.checkInQr(payload);
        QCOMPARE(int(outcome.decision.verdict), verdict);
        QCOMPARE(reasonCodes(outcome.decision).first(), firstReason);
        QCOMPARE(reasonCodes(outcome.decision).count(reason::clock), verdict == int(Verdict::Deny) ? 0 : 1);

        const StationStatus status = station.status();
        QVERIFY(status.clock.behind);
        QCOMPARE(status.clock.now, clock.now());
        QVERIFY(status.clock.reference > clock.now());
    }

    void venueChangesApplyToTheNextCheckIn()
    {
        QTemporaryDir dir;
        const FixedClock clock(now);
        const auto station = openStation(dir, clock);
        QVERIFY(station);
        const QString good = pass(QStringLiteral("URN:UVCI:01:DE:GOOD#1"));
        QCOMPARE(station->checkInQr(good).decision.verdict, Verdict::Admit);
        // A rule set the bundle carries.
        station->setVenue(QStringLiteral("lockdown"), cafe);
        const auto closed = station->checkInQr(good);
        QCOMPARE(closed.decision.verdict, Verdict::Deny);
        QCOMPARE(reasonCodes(closed.decision), QStringList{QStringLiteral("closed")});
    }

    // A kiosk whose ledger cannot open still starts, says why, and admits nobody.
    void withoutALedgerNobodyIsAdmitted()
    {
        QTemporaryDir dir;
        const FixedClock clock(now);
        // Another kiosk process already holds this data dir's ledger.
        CheckInStation first(setup(dir), clock);
        QVERIFY(first.open().ok());
        QVERIFY(first.status().ledger.open);
        CheckInStation station(setup(dir), clock);
        QVERIFY(station.open().ok());
        QVERIFY(station.trust().install(m_bundleFile, QStringLiteral("test")).ok());
        station.setVenue(QStringLiteral("eu-3g"), cafe);
        QSignalSpy statusChanges(&station, &CheckInStation::statusChanged);

        const StationStatus status = station.status();
        QVERIFY(!status.ledger.open);
        QVERIFY(status.ledger.unavailableBecause.has_value());
        // The real cause, not a generic "no ledger": another kiosk process holds the data dir.
        QCOMPARE(status.ledger.unavailableBecause->code, QStringLiteral("ledger-already-in-use"));
        QVERIFY2(status.ledger.unavailableBecause->args.value(0).contains(u"in use"),
                 qPrintable(status.ledger.unavailableBecause->args.value(0)));
        const auto outcome = station.checkInQr(pass(QStringLiteral("URN:UVCI:01:DE:GOOD#1")));
        QVERIFY(!outcome.recorded);
        QCOMPARE(outcome.decision.verdict, Verdict::Deny);
        QVERIFY(outcome.notRecordedBecause);
        QCOMPARE(outcome.notRecordedBecause->code, reason::ledgerMissing);
        QVERIFY(station.blocked());
        QVERIFY(station.status().ledger.blockedBecause.has_value());
        QVERIFY(statusChanges.count() >= 1);
    }

    // The ledger file deleted under a running kiosk: the visitor is admitted and recorded in a new
    // ledger that continues the old one, and the status says what happened and where the old entries are.
    void ledgerDeletedWhileRunningGoesOnInANewLedger()
    {
        QTemporaryDir dir;
        const FixedClock clock(now);
        const auto station = openStation(dir, clock);
        QVERIFY(station);
        QVERIFY(station->checkInQr(pass(QStringLiteral("URN:UVCI:01:DE:GOOD#1"))).recorded);
        QVERIFY(!station->status().ledger.continuation.has_value());
        const QString ledger =
            QDir(dir.filePath(QStringLiteral("data"))).filePath(QStringLiteral("ledger.db"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(QFile::remove(ledger + suffix));

        const auto outcome = station->checkInQr(pass(QStringLiteral("URN:UVCI:01:DE:GOOD#2")));
        QVERIFY(outcome.recorded);
        QCOMPARE(outcome.decision.verdict, Verdict::Admit);
        QVERIFY(!station->blocked());
        const StationStatus status = station->status();
        QVERIFY(status.ledger.open);
        QVERIFY(status.ledger.continuation.has_value());
        QCOMPARE(status.ledger.continuation->cause, LedgerContinuation::Cause::Deleted);
        QVERIFY(QFile::exists(status.ledger.continuation->rescuedTo));
        QVERIFY(QFile::exists(ledger));
        // Today's list reads the new ledger: the check-in after the deletion is there.
        const auto today = station->today(QTimeZone::utc());
        QVERIFY(today.ok());
        QCOMPARE(today->size(), 1);
    }

    void firstStartMakesTheOwnerKeyOutsideTheDataDir()
    {
        QTemporaryDir dir;
        const FixedClock clock(now);
        CheckInStation station(setup(dir), clock);
        QVERIFY(station.open().ok());
        const auto key = station.status().newOwnerKey;
        QVERIFY(key.has_value());
        QVERIFY(key->file.startsWith(dir.filePath(QStringLiteral("owner"))));
        QVERIFY(QFile::exists(key->file));
        QVERIFY(key->passphrase.size() >= 20);
        // Second start on the same data dir: the keys exist, nothing new to tell.
        CheckInStation again(setup(dir), clock);
        QVERIFY(again.open().ok());
        QVERIFY(!again.status().newOwnerKey.has_value());
    }

    // A configuration slip (keys emptied, a wrong key, a value of the wrong type) never replaces or
    // removes the venue's installed trust list, and no pass is admitted while it lasts; fixing the
    // setting brings the same list back without a re-import.
    void wrongPublisherKeysKeepTheInstalledBundle_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("settingProblem");
        QTest::addColumn<QString>("named");
        QTest::newRow("emptied: demo pinned") << QStringList{} << QString() << u"DEMO publisher"_s;
        QTest::newRow("not a key") << QStringList{u"x"_s} << QString() << u"trustPublisherKeys"_s;
        QTest::newRow("wrong type in the config")
            << QStringList{} << u"trustPublisherKeys: \"x\" is text; expected [\"...\", ...]"_s
            << u"trustPublisherKeys"_s;
    }

    void wrongPublisherKeysKeepTheInstalledBundle()
    {
        QFETCH(QStringList, keys);
        QFETCH(QString, settingProblem);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const FixedClock clock(now);
        {
            const std::unique_ptr<CheckInStation> venue = openStation(dir, clock);
            QVERIFY(venue);
        }
        const QString installed =
            BundleStore::installedPath(CheckInStation::trustDirectory(setup(dir).dataDir));
        QFile before(installed);
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), m_bundleFile);
        before.close();

        StationSetup slip = setup(dir);
        slip.publisherKeys = keys;
        slip.publisherKeysProblem = settingProblem;
        {
            CheckInStation station(slip, clock);
            QVERIFY(station.open().ok()); // the kiosk stays at the counter and says why
            station.setVenue(QStringLiteral("eu-3g"), cafe);
            const StationStatus status = station.status();
            QVERIFY(!status.trust.installed);
            QVERIFY2(status.trust.refusedBecause.contains(named), qPrintable(status.trust.refusedBecause));
            const auto outcome = station.checkInQr(pass(QStringLiteral("URN:UVCI:01:DE:SLIP#1")));
            QCOMPARE(outcome.decision.verdict, Verdict::Deny);
        }
        QFile after(installed);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), m_bundleFile);

        CheckInStation fixed(setup(dir), clock);
        QVERIFY(fixed.open().ok());
        QVERIFY(fixed.status().trust.installed);
        QVERIFY(fixed.status().trust.refusedBecause.isEmpty());
    }

    void demoPublisherWhenNoKeysAreConfigured()
    {
        QTemporaryDir dir;
        const FixedClock clock(now);
        StationSetup demo = setup(dir);
        demo.publisherKeys.clear();
        CheckInStation station(demo, clock);
        QVERIFY(station.open().ok());
        QVERIFY(station.status().trust.demo);
        QVERIFY(station.status().trust.installed);
    }
};

QTEST_GUILESS_MAIN(CheckInStationTest)
#include "tst_checkinstation.moc"
