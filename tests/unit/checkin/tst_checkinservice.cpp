#include "checkin/CheckInService.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace Qt::StringLiterals;

namespace {

struct Recorded
{
    Evidence evidence;
    Decision decision;
    QDateTime at;
};

// A ledger stand-in that remembers what was appended and can be made to refuse.
struct Journal
{
    QList<Recorded> entries;
    std::optional<Reason> refuse;
    Result<void, Reason> append(const Evidence &evidence, const Decision &decision, const QDateTime &at)
    {
        if (refuse)
            return fail(*refuse);
        entries.append({evidence, decision, at});
        return {};
    }
};

DecodedPass passFor(const QString &family)
{
    DecodedPass pass;
    pass.holder.family = family;
    pass.statement = Vaccination{};
    return pass;
}

} // namespace

class CheckInServiceTest : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2022, 1, 3), QTime(12, 0), QTimeZone::utc())};
    Journal m_journal;
    QList<QDateTime> m_decidedAt;

    CheckInService service()
    {
        CheckInService::Steps steps;
        steps.readPass = [](const QString &payload, const QDateTime &) -> Result<DecodedPass, Reason> {
            if (payload.startsWith(u"HC1:") && payload != u"HC1:forged")
                return passFor(payload.mid(4));
            return fail(Reason{u"signature-invalid"_s, {}});
        };
        steps.decide = [this](const Evidence &evidence, const QDateTime &now) {
            m_decidedAt.append(now);
            Decision decision;
            if (evidence.mode == CheckInMode::Qr && evidence.passes.value(0).holder.family == u"Hong")
                decision.verdict = Verdict::Admit;
            else if (evidence.mode == CheckInMode::Phone)
                decision.verdict = Verdict::StaffCheck, decision.reasons = {{u"no-pass"_s, {}}};
            else
                decision.reasons = {{u"expired"_s, {u"2022-06-30"_s}}};
            return decision;
        };
        steps.record = [this](const Evidence &evidence, const Decision &decision, const QDateTime &at) {
            return m_journal.append(evidence, decision, at);
        };
        return CheckInService(m_clock, steps);
    }

    // A 2G+ venue: "HC1:<family>/<birth date>/<kind>"; a vaccination alone waits for a test, a
    // vaccination and a test of one holder admit.
    CheckInService pairService()
    {
        CheckInService::Steps steps;
        steps.readPass = [](const QString &payload, const QDateTime &) -> Result<DecodedPass, Reason> {
            const QStringList parts = payload.mid(4).split(u'/');
            if (!payload.startsWith(u"HC1:") || parts.size() != 3)
                return fail(Reason{u"signature-invalid"_s, {}});
            DecodedPass pass = passFor(parts.at(0));
            pass.holder.familyStandardised = parts.at(0).toUpper();
            pass.birthDate = parts.at(1);
            if (parts.at(2) == u"test")
                pass.statement = TestResult{};
            return pass;
        };
        steps.decide = [](const Evidence &evidence, const QDateTime &) {
            Decision decision;
            QStringList kinds;
            for (const DecodedPass &pass : evidence.passes)
                kinds.append(std::holds_alternative<TestResult>(pass.statement) ? u"test"_s
                                                                                : u"vaccination"_s);
            if (kinds.contains(u"test"_s) && kinds.contains(u"vaccination"_s)) {
                decision.verdict = Verdict::Admit;
                decision.reasons = {{u"vaccinated"_s, {}}, {u"tested"_s, {}}};
            } else {
                decision.reasons = {{u"second-statement-needed"_s, {u"test"_s}}};
                decision.awaiting = {kinds.contains(u"test"_s) ? u"vaccination"_s : u"test"_s};
            }
            return decision;
        };
        steps.record = [this](const Evidence &evidence, const Decision &decision, const QDateTime &at) {
            return m_journal.append(evidence, decision, at);
        };
        return CheckInService(m_clock, steps);
    }

