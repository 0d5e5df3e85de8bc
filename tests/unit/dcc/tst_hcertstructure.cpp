#include "formats/dcc/HcertStructure.h"
#include "support/DccSamples.h"

#include <QJsonArray>
#include <QTest>

using namespace passgate;
using namespace passgate::dcc;
using namespace passgate::test;
using DccSamples::with;

// EXPECTEDVALIDOBJECT: the payload maps onto the DCC data model. Shape only: values that break the
// schema still make a valid object (the schema stage finds them, and staff look).
class HcertStructureTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validObjects_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        const QJsonObject v = DccSamples::vaccination(), t = DccSamples::pcrTest(),
                          r = DccSamples::recovery();
        QTest::newRow("vaccination") << v;
        QTest::newRow("test") << t;
        QTest::newRow("recovery") << r;
        // Valid objects that the schema refuses.
        QTest::newRow("null groups beside the statement")
            << with(with(v, QStringLiteral("t"), QJsonValue::Null), QStringLiteral("r"), QJsonValue::Null);
        QTest::newRow("birth date with a time")
            << with(v, QStringLiteral("dob"), QStringLiteral("1978-01-26T00:00:00"));
        QTest::newRow("two statements") << with(v, QStringLiteral("r"), r.value(QStringLiteral("r")));
        QTest::newRow("no statement") << with(v, QStringLiteral("v"), QJsonValue::Undefined);
        QTest::newRow("empty group") << with(v, QStringLiteral("v"), QJsonArray());
        QTest::newRow("lower-case transliteration")
            << with(v, QStringLiteral("nam/fnt"), QStringLiteral("Kim"));
        QTest::newRow("no standardised name") << with(v, QStringLiteral("nam"), QJsonObject());
        QTest::newRow("dose 0") << with(v, QStringLiteral("v/0/dn"), 0);
        QTest::newRow("dose 1.5") << with(v, QStringLiteral("v/0/dn"), 1.5);
        QTest::newRow("required entry field missing")
            << with(v, QStringLiteral("v/0/ci"), QJsonValue::Undefined);
        QTest::newRow("unknown members")
            << with(with(v, QStringLiteral("x"), 1), QStringLiteral("v/0/y"), QJsonArray());
        QTest::newRow("bad version text") << with(v, QStringLiteral("ver"), QStringLiteral("one"));
    }
    void validObjects()
    {
        QFETCH(QJsonObject, payload);
        const Result<void, PassError> valid = checkHcertStructure(payload);
        QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().reason));
    }

    void notObjects_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("reason");
        const QJsonObject v = DccSamples::vaccination(), t = DccSamples::pcrTest();
        QTest::newRow("empty map") << QJsonObject() << QStringLiteral("ver: missing");
        QTest::newRow("no name") << with(v, QStringLiteral("nam"), QJsonValue::Undefined)
                                 << QStringLiteral("nam: missing");
        QTest::newRow("no birth date (common/DGC1)")
            << with(v, QStringLiteral("dob"), QJsonValue::Undefined) << QStringLiteral("dob: missing");
        QTest::newRow("null version")
            << with(v, QStringLiteral("ver"), QJsonValue::Null) << QStringLiteral("ver: missing");
        QTest::newRow("name a string") << with(v, QStringLiteral("nam"), QStringLiteral("KIM"))
                                       << QStringLiteral("nam: a string where the data model has a name");
        QTest::newRow("name part a number")
            << with(v, QStringLiteral("nam/gn"), 7)
            << QStringLiteral("nam.gn: a number where the data model has a text");
        QTest::newRow("birth date a number")
            << with(v, QStringLiteral("dob"), 1964)
            << QStringLiteral("dob: a number where the data model has a text");
        QTest::newRow("version a number") << with(v, QStringLiteral("ver"), 1.3)
                                          << QStringLiteral("ver: a number where the data model has a text");
        QTest::newRow("group a map") << with(v, QStringLiteral("v"), QJsonObject())
                                     << QStringLiteral("v: a map where the data model has a list");
        QTest::newRow("group a string") << with(v, QStringLiteral("r"), QStringLiteral("none"))
                                        << QStringLiteral("r: a string where the data model has a list");
        QTest::newRow("entry a string") << with(v, QStringLiteral("v/0"), QStringLiteral("x"))
                                        << QStringLiteral("v[0]: a string where the data model has an entry");
        QTest::newRow("second entry null") << with(v, QStringLiteral("v/1"), QJsonValue::Null)
                                           << QStringLiteral("v[1]: null where the data model has an entry");
        QTest::newRow("dose as text")
            << with(v, QStringLiteral("v/0/dn"), QStringLiteral("2"))
            << QStringLiteral("v[0].dn: a string where the data model has a number");
        QTest::newRow("date a number") << with(v, QStringLiteral("v/0/dt"), 20210301)
                                       << QStringLiteral("v[0].dt: a number where the data model has a text");
        QTest::newRow("test result a boolean")
            << with(t, QStringLiteral("t/0/tr"), false)
            << QStringLiteral("t[0].tr: a boolean where the data model has a text");
        QTest::newRow("recovery date a list")
            << with(DccSamples::recovery(), QStringLiteral("r/0/du"),
                    QJsonArray{QStringLiteral("2022-01-01")})
            << QStringLiteral("r[0].du: an array where the data model has a text");
    }
    void notObjects()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, reason);
        const Result<void, PassError> valid = checkHcertStructure(payload);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, PassErrorCode::MalformedDcc);
        QCOMPARE(stageName(stageOf(valid.error().code)), QStringLiteral("structure"));
        QVERIFY2(valid.error().reason.startsWith(reason), qPrintable(valid.error().reason));
    }
};

QTEST_APPLESS_MAIN(HcertStructureTest)
#include "tst_hcertstructure.moc"
