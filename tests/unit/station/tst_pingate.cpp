#include "station/PinGate.h"
#include "station/StaffPin.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class PinGateTest : public QObject
{
    Q_OBJECT

    QString m_record;
    FixedClock m_clock{QDateTime(QDate(2022, 1, 3), QTime(12, 0), QTimeZone::utc())};

private Q_SLOTS:
    void initTestCase()
    {
        auto record = StaffPin::hash(u"2580"_s, 2000);
        QVERIFY(record.ok());
        m_record = *record;
    }

    void rightPinUnlocks()
    {
        PinGate gate(m_clock, [this] { return m_record; });
        QCOMPARE(gate.attempt(u"2580"_s).outcome, PinGate::Outcome::Unlocked);
    }

    void noPinSet()
    {
        PinGate gate(m_clock, [] { return QString(); });
        QCOMPARE(gate.attempt(u"2580"_s).outcome, PinGate::Outcome::NoPinSet);
    }

    void lockoutAfterFiveFailures()
    {
        PinGate gate(m_clock, [this] { return m_record; });
        for (int left = 4; left >= 1; --left) {
            const auto attempt = gate.attempt(u"0001"_s);
            QCOMPARE(attempt.outcome, PinGate::Outcome::Wrong);
            QCOMPARE(attempt.attemptsLeft, left);
        }
        const auto fifth = gate.attempt(u"0001"_s);
        QCOMPARE(fifth.outcome, PinGate::Outcome::LockedOut);
        QCOMPARE(fifth.lockedUntil, m_clock.now().addSecs(60));
        QVERIFY(gate.lockedOut());
        // Even the right PIN is refused while locked out.
        QCOMPARE(gate.attempt(u"2580"_s).outcome, PinGate::Outcome::LockedOut);
        m_clock.advance(59s);
        QCOMPARE(gate.attempt(u"2580"_s).outcome, PinGate::Outcome::LockedOut);
        m_clock.advance(1s);
        QVERIFY(!gate.lockedOut());
        QCOMPARE(gate.attempt(u"2580"_s).outcome, PinGate::Outcome::Unlocked);
    }

    void lockoutsDouble()
    {
        PinGate gate(m_clock, [this] { return m_record; });
        for (const qint64 minutes : {1, 2, 4, 8}) {
            PinGate::Attempt last;
            for (int i = 0; i < PinGate::attemptsPerLockout; ++i)
                last = gate.attempt(u"0001"_s);
            QCOMPARE(last.outcome, PinGate::Outcome::LockedOut);
            QCOMPARE(m_clock.now().secsTo(last.lockedUntil), minutes * 60);
            m_clock.set(last.lockedUntil);
        }
    }
};

QTEST_APPLESS_MAIN(PinGateTest)
#include "tst_pingate.moc"
