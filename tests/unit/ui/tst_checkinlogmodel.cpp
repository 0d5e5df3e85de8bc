#include "kiosk/CheckInLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

class CheckInLogModelTest : public QObject
{
    Q_OBJECT

    static CheckInLogModel::Entry entry(int hour, int minute, Verdict verdict,
                                        CheckInMode mode = CheckInMode::Qr)
    {
        CheckInLogModel::Entry e;
        e.at = QDateTime(QDate(2022, 1, 3), QTime(hour, minute), QTimeZone::utc());
        e.verdict = verdict;
        e.mode = mode;
        e.reasons = {{verdict == Verdict::Admit ? u"vaccinated"_s : u"test-expired"_s, {}}};
        return e;
    }

private Q_SLOTS:
    void modelContract()
    {
        CheckInLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry(9, 0, Verdict::Admit), entry(11, 30, Verdict::Deny)});
        model.prepend(entry(12, 0, Verdict::StaffCheck, CheckInMode::Paper));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void newestFirstWithRoles()
    {
        CheckInLogModel model;
        model.setEntries({entry(9, 0, Verdict::Admit), entry(11, 30, Verdict::Deny, CheckInMode::Phone)});
        QCOMPARE(model.rowCount(), 2);
        const QVariantMap first = model.get(0);
        QCOMPARE(first.value(u"time"_s).toString(), u"11:30"_s);
        QCOMPARE(first.value(u"mode"_s).toString(), u"phone"_s);
        QCOMPARE(first.value(u"verdict"_s).toString(), u"deny"_s);
        QCOMPARE(first.value(u"reasonCodes"_s).toStringList(), QStringList{u"test-expired"_s});
        QCOMPARE(first.value(u"reasonText"_s).toString(), u"test result too old"_s);
        QCOMPARE(model.data(model.index(1), CheckInLogModel::VerdictRole).toString(), u"admit"_s);
        QVERIFY(model.get(2).isEmpty());
    }

    void countsAndHours()
    {
        CheckInLogModel model;
        QSignalSpy counts(&model, &CheckInLogModel::countsChanged);
        model.setEntries(
            {entry(9, 0, Verdict::Admit), entry(9, 40, Verdict::Admit), entry(11, 30, Verdict::Deny)});
        model.prepend(entry(12, 5, Verdict::StaffCheck));
        QCOMPARE(counts.count(), 2);
        QCOMPARE(model.admitted(), 2);
        QCOMPARE(model.denied(), 1);
        QCOMPARE(model.staffChecks(), 1);
        const QVariantList hours = model.perHour();
        QCOMPARE(hours.size(), 24);
        QCOMPARE(hours.at(9).toInt(), 2);
        QCOMPARE(hours.at(11).toInt(), 1);
        QCOMPARE(hours.at(10).toInt(), 0);
        QCOMPARE(model.busiestHourCount(), 2);
    }
};

QTEST_GUILESS_MAIN(CheckInLogModelTest)
#include "tst_checkinlogmodel.moc"
