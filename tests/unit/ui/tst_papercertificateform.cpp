#include "kiosk/PaperCertificateForm.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace Qt::StringLiterals;

class PaperCertificateFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vaccination()
    {
        PaperCertificateForm form;
        QVERIFY(!form.problem().isEmpty());
        form.setProperty("product", u"EU/1/20/1528"_s);
        form.setProperty("doseNumber", 2);
        form.setProperty("seriesTotal", 2);
        form.setProperty("date", u"2021-12-01"_s);
        QCOMPARE(form.problem(), u"Confirm that the ID matches the certificate."_s);
        QVERIFY(!form.statement());
        form.setProperty("idChecked", true);
        QVERIFY(form.problem().isEmpty());
        const auto statement = form.statement();
        QVERIFY(statement);
        const auto &v = std::get<Vaccination>(*statement);
        QCOMPARE(v.product, u"EU/1/20/1528"_s);
        QCOMPARE(v.doseNumber, 2);
        QCOMPARE(v.date, QDate(2021, 12, 1));
        QCOMPARE(v.disease, u"840539006"_s);
    }

    void testResultInLocalTime()
    {
        PaperCertificateForm form;
        form.setProperty("kind", QVariant::fromValue(PaperCertificateForm::Kind::Test));
        form.setProperty("resultTime", u"2022-01-02 9:00"_s);
        form.setProperty("idChecked", true);
        QVERIFY(!form.problem().isEmpty()); // HH needs two digits
        form.setProperty("resultTime", u"2022-01-02 09:00"_s);
        form.setProperty("antigen", true);
        form.setProperty("negative", false);
        const auto statement = form.statement();
        QVERIFY(statement);
        const auto &t = std::get<TestResult>(*statement);
        QCOMPARE(t.testType, u"LP217198-3"_s);
        QCOMPARE(t.result, u"260373001"_s);
        QCOMPARE(t.sampleTime,
                 QDateTime(QDate(2022, 1, 2), QTime(9, 0), QTimeZone::utc())); // TZ=UTC in tests
    }

    void problems_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("exemption");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<bool>("complete");
        const int recovery = int(PaperCertificateForm::Kind::Recovery);
        const int exemption = int(PaperCertificateForm::Kind::Exemption);
        QTest::newRow("recovery without date") << recovery << QString() << 0 << QString() << false;
        QTest::newRow("recovery bad date") << recovery << u"2022-02-30"_s << 0 << QString() << false;
        QTest::newRow("recovery") << recovery << u"2022-01-10"_s << 0 << QString() << true;
        QTest::newRow("medical exemption")
            << exemption << QString() << int(PaperCertificateForm::ExemptionKind::Medical) << QString()
            << true;
        QTest::newRow("minor without birth date")
            << exemption << QString() << int(PaperCertificateForm::ExemptionKind::Minor) << QString()
            << false;
        QTest::newRow("minor") << exemption << QString() << int(PaperCertificateForm::ExemptionKind::Minor)
                               << u"2010-05-05"_s << true;
    }
    void problems()
    {
        QFETCH(int, kind);
        QFETCH(QString, date);
        QFETCH(int, exemption);
        QFETCH(QString, birth);
        QFETCH(bool, complete);
        PaperCertificateForm form;
        form.setProperty("kind", QVariant::fromValue(PaperCertificateForm::Kind(kind)));
        form.setProperty("date", date);
        form.setProperty("exemption", QVariant::fromValue(PaperCertificateForm::ExemptionKind(exemption)));
        form.setProperty("holderBirthDate", birth);
        form.setProperty("idChecked", true);
        QCOMPARE(form.problem().isEmpty(), complete);
        QCOMPARE(form.statement().has_value(), complete);
    }

    void resetClearsEverything()
    {
        PaperCertificateForm form;
        form.setProperty("product", u"EU/1/20/1528"_s);
        form.setProperty("idChecked", true);
        form.reset();
        QCOMPARE(form.property("product").toString(), QString());
        QCOMPARE(form.property("idChecked").toBool(), false);
    }
};

QTEST_GUILESS_MAIN(PaperCertificateFormTest)
#include "tst_papercertificateform.moc"
