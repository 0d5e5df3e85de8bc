#include "policy/PolicyCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::PolicyError)

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

    void missingFileIsAnError()
    {
        const auto policy = policyFromFile(QStringLiteral("/nonexistent/policy.json"));
        QVERIFY(!policy.ok());
        QVERIFY(policy.error().reason.contains(QStringLiteral("/nonexistent/policy.json")));
    }
};

QTEST_GUILESS_MAIN(PolicyFilesTest)
#include "tst_policy_files.moc"