private Q_SLOTS:
    void secondPassCompletesOneCheckIn()
    {
        auto service = pairService();
        const auto first = service.checkInQr(u"HC1:Kim/1990-01-02/vaccination"_s);
        QVERIFY(first.awaitingSecondPass);
        QVERIFY(!first.recorded);
        QCOMPARE(first.decision.awaiting, QStringList{u"test"_s});
        QCOMPARE(first.notRecordedBecause->code, reason::awaitingSecondPass);
        QCOMPARE(service.heldPassDeadline(), m_clock.now().addSecs(CheckInService::DefaultPairWindowSeconds));
        QVERIFY(m_journal.entries.isEmpty());

        // A forged pass meanwhile is refused on its own; the held one keeps waiting.
        m_clock.advance(std::chrono::seconds(30));
        QVERIFY(service.checkInQr(u"HC1:garbage"_s).recorded);
        QCOMPARE(m_journal.entries.size(), 1);
        // Text that is no pass at all changes nothing: not recorded, the held one still waits.
        const auto typed = service.checkInQr(u"hello"_s);
        QVERIFY(typed.notAPass && !typed.recorded);
        QCOMPARE(m_journal.entries.size(), 1);
        QVERIFY(service.heldPassDeadline().isValid());

        m_clock.advance(std::chrono::seconds(60));
        const auto second = service.checkInQr(u"HC1:kim /1990-01-02/test"_s); // spelled differently
        QVERIFY(!second.awaitingSecondPass);
        QVERIFY(second.recorded);
        QCOMPARE(second.decision.verdict, Verdict::Admit);
        QCOMPARE(m_journal.entries.size(), 2);
        QCOMPARE(m_journal.entries.last().evidence.passes.size(), 2); // one entry naming both
        QVERIFY(!service.heldPassDeadline().isValid());
    }

    // B's pass while A's first pass waits: A's check-in ends (recorded, Deny, handed back beside B's
    // outcome, not as it), and B's pass starts B's own check-in. Within the window or after it (the
    // station's timer may not have fired yet), B never gets A's verdict.
    void secondPassOfAnotherPersonEndsTheFirst_data()
    {
        QTest::addColumn<int>("secondsBetween");
        QTest::addColumn<QString>("endedBecause");
        QTest::newRow("within the window") << 10 << reason::secondPassOtherPerson;
        QTest::newRow("window passed, timer not yet fired")
            << CheckInService::DefaultPairWindowSeconds + 5 << reason::secondPassMissing;
    }
    void secondPassOfAnotherPersonEndsTheFirst()
    {
        QFETCH(int, secondsBetween);
        QFETCH(QString, endedBecause);
        auto service = pairService();
        QVERIFY(service.checkInQr(u"HC1:Kim/1990-01-02/vaccination"_s).awaitingSecondPass);
        m_clock.advance(std::chrono::seconds(secondsBetween));
        const auto other = service.checkInQr(u"HC1:Kim/1991-05-05/test"_s); // same name, other person

        QVERIFY(other.endedHeldCheckIn);
        const auto &ended = *other.endedHeldCheckIn;
        QVERIFY(ended.recorded);
        QCOMPARE(ended.decision.verdict, Verdict::Deny);
        QCOMPARE(ended.decision.reasons.constFirst().code, endedBecause);
        QCOMPARE(ended.evidence.passes.constFirst().birthDate, u"1990-01-02"_s);
        QCOMPARE(m_journal.entries.size(), 1);
        QCOMPARE(m_journal.entries.constFirst().evidence.passes.constFirst().birthDate, u"1990-01-02"_s);

        // The outcome is B's: B's pass, B's own wait for a vaccination, nothing of A.
        QVERIFY(other.awaitingSecondPass);
        QVERIFY(!other.recorded);
        QCOMPARE(other.evidence.passes.size(), 1);
        QCOMPARE(other.evidence.passes.constFirst().birthDate, u"1991-05-05"_s);
        QCOMPARE(other.decision.awaiting, QStringList{u"vaccination"_s});
        QVERIFY(service.heldPassDeadline().isValid());

        // B's second pass completes B's check-in, on B's passes only.
        const auto completed = service.checkInQr(u"HC1:Kim/1991-05-05/vaccination"_s);
        QVERIFY(!completed.endedHeldCheckIn);
        QVERIFY(completed.recorded);
        QCOMPARE(completed.decision.verdict, Verdict::Admit);
        QCOMPARE(m_journal.entries.size(), 2);
        for (const DecodedPass &pass : m_journal.entries.last().evidence.passes)
            QCOMPARE(pass.birthDate, u"1991-05-05"_s);
    }

    void nothingWithinTheWindowEndsIt()
    {
        auto service = pairService();
        QVERIFY(service.checkInQr(u"HC1:Kim/1990-01-02/vaccination"_s).awaitingSecondPass);
        m_clock.advance(std::chrono::seconds(CheckInService::DefaultPairWindowSeconds - 1));
        QVERIFY(!service.expireHeldPass());
        m_clock.advance(std::chrono::seconds(1));
        const auto expired = service.expireHeldPass();
        QVERIFY(expired);
        QVERIFY(expired->recorded);
        QCOMPARE(expired->decision.verdict, Verdict::Deny);
        QCOMPARE(expired->decision.reasons.constFirst(), (Reason{reason::secondPassMissing, {u"test"_s}}));
        QVERIFY(!service.expireHeldPass());
        // A test scanned after that starts afresh: it waits for a vaccination of its own.
        const auto late = service.checkInQr(u"HC1:Kim/1990-01-02/test"_s);
        QVERIFY(late.awaitingSecondPass);
        QCOMPARE(late.decision.awaiting, QStringList{u"vaccination"_s});
        QCOMPARE(m_journal.entries.size(), 1);
    }

    void init()
    {
        m_journal = {};
        m_decidedAt.clear();
    }

    void qrPassDecidedAndRecorded_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("reason");
        QTest::newRow("admit") << u"HC1:Hong"_s << int(Verdict::Admit) << QString();
        QTest::newRow("policy deny") << u"HC1:Kim"_s << int(Verdict::Deny) << u"expired"_s;
        QTest::newRow("forged") << u"HC1:forged"_s << int(Verdict::Deny) << u"signature-invalid"_s;
        // A certificate of another hcert context is still a visitor's pass: refused and recorded.
        QTest::newRow("another context") << u"HC2:ABC"_s << int(Verdict::Deny) << u"signature-invalid"_s;
    }
    void qrPassDecidedAndRecorded()
    {
        QFETCH(QString, payload);
        QFETCH(int, verdict);
        QFETCH(QString, reason);
        auto checkIns = service();
        const auto outcome = checkIns.checkInQr(payload);
        QVERIFY(outcome.recorded);
        QCOMPARE(int(outcome.decision.verdict), verdict);
        QCOMPARE(outcome.decision.reasons.value(0).code, reason);
        QCOMPARE(outcome.at, m_clock.now());
        QCOMPARE(m_journal.entries.size(), 1);
        QCOMPARE(int(m_journal.entries[0].decision.verdict), verdict);
        QCOMPARE(m_journal.entries[0].evidence.mode, CheckInMode::Qr);
        QCOMPARE(m_journal.entries[0].at, m_clock.now());
    }

    // Text that claims to be no pass (typed, a web address, a barcode, nothing) is answered as such:
    // nobody was checked in, so nothing is decided or recorded, and a demonstration says the same.
    void textThatIsNoPassIsNotACheckIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("typed") << u"hello there"_s << u"other"_s;
        QTest::newRow("web address") << u"https://menu.passgate.invalid/?t=1"_s << u"web-address"_s;
        QTest::newRow("www") << u"www.passgate.invalid"_s << u"web-address"_s;
        QTest::newRow("barcode") << u"8801234567893"_s << u"other"_s;
        QTest::newRow("blank") << u" \r\n"_s << u"empty"_s;
        QTest::newRow("a prefix without its colon") << u"HC1"_s << u"other"_s;
    }
    void textThatIsNoPassIsNotACheckIn()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        auto checkIns = service();
        for (const auto &outcome : {checkIns.checkInQr(text), checkIns.demonstrateQr(text)}) {
            QVERIFY(outcome.notAPass);
            QVERIFY(!outcome.recorded);
            QCOMPARE(outcome.decision.verdict, Verdict::Deny);
            QCOMPARE(outcome.decision.reasons, (QList<Reason>{{reason::notAPass, {kind}}}));
            QCOMPARE(outcome.notRecordedBecause->code, reason::notAPass);
        }
        QVERIFY(m_journal.entries.isEmpty());
        QVERIFY(m_decidedAt.isEmpty());
        QVERIFY(!checkIns.blocked());
    }

    // A demo pass: the same reading and decision, nothing recorded, even while the ledger refuses
    // (a demonstration does not block or unblock the kiosk).
    void demonstrationIsDecidedNotRecorded_data() { qrPassDecidedAndRecorded_data(); }
    void demonstrationIsDecidedNotRecorded()
    {
        QFETCH(QString, payload);
        QFETCH(int, verdict);
        QFETCH(QString, reason);
        auto checkIns = service();
        const auto outcome = checkIns.demonstrateQr(payload);
        QVERIFY(!outcome.recorded);
        QCOMPARE(outcome.notRecordedBecause, std::optional(Reason{reason::demonstration, {}}));
        QCOMPARE(int(outcome.decision.verdict), verdict);
        QCOMPARE(outcome.decision.reasons.value(0).code, reason);
        QCOMPARE(outcome.evidence.mode, CheckInMode::Qr);
        QVERIFY(m_journal.entries.isEmpty());
        m_journal.refuse = Reason{u"ledger-disk-full"_s, {}};
        (void)checkIns.demonstrateQr(payload);
        QVERIFY(!checkIns.blocked());
    }

    void policyAndLedgerShareOneInstant()
    {
        auto checkIns = service();
        Evidence phone;
        phone.mode = CheckInMode::Phone;
        phone.contact = u"01012345678"_s;
        const auto outcome = checkIns.checkIn(phone);
        QCOMPARE(m_decidedAt, QList<QDateTime>{m_clock.now()});
        QCOMPARE(m_journal.entries.value(0).evidence.contact, u"01012345678"_s);
        QCOMPARE(outcome.decision.verdict, Verdict::StaffCheck);
    }

    void ledgerRefusalBlocksAndIsShown()
    {
        auto checkIns = service();
        m_journal.refuse = Reason{u"disk-full"_s, {u"no space left on device"_s}};
        const auto refused = checkIns.checkInQr(u"HC1:Hong"_s);
        QVERIFY(!refused.recorded);
        QCOMPARE(refused.decision.verdict, Verdict::Deny);
        QCOMPARE(refused.decision.reasons.value(0).code, reason::notRecorded);
        QCOMPARE(refused.decision.reasons.value(1).code, u"disk-full"_s);
        QVERIFY(checkIns.blocked());
        QCOMPARE(checkIns.blockedBecause()->code, u"disk-full"_s);
        QVERIFY(m_journal.entries.isEmpty());

        m_journal.refuse.reset();
        const auto next = checkIns.checkInQr(u"HC1:Hong"_s);
        QVERIFY(next.recorded);
        QCOMPARE(next.decision.verdict, Verdict::Admit);
        QVERIFY(!checkIns.blocked());
    }

    void overrideRecordsStaffAndReason()
    {
        auto checkIns = service();
        const auto denied = checkIns.checkInQr(u"HC1:Kim"_s);
        m_clock.advance(std::chrono::seconds(30));
        const auto overridden =
            checkIns.override(denied, Verdict::Admit, u"  booster shown on paper "_s, u"staff-1"_s);
        QVERIFY(overridden.recorded);
        QCOMPARE(overridden.decision.verdict, Verdict::Admit);
        QCOMPARE(overridden.decision.reasons.value(0),
                 (Reason{reason::override, {u"booster shown on paper"_s}}));
        QCOMPARE(overridden.decision.reasons.value(1).code, u"expired"_s);
        QCOMPARE(m_journal.entries.size(), 2);
        QCOMPARE(m_journal.entries[1].evidence.mode, CheckInMode::Override);
        QCOMPARE(m_journal.entries[1].evidence.staffId, u"staff-1"_s);
        QCOMPARE(m_journal.entries[1].at, m_clock.now());
    }

    void overrideWithoutReasonIsRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("staff");
        QTest::newRow("no reason") << u"   "_s << u"staff-1"_s;
        QTest::newRow("no staff") << u"known regular"_s << QString();
    }
    void overrideWithoutReasonIsRefused()
    {
        QFETCH(QString, reason);
        QFETCH(QString, staff);
        auto checkIns = service();
        const auto denied = checkIns.checkInQr(u"HC1:Kim"_s);
        const auto refused = checkIns.override(denied, Verdict::Admit, reason, staff);
        QVERIFY(!refused.recorded);
        QCOMPARE(refused.decision.verdict, Verdict::Deny);
        QCOMPARE(refused.notRecordedBecause->code, reason::noReasonGiven);
        QCOMPARE(m_journal.entries.size(), 1);
    }
};

QTEST_APPLESS_MAIN(CheckInServiceTest)
#include "tst_checkinservice.moc"
