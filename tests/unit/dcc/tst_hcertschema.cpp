#include "formats/dcc/HcertSchema.h"
#include "support/DccSamples.h"

#include <QJsonArray>
#include <QTest>

using namespace passgate;
using namespace passgate::dcc;
using namespace passgate::test;

namespace {

// Sets `value` at a path like "v/0/ma" or "nam/fnt"; an undefined value removes the member.
QJsonValue changed(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (index == array.size())
            array.append(changed(QJsonValue(), path, value));
        else
            array[index] = changed(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, changed(object.value(head), path, value));
    return object;
}

QJsonObject with(const QJsonObject &payload, const QString &path, const QJsonValue &value)
{
    return changed(payload, path.split(u'/'), value).toObject();
}

} // namespace

class HcertSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAreValid_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::newRow("vaccination") << DccSamples::vaccination();
        QTest::newRow("PCR test") << DccSamples::pcrTest();
        QTest::newRow("rapid test") << DccSamples::rapidTest();
        QTest::newRow("recovery") << DccSamples::recovery();
    }
    void samplesAreValid()
    {
        QFETCH(QJsonObject, payload);
        const Result<void, PassError> valid = validateHcert(payload);
        QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().reason));
    }

    // Real passes differ from the schema's letter in ways a verifier must accept.
    void tolerated_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        const QJsonObject v = DccSamples::vaccination(), t = DccSamples::rapidTest(),
                          r = DccSamples::recovery();
        QTest::newRow("birth year only") << with(v, QStringLiteral("dob"), QStringLiteral("1964"));
        QTest::newRow("birth year and month") << with(v, QStringLiteral("dob"), QStringLiteral("1964-08"));
        QTest::newRow("birth date unknown") << with(v, QStringLiteral("dob"), QStringLiteral(""));
        QTest::newRow("birth date with a time (BG)")
            << with(v, QStringLiteral("dob"), QStringLiteral("1978-01-26T00:00:00"));
        QTest::newRow("vaccination date with a time (BG)")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("2021-03-09T00:00:00"));
        QTest::newRow("only a given name") << with(with(v, QStringLiteral("nam/fnt"), QJsonValue::Undefined),
                                                   QStringLiteral("nam/fn"), QJsonValue::Undefined);
        QTest::newRow("only a family name") << with(with(v, QStringLiteral("nam/gnt"), QJsonValue::Undefined),
                                                    QStringLiteral("nam/gn"), QJsonValue::Undefined);
        QTest::newRow("unknown top-level field")
            << with(v, QStringLiteral("xyz"), QStringLiteral("later schema"));
        QTest::newRow("unknown entry field") << with(v, QStringLiteral("v/0/xyz"), 42);
        QTest::newRow("null test and recovery (BG)")
            << with(with(v, QStringLiteral("t"), QJsonValue::Null), QStringLiteral("r"), QJsonValue::Null);
        QTest::newRow("national vaccine code (ES)")
            << with(with(v, QStringLiteral("v/0/mp"), QStringLiteral("729999")), QStringLiteral("v/0/ma"),
                    QStringLiteral("729999"));
        QTest::newRow("non-EMA manufacturer")
            << with(v, QStringLiteral("v/0/ma"), QStringLiteral("Gamaleya-Research-Institute"));
        QTest::newRow("booster beyond the series")
            << with(with(v, QStringLiteral("v/0/dn"), 3), QStringLiteral("v/0/sd"), 2);
        QTest::newRow("Kosovo") << with(v, QStringLiteral("v/0/co"), QStringLiteral("XK"));
        QTest::newRow("test without device (PCR)")
            << with(t, QStringLiteral("t/0/ma"), QJsonValue::Undefined);
        QTest::newRow("test with empty device (CH)") << with(t, QStringLiteral("t/0/ma"), QStringLiteral(""));
        QTest::newRow("test result as national text (ES)")
            << with(t, QStringLiteral("t/0/tr"), QStringLiteral("NEGATIVO"));
        QTest::newRow("sample time with offset")
            << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-05-12T17:04:08+02:00"));
        QTest::newRow("sample time with fraction")
            << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-05-12T17:04:08.123Z"));
        QTest::newRow("result time (schema 1.0)")
            << with(t, QStringLiteral("t/0/dr"), QStringLiteral("2021-05-12T18:00:00Z"));
        QTest::newRow("no test centre") << with(t, QStringLiteral("t/0/tc"), QJsonValue::Undefined);
        QTest::newRow("long test centre name") << with(
            t, QStringLiteral("t/0/tc"), QString(QStringLiteral("Testzentrum ") + QString(100, u'X')));
        QTest::newRow("recovery") << r;
    }
    void tolerated()
    {
        QFETCH(QJsonObject, payload);
        const Result<void, PassError> valid = validateHcert(payload);
        QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().reason));
    }

    void violations_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("reason");
        const QJsonObject v = DccSamples::vaccination(), t = DccSamples::rapidTest(),
                          r = DccSamples::recovery();
        const QJsonValue gone = QJsonValue::Undefined;
        QTest::newRow("no version") << with(v, QStringLiteral("ver"), gone)
                                    << QStringLiteral("ver: required field missing");
        QTest::newRow("bad version") << with(v, QStringLiteral("ver"), QStringLiteral("1.3"))
                                     << QStringLiteral("ver: '1.3' is not a schema version");
        QTest::newRow("no name") << with(v, QStringLiteral("nam"), gone)
                                 << QStringLiteral("nam: required field missing");
        QTest::newRow("name a string")
            << with(v, QStringLiteral("nam"), QStringLiteral("X")) << QStringLiteral("nam: not an object");
        // common/DGC1: "nam": {}.
        QTest::newRow("empty name (DGC1)") << with(v, QStringLiteral("nam"), QJsonObject())
                                           << QStringLiteral("nam: neither a standardised family name");
        QTest::newRow("lower-case transliteration")
            << with(v, QStringLiteral("nam/fnt"), QStringLiteral("Musterfrau"))
            << QStringLiteral("nam.fnt: 'Musterfrau' is not ICAO 9303 transliterated");
        QTest::newRow("transliteration with space")
            << with(v, QStringLiteral("nam/gnt"), QStringLiteral("ANNA MARIA")) << QStringLiteral("nam.gnt");
        QTest::newRow("name too long") << with(v, QStringLiteral("nam/fn"), QString(81, u'a'))
                                       << QStringLiteral("nam.fn: longer than 80");
        QTest::newRow("no birth date")
            << with(v, QStringLiteral("dob"), gone) << QStringLiteral("dob: required field missing");
        QTest::newRow("birth date impossible") << with(v, QStringLiteral("dob"), QStringLiteral("1964-02-30"))
                                               << QStringLiteral("dob: '1964-02-30' is not a birth date");
        QTest::newRow("birth date in the 1800s")
            << with(v, QStringLiteral("dob"), QStringLiteral("1899")) << QStringLiteral("dob: '1899'");
        QTest::newRow("birth month 13")
            << with(v, QStringLiteral("dob"), QStringLiteral("1964-13")) << QStringLiteral("dob");
        QTest::newRow("birth date as number")
            << with(v, QStringLiteral("dob"), 1964) << QStringLiteral("dob: not a string");
        QTest::newRow("no statement")
            << with(v, QStringLiteral("v"), gone) << QStringLiteral("no vaccination, test or recovery");
        // common/DGC2: v, t and r at once.
        QTest::newRow("two statement types (DGC2)")
            << with(v, QStringLiteral("r"), r.value(QStringLiteral("r")))
            << QStringLiteral("more than one of vaccination, test and recovery");
        QTest::newRow("two vaccinations")
            << with(v, QStringLiteral("v/1"), v.value(QStringLiteral("v")).toArray().at(0))
            << QStringLiteral("v: 2 entries");
        QTest::newRow("no vaccination entry")
            << with(v, QStringLiteral("v"), QJsonArray()) << QStringLiteral("v: 0 entries");
        QTest::newRow("entries as object")
            << with(v, QStringLiteral("v"), QJsonObject()) << QStringLiteral("v: not an array");
        QTest::newRow("entry as string")
            << with(v, QStringLiteral("v/0"), QStringLiteral("x")) << QStringLiteral("v[0]: not an object");
        QTest::newRow("no disease") << with(v, QStringLiteral("v/0/tg"), gone)
                                    << QStringLiteral("v[0].tg: required field missing");
        QTest::newRow("disease empty") << with(v, QStringLiteral("v/0/tg"), QStringLiteral(" "))
                                       << QStringLiteral("v[0].tg: empty code");
        QTest::newRow("disease a number")
            << with(v, QStringLiteral("v/0/tg"), 840539006) << QStringLiteral("v[0].tg: not a string");
        QTest::newRow("control character in a code")
            << with(v, QStringLiteral("v/0/vp"), QStringLiteral("J07\nBX03")) << QStringLiteral("v[0].vp");
        // PL 9: "incorrect vaccine manufacturer identifier".
        QTest::newRow("placeholder manufacturer (PL 9)")
            << with(v, QStringLiteral("v/0/ma"), QStringLiteral("ORG-99999999"))
            << QStringLiteral("v[0].ma: 'ORG-99999999' is a placeholder");
        QTest::newRow("EMA id with 8 digits")
            << with(v, QStringLiteral("v/0/ma"), QStringLiteral("ORG-10003021"))
            << QStringLiteral("v[0].ma: 'ORG-10003021' is not an EMA organisation id");
        QTest::newRow("dose 0") << with(v, QStringLiteral("v/0/dn"), 0)
                                << QStringLiteral("v[0].dn: not a dose number");
        QTest::newRow("dose 10") << with(v, QStringLiteral("v/0/sd"), 10)
                                 << QStringLiteral("v[0].sd: not a dose number");
        QTest::newRow("dose 1.5") << with(v, QStringLiteral("v/0/dn"), 1.5)
                                  << QStringLiteral("v[0].dn: not a dose number");
        QTest::newRow("dose as text")
            << with(v, QStringLiteral("v/0/dn"), QStringLiteral("2")) << QStringLiteral("v[0].dn");
        QTest::newRow("vaccination date impossible")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("2021-02-29"))
            << QStringLiteral("v[0].dt: '2021-02-29' is not a date");
        QTest::newRow("vaccination date German style")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("18.02.2021")) << QStringLiteral("v[0].dt");
        QTest::newRow("no country") << with(v, QStringLiteral("v/0/co"), gone)
                                    << QStringLiteral("v[0].co: required field missing");
        // PL 8: "incorrect country code".
        QTest::newRow("user-assigned country XY (PL 8)")
            << with(r, QStringLiteral("r/0/co"), QStringLiteral("XY"))
            << QStringLiteral("r[0].co: 'XY' is not an ISO 3166 country code");
        QTest::newRow("lower-case country")
            << with(v, QStringLiteral("v/0/co"), QStringLiteral("de")) << QStringLiteral("v[0].co");
        QTest::newRow("three-letter country")
            << with(v, QStringLiteral("v/0/co"), QStringLiteral("DEU")) << QStringLiteral("v[0].co");
        QTest::newRow("no issuer") << with(v, QStringLiteral("v/0/is"), gone)
                                   << QStringLiteral("v[0].is: required field missing");
        QTest::newRow("empty certificate id")
            << with(v, QStringLiteral("v/0/ci"), QStringLiteral("")) << QStringLiteral("v[0].ci: empty");
        QTest::newRow("certificate id too long") << with(v, QStringLiteral("v/0/ci"), QString(81, u'X'))
                                                 << QStringLiteral("v[0].ci: longer than 80");
        QTest::newRow("no test type")
            << with(t, QStringLiteral("t/0/tt"), gone) << QStringLiteral("t[0].tt: required field missing");
        QTest::newRow("no test result")
            << with(t, QStringLiteral("t/0/tr"), gone) << QStringLiteral("t[0].tr: required field missing");
        // PL 7: "incorrect device identification number".
        QTest::newRow("placeholder test device (PL 7)")
            << with(t, QStringLiteral("t/0/ma"), QStringLiteral("9999"))
            << QStringLiteral("t[0].ma: '9999' is a placeholder");
        QTest::newRow("no sample time")
            << with(t, QStringLiteral("t/0/sc"), gone) << QStringLiteral("t[0].sc: required field missing");
        QTest::newRow("sample date only") << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-05-12"))
                                          << QStringLiteral("t[0].sc: '2021-05-12' is not a date and time");
        QTest::newRow("sample time 25 o'clock")
            << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-05-12T25:00:00Z"))
            << QStringLiteral("t[0].sc");
        QTest::newRow("result time garbage")
            << with(t, QStringLiteral("t/0/dr"), QStringLiteral("soon")) << QStringLiteral("t[0].dr");
        QTest::newRow("test centre a number")
            << with(t, QStringLiteral("t/0/tc"), 5) << QStringLiteral("t[0].tc: not a string");
        QTest::newRow("no first positive")
            << with(r, QStringLiteral("r/0/fr"), gone) << QStringLiteral("r[0].fr: required field missing");
        QTest::newRow("valid-until impossible")
            << with(r, QStringLiteral("r/0/du"), QStringLiteral("2021-13-01")) << QStringLiteral("r[0].du");
        QTest::newRow("no valid-from")
            << with(r, QStringLiteral("r/0/df"), gone) << QStringLiteral("r[0].df: required field missing");
    }
    void violations()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, reason);
        const Result<void, PassError> valid = validateHcert(payload);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, PassErrorCode::SchemaViolation);
        QCOMPARE(stageOf(valid.error().code), PassStage::Schema);
        QVERIFY2(valid.error().reason.startsWith(reason) || valid.error().reason.contains(reason),
                 qPrintable(valid.error().reason));
    }

    void statementTypes()
    {
        QCOMPARE(hcertStatementTypes(DccSamples::vaccination()),
                 QList<StatementType>{StatementType::Vaccination});
        QCOMPARE(hcertStatementTypes(DccSamples::pcrTest()), QList<StatementType>{StatementType::Test});
        QCOMPARE(hcertStatementTypes(DccSamples::recovery()), QList<StatementType>{StatementType::Recovery});
        const QJsonObject both = with(DccSamples::vaccination(), QStringLiteral("r"), QJsonArray());
        QCOMPARE(hcertStatementTypes(both),
                 (QList<StatementType>{StatementType::Vaccination, StatementType::Recovery}));
        QVERIFY(hcertStatementTypes(with(DccSamples::vaccination(), QStringLiteral("v"), QJsonValue::Null))
                    .isEmpty());
    }
};

QTEST_APPLESS_MAIN(HcertSchemaTest)
#include "tst_hcertschema.moc"
