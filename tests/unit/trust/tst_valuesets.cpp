#include "support/TestData.h"
#include "support/TestPublisher.h"
#include "trust/BundleVerifier.h"
#include "trust/ValueSets.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;
using namespace passgate::test;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

// An EU gateway rule that names a value set and brings none of its own.
QJsonObject productRuleSet()
{
    const QJsonObject logic{
        {QStringLiteral("in"),
         QJsonArray{QJsonObject{{QStringLiteral("var"), QStringLiteral("payload.v.0.mp")}},
                    QJsonObject{{QStringLiteral("var"),
                                 QStringLiteral("external.valueSets.vaccines-covid-19-names")}}}}};
    const QJsonObject rule{{QStringLiteral("Identifier"), QStringLiteral("VR-XX-0001")},
                           {QStringLiteral("Type"), QStringLiteral("Acceptance")},
                           {QStringLiteral("CertificateType"), QStringLiteral("Vaccination")},
                           {QStringLiteral("ValidFrom"), QStringLiteral("2021-01-01T00:00:00Z")},
                           {QStringLiteral("ValidTo"), QStringLiteral("2030-01-01T00:00:00Z")},
                           {QStringLiteral("Logic"), logic}};
    return {{QStringLiteral("format"), QStringLiteral("eu-dcc-rules")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("value-set-rule")},
            {QStringLiteral("description"), QStringLiteral("a product named in the EU value set")},
            {QStringLiteral("source"), QStringLiteral("passgate test")},
            {QStringLiteral("rules"), QJsonArray{rule}}};
}

// The same in passgate's own rule format: admit a product named in the set, else deny.
QJsonObject passgateProductRuleSet()
{
    const QJsonObject when{
        {QStringLiteral("in"),
         QJsonArray{QJsonObject{{QStringLiteral("var"), QStringLiteral("payload.v.0.mp")}},
                    QJsonObject{{QStringLiteral("var"),
                                 QStringLiteral("external.valueSets.vaccines-covid-19-names")}}}}};
    const QJsonObject rule{{QStringLiteral("id"), QStringLiteral("VR-XX-0001")},
                           {QStringLiteral("when"), when},
                           {QStringLiteral("verdict"), QStringLiteral("admit")},
                           {QStringLiteral("reason"), QStringLiteral("vaccinated")}};
    return {{QStringLiteral("format"), QStringLiteral("passgate-rules")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("value-set-rule")},
            {QStringLiteral("description"), QStringLiteral("a product named in the EU value set")},
            {QStringLiteral("source"), QStringLiteral("passgate test")},
            {QStringLiteral("statementRules"), QJsonArray{rule}},
            {QStringLiteral("statementOtherwise"),
             QJsonObject{{QStringLiteral("verdict"), QStringLiteral("deny")},
                         {QStringLiteral("reason"), QStringLiteral("not-accepted")}}}};
}

Evidence vaccinationWith(const QString &product)
{
    Vaccination v;
    v.disease = QStringLiteral("840539006");
    v.product = product;
    v.doseNumber = 2;
    v.seriesTotal = 2;
    v.date = QDate(2021, 6, 1);
    DecodedPass pass;
    pass.statement = v;
    Evidence evidence;
    evidence.passes = {pass};
    return evidence;
}

} // namespace

class ValueSetsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBothPublishedForms_data()
    {
        QTest::addColumn<QString>("path"); // under trust-lists/valuesets
        QTest::addColumn<int>("sets");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("display");
        QTest::newRow("one file, one set")
            << "vaccine-medicinal-product.json" << 1 << "vaccines-covid-19-names" << QDate(2022, 11, 30)
            << "EU/1/20/1528"
            << "Comirnaty";
        QTest::newRow("the gateway's file of all sets")
            << "gateway-eu-value-sets-2023.json" << 9 << "covid-19-lab-test-manufacturer-and-name"
            << QDate(2023, 4, 11) << "1232"
            << "Abbott Rapid Diagnostics, Panbio Covid-19 Ag Rapid Test";
        QTest::newRow("a folder: the newest of each set")
            << "" << 9 << "covid-19-lab-test-manufacturer-and-name" << QDate(2023, 4, 11) << "1232"
            << "Abbott Rapid Diagnostics, Panbio Covid-19 Ag Rapid Test";
        QTest::newRow("a folder: disease agents")
            << "" << 9 << "disease-agent-targeted" << QDate(2021, 4, 27) << "840539006"
            << "COVID-19";
    }

    void readsBothPublishedForms()
    {
        QFETCH(QString, path);
        QFETCH(int, sets);
        QFETCH(QString, id);
        QFETCH(QDate, date);
        QFETCH(QString, code);
        QFETCH(QString, display);
        PASSGATE_TESTDATA(folder, "trust-lists/valuesets");
        auto read = ValueSets::read(path.isEmpty() ? folder : folder + u'/' + path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->size(), sets);
        const ValueSet *set = read->find(id);
        QVERIFY(set);
        QCOMPARE(set->date, date);
        QCOMPARE(set->displayByCode.value(code), display);
    }

    void refusesWhatIsNoValueSet_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{") << "not JSON";
        QTest::newRow("no id") << QByteArray(R"({"valueSetDate":"2021-04-27","valueSetValues":{}})")
                               << "valueSetId";
        QTest::newRow("no date") << QByteArray(R"({"valueSetId":"x","valueSetValues":{}})") << "valueSetDate";
        QTest::newRow("values not an object")
            << QByteArray(R"({"valueSetId":"x","valueSetDate":"2021-04-27","valueSetValues":[]})")
            << "valueSetValues";
        QTest::newRow("an empty list") << QByteArray("[]") << "no value set";
        QTest::newRow("one bad set in a list")
            << QByteArray(R"([{"valueSetId":"x","valueSetDate":"2021-04-27","valueSetValues":{}},{}])")
            << "[1]";
    }

    void refusesWhatIsNoValueSet()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        auto read = ValueSets::fromPublishedJson(json, QStringLiteral("sets.json"));
        QVERIFY(!read);
        QVERIFY2(read.error().contains(reason), qPrintable(read.error()));
        QVERIFY2(read.error().startsWith(u"sets.json"), qPrintable(read.error()));
    }

    void roundTripThroughTheBundle()
    {
        PASSGATE_TESTDATA(folder, "trust-lists/valuesets");
        auto sets = ValueSets::read(folder);
        QVERIFY(sets);
        BundleContents contents;
        contents.issued = utc("2023-05-01T00:00:00Z");
        contents.expires = contents.issued.addDays(30);
        contents.valueSets = *sets;
        const TestPublisher publisher = TestPublisher::generate();
        auto bundle = verifyBundle(publisher.build(contents), publisher.pins(), contents.issued);
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().reason));
        QCOMPARE(bundle->valueSets.all(), sets->all());
        QCOMPARE(bundle->valueSets.forCertLogic().value(u"disease-agent-targeted").toArray(),
                 QJsonArray{QStringLiteral("840539006")});
    }

    void aBundleWithoutValueSetsHasNone()
    {
        BundleContents contents;
        contents.issued = utc("2023-05-01T00:00:00Z");
        contents.expires = contents.issued.addDays(30);
        const TestPublisher publisher = TestPublisher::generate();
        const QByteArray file = publisher.build(contents);
        QVERIFY(!file.contains("valueSets"));
        auto bundle = verifyBundle(file, publisher.pins(), contents.issued);
        QVERIFY(bundle);
        QVERIFY(bundle->valueSets.isEmpty());
    }

    // A gateway rule that names a value set reads the bundle's sets, as in the EU verifier apps.
    void certLogicRulesReadTheBundlesValueSets_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("withSets");
        QTest::addColumn<QString>("product");
        QTest::addColumn<Verdict>("verdict");
        for (const QString &format : {QStringLiteral("eu-dcc-rules"), QStringLiteral("passgate-rules")}) {
            const QByteArray tag = format.toLatin1() + ": ";
            QTest::newRow(QByteArray(tag + "Comirnaty, in the set").constData())
                << format << true << "EU/1/20/1528" << Verdict::Admit;
            QTest::newRow(QByteArray(tag + "Covishield, in the set").constData())
                << format << true << "Covishield" << Verdict::Admit;
            QTest::newRow(QByteArray(tag + "a product not in the set").constData())
                << format << true << "EU/1/99/0000" << Verdict::Deny;
            QTest::newRow(QByteArray(tag + "no product").constData())
                << format << true << "" << Verdict::Deny;
            QTest::newRow(QByteArray(tag + "no value sets in the bundle: the rule fails").constData())
                << format << false << "EU/1/20/1528" << Verdict::Deny;
        }
    }

    void certLogicRulesReadTheBundlesValueSets()
    {
        QFETCH(QString, format);
        QFETCH(bool, withSets);
        QFETCH(QString, product);
        QFETCH(Verdict, verdict);
        PASSGATE_TESTDATA(folder, "trust-lists/valuesets");
        BundleContents contents;
        contents.issued = utc("2023-05-01T00:00:00Z");
        contents.expires = contents.issued.addDays(30);
        contents.ruleSets = {format == u"eu-dcc-rules" ? productRuleSet() : passgateProductRuleSet()};
        if (withSets)
            contents.valueSets = *ValueSets::read(folder + QStringLiteral("/vaccine-medicinal-product.json"));
        const TestPublisher publisher = TestPublisher::generate();
        auto bundle = verifyBundle(publisher.build(contents), publisher.pins(), contents.issued);
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().reason));
        QCOMPARE(bundle->ruleSets.size(), 1);
        const Decision decision =
            bundle->ruleSets.first()->decide(vaccinationWith(product), Venue{}, utc("2023-05-02T12:00:00Z"));
        QCOMPARE(decision.verdict, verdict);
        if (verdict == Verdict::Deny) {
            const Reason expected = format == u"eu-dcc-rules" ? Reason{QStringLiteral("rule-failed"),
                                                                       {QStringLiteral("VR-XX-0001")}}
                                                              : Reason{QStringLiteral("not-accepted"), {}};
            QCOMPARE(decision.reasons.first(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(ValueSetsTest)
#include "tst_valuesets.moc"
