#include "policy/PolicyCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::PolicyError)
Q_DECLARE_METATYPE(passgate::Verdict)

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

#define HEADER(format) R"("format":")" format R"(","version":1,"name":"t","description":"d","source":"s")"

} // namespace

// Policy files are data an authority or a bundle sends: anything malformed or outside CertLogic is
// refused with a reason naming the place, never half-loaded.
class PolicyFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<PolicyError>("error");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown format") << QByteArray(R"({"format":"x","version":1})")
                                        << PolicyError::Malformed << QStringLiteral("unknown policy format");
        QTest::newRow("newer version") << QByteArray(R"({"format":"passgate-rules","version":2})")
                                       << PolicyError::Malformed << QStringLiteral("version 1");
        QTest::newRow("no name")
            << QByteArray(R"({"format":"passgate-preset","version":1,"description":"d","source":"s"})")
            << PolicyError::Malformed << QStringLiteral("name");
        QTest::newRow("no source")
            << QByteArray(R"({"format":"passgate-preset","version":1,"name":"t","description":"d"})")
            << PolicyError::Malformed << QStringLiteral("source");
        QTest::newRow("bad date") << QByteArray("{" HEADER(
                                         "passgate-preset") R"(,"effective":{"from":"13.12.2021"}})")
                                  << PolicyError::Malformed << QStringLiteral("effective.from");
        QTest::newRow("until before from")
            << QByteArray("{" HEADER(
                   "passgate-preset") R"(,"effective":{"from":"2022-01-02","until":"2022-01-01"}})")
            << PolicyError::Malformed << QStringLiteral("before");
        QTest::newRow("unknown zone")
            << QByteArray("{" HEADER("passgate-preset") R"(,"timeZone":"Mars/Olympus"})")
            << PolicyError::Malformed << QStringLiteral("Mars/Olympus");
        // A POSIX TZ string is not an IANA zone, even when Qt could read it.
        QTest::newRow("not an IANA zone")
            << QByteArray("{" HEADER("passgate-preset") R"(,"timeZone":"Seoul"})") << PolicyError::Malformed
            << QStringLiteral("Seoul");
        QTest::newRow("fractional day")
            << QByteArray("{" HEADER("passgate-preset") R"(,"vaccination":{"primary":{"fromDay":14.5}}})")
            << PolicyError::Malformed << QStringLiteral("fromDay");
        QTest::newRow("end before start")
            << QByteArray(
                   "{" HEADER("passgate-preset") R"(,"vaccination":{"primary":{"fromDay":14,"untilDay":7}}})")
            << PolicyError::Malformed << QStringLiteral("untilDay");
        QTest::newRow("test window kind")
            << QByteArray("{" HEADER(
                   "passgate-preset") R"(,"tests":[{"type":"LP6464-4","hours":48,"countsUntil":"noon"}]})")
            << PolicyError::Malformed << QStringLiteral("countsUntil");
        // A preset that counts dated doses says which products it counts, and where the list is from.
        QTest::newRow("dated doses, no products")
            << QByteArray("{" HEADER("passgate-preset") R"(,"vaccination":{"primaryDoses":2}})")
            << PolicyError::Malformed << QStringLiteral("recognisedProducts");
        QTest::newRow("products without a source")
            << QByteArray(
                   "{" HEADER("passgate-preset") R"(,"vaccination":{"recognisedProducts":)"
                                                 R"({"products":[{"code":"EU/1/20/1528","name":"C"}]}}})")
            << PolicyError::Malformed << QStringLiteral("recognisedProducts needs a source");
        QTest::newRow("an empty product list")
            << QByteArray("{" HEADER("passgate-preset") R"(,"vaccination":{"recognisedProducts":)"
                                                        R"({"source":"s","products":[]}}})")
            << PolicyError::Malformed << QStringLiteral("recognisedProducts needs a source and a list");
        QTest::newRow("a product without a name")
            << QByteArray(
                   "{" HEADER("passgate-preset") R"(,"vaccination":{"recognisedProducts":)"
                                                 R"({"source":"s","products":[{"code":"EU/1/20/1528"}]}}})")
            << PolicyError::Malformed << QStringLiteral("name");
        QTest::newRow("a product code with spaces around")
            << QByteArray(
                   "{" HEADER("passgate-preset") R"(,"vaccination":{"recognisedProducts":)"
                                                 R"({"source":"s","products":[{"code":" X","name":"X"}]}}})")
            << PolicyError::Malformed << QStringLiteral("code");
        QTest::newRow("a product's date")
            << QByteArray(
                   "{" HEADER("passgate-preset") R"(,"vaccination":{"recognisedProducts":{"source":"s",)"
                                                 R"("products":[{"code":"X","name":"X","since":"2021"}]}}})")
            << PolicyError::Malformed << QStringLiteral("products[X].since");
        QTest::newRow("extra products without a source")
            << QByteArray("{" HEADER(
                   "passgate-preset") R"(,"vaccination":{"recognisedProducts":)"
                                      R"({"source":"s","products":[{"code":"X","name":"X"}]},)"
                                      R"("extraProducts":{"products":[{"code":"Y","name":"Y"}]}}})")
            << PolicyError::Malformed << QStringLiteral("extraProducts");
        QTest::newRow("rule args not a list")
            << QByteArray("{" HEADER(
                   "passgate-rules") R"(,"statementOtherwise":{"verdict":"deny","reason":"n"},)"
                                     R"("statementRules":[{"id":"A","verdict":"staff-check","reason":"r","when":true,"args":{"var":"payload.v.0.mp"}}]})")
            << PolicyError::Malformed << QStringLiteral("args");
        QTest::newRow("rule args not CertLogic")
            << QByteArray("{" HEADER(
                   "passgate-rules") R"(,"statementOtherwise":{"verdict":"deny","reason":"n"},)"
                                     R"("statementRules":[{"id":"A","verdict":"staff-check","reason":"r","when":true,"args":[{"some":[1]}]}]})")
            << PolicyError::NotCertLogic << QStringLiteral("'A'");
        QTest::newRow("no otherwise") << QByteArray("{" HEADER("passgate-rules") "}")
                                      << PolicyError::Malformed << QStringLiteral("statementOtherwise");
        QTest::newRow("otherwise admits")
            << QByteArray(
                   "{" HEADER("passgate-rules") R"(,"statementOtherwise":{"verdict":"admit","reason":"x"}})")
            << PolicyError::Malformed << QStringLiteral("statementOtherwise");
        QTest::newRow("rule without reason")
            << QByteArray("{" HEADER(
                   "passgate-rules") R"(,"statementOtherwise":{"verdict":"deny","reason":"n"},)"
                                     R"("statementRules":[{"id":"A","verdict":"admit","when":true}]})")
            << PolicyError::Malformed << QStringLiteral("'A'");
        QTest::newRow("JsonLogic but not CertLogic")
            << QByteArray("{" HEADER(
                   "passgate-rules") R"(,"statementOtherwise":{"verdict":"deny","reason":"n"},)"
                                     R"("statementRules":[{"id":"A","verdict":"admit","reason":"r","when":{"some":[{"var":"payload.v"},true]}}]})")
            << PolicyError::NotCertLogic << QStringLiteral("unrecognised operator");
        QTest::newRow("bad validUntil")
            << QByteArray("{" HEADER(
                   "passgate-rules") R"(,"statementOtherwise":{"verdict":"deny","reason":"n"},)"
                                     R"("venueRules":[{"id":"A","verdict":"staff-check","reason":"r","when":true,"validUntil":{"plusTime":["2022-01-01",1,"week"]}}]})")
            << PolicyError::NotCertLogic << QStringLiteral("plusTime");
    }
    void refuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(PolicyError, error);
        QFETCH(QString, mentions);
        const auto policy = policyFromJson(object(json.constData()));
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().code, error);
        QVERIFY2(policy.error().reason.contains(mentions), qPrintable(policy.error().reason));
    }

    void acceptsAMinimalRuleSet()
    {
        const auto policy = policyFromJson(object("{" HEADER(
            "passgate-rules") R"(,"statementOtherwise":{"verdict":"deny","reason":"n"},)"
                              R"("venueRules":[{"id":"A","verdict":"staff-check","reason":"ask","when":{"===":[{"var":"external.venueType"},"bar"]},)"
                              R"("args":[{"var":"external.venueType"},"x",{"var":"external.none"},3]}]})"));
        QVERIFY(policy.ok());
        QCOMPARE((*policy)->info().name, QStringLiteral("t"));
        const Decision atBar =
            (*policy)->decide(Evidence(), Venue{QStringLiteral("bar"), QTimeZone::utc()},
                              QDateTime(QDate(2022, 1, 1), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(atBar.verdict, Verdict::StaffCheck);
        QCOMPARE(atBar.reasons.first().code, QStringLiteral("ask"));
        // Each argument as text; a field that is not there as empty.
        const QStringList args{QStringLiteral("bar"), QStringLiteral("x"), QString(), QStringLiteral("3")};
        QCOMPARE(atBar.reasons.first().args, args);
        const Decision elsewhere =
            (*policy)->decide(Evidence(), Venue{QStringLiteral("cafe"), QTimeZone::utc()},
                              QDateTime(QDate(2022, 1, 1), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(elsewhere.verdict, Verdict::Deny);
    }

    // A venue's copy of a preset adds products under extraProducts, beside the authority's list
    // it keeps unchanged; a preset that counts no dated dose (New Zealand's) needs no list.
    void aVenueAddsProducts_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<Verdict>("builtIn");
        QTest::addColumn<Verdict>("extended");
        QTest::newRow("added by the venue")
            << QStringLiteral("EU/1/21/1618") << Verdict::StaffCheck << Verdict::Admit;
        QTest::newRow("on the authority's list")
            << QStringLiteral("CoronaVac") << Verdict::Admit << Verdict::Admit;
        QTest::newRow("on neither") << QStringLiteral("Sputnik-V") << Verdict::StaffCheck
                                    << Verdict::StaffCheck;
    }
    void aVenueAddsProducts()
    {
        QFETCH(QString, product);
        QFETCH(Verdict, builtIn);
        QFETCH(Verdict, extended);
        const auto original = PolicyCatalog::builtIn().find(QStringLiteral("kr-2021-12-13"));
        QVERIFY(original.ok());
        QFile file(QStringLiteral(":/policies/kr-2021-12-13.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject preset = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject vaccination = preset.value(u"vaccination").toObject();
        vaccination.insert(
            QStringLiteral("extraProducts"),
            object(R"json({"source":"the venue counts Nuvaxovid from its WHO EUL (2021-12-20)",)json"
                   R"json("products":[{"code":"EU/1/21/1618","name":"Nuvaxovid"}]})json"));
        preset.insert(QStringLiteral("vaccination"), vaccination);
        const auto venueCopy = policyFromJson(preset);
        QVERIFY2(venueCopy.ok(), venueCopy.ok() ? "" : qPrintable(venueCopy.error().reason));

        Vaccination booster;
        booster.disease = QStringLiteral("840539006");
        booster.product = product;
        booster.doseNumber = 3;
        booster.seriesTotal = 3;
        booster.date = QDate(2021, 12, 24);
        Evidence evidence;
        DecodedPass pass;
        pass.statement = booster;
        evidence.passes.append(pass);
        const Venue venue{QStringLiteral("pcbang"), QTimeZone::utc()};
        const QDateTime now(QDate(2021, 12, 24), QTime(12, 0), QTimeZone::utc());
        QCOMPARE((*original)->decide(evidence, venue, now).verdict, builtIn);
        QCOMPARE((*venueCopy)->decide(evidence, venue, now).verdict, extended);
    }

    void presetCountingNoDatedDoseNeedsNoProducts()
    {
        const auto policy = policyFromJson(object(
            "{" HEADER("passgate-preset") R"(,"vaccination":{"issuerCertified":true,"datedDoses":false}})"));
        QVERIFY2(policy.ok(), policy.ok() ? "" : qPrintable(policy.error().reason));
    }

    void missingFileIsAnError()
    {
        const auto policy = policyFromFile(QStringLiteral("/nonexistent/policy.json"));
        QVERIFY(!policy.ok());
        QVERIFY(policy.error().reason.contains(QStringLiteral("/nonexistent/policy.json")));
    }
};

QTEST_GUILESS_MAIN(PolicyFilesTest)
#include "tst_policy_files.moc"
