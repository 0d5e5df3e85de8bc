#include "formats/cose/CoseSign1.h"
#include "formats/dcc/CwtClaims.h"
#include "formats/dcc/DccDecoder.h"
#include "formats/dcc/HcertSchema.h"
#include "support/DccSamples.h"
#include "support/TestData.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QVersionNumber>

#include <algorithm>
#include <optional>

// The validator itself, given the published file as it is: the reference the schema stage must agree with.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

using namespace passgate;
using namespace passgate::dcc;
using passgate::cose::CoseSign1;
using namespace passgate::test;
using DccSamples::with;

namespace {

// The payload inside a vector's QR text, or nothing when the text does not decode that far.
std::optional<QJsonObject> payloadOf(const QJsonObject &vector)
{
    const Result<QByteArray, PassError> cose =
        DccDecoder::coseBytes(vector.value(QLatin1String("PREFIX")).toString());
    if (!cose)
        return std::nullopt;
    const Result<CoseSign1, PassError> message = CoseSign1::parse(*cose);
    if (!message)
        return std::nullopt;
    const Result<CwtClaims, PassError> claims = CwtClaims::parse(message->payload);
    if (!claims)
        return std::nullopt;
    return DccDecoder::toJson(claims->dcc);
}

} // namespace

// The schema stage is the published EU DCC schema, compiled by passgate's JsonSchema: these cases pin
// down what that means for payloads real issuers write, and the last test holds the stage to an
// independent validator's verdict (valijson) on every vector, given the published file directly.
class HcertSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theShippedReleaseIsTheNewest()
    {
        QCOMPARE(HcertSchema::published().release(), HcertSchema::publishedRelease());
        PASSGATE_TESTDATA(schemas, "dcc-schema");
        QStringList releases;
        QDirIterator it(schemas, {QStringLiteral("DCC.combined-schema-*.json")}, QDir::Files);
        while (it.hasNext()) {
            const Result<HcertSchema, QString> schema = HcertSchema::fromFile(it.next());
            QVERIFY2(schema.ok(), schema.ok() ? "" : qPrintable(schema.error()));
            releases.append(schema->release());
        }
        QVERIFY(releases.size() >= 9);
        std::sort(releases.begin(), releases.end(), [](const QString &a, const QString &b) {
            return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
        });
        QCOMPARE(releases.last(), HcertSchema::publishedRelease());
        // The shipped copy is the published file, byte for byte.
        QFile shipped(
            QStringLiteral(":/dcc-schema/DCC.combined-schema-%1.json").arg(HcertSchema::publishedRelease()));
        QFile published(schemas +
                        QStringLiteral("/DCC.combined-schema-%1.json").arg(HcertSchema::publishedRelease()));
        QVERIFY(shipped.open(QIODevice::ReadOnly) && published.open(QIODevice::ReadOnly));
        QCOMPARE(shipped.readAll(), published.readAll());
    }

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
        const Result<void, PassError> valid = HcertSchema::published().validate(payload);
        QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().reason));
    }

    // What real issuers write and the published schema allows (a stricter verifier turns these away).
    void accepted_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        const QJsonObject v = DccSamples::vaccination(), t = DccSamples::rapidTest(),
                          r = DccSamples::recovery();
        QTest::newRow("birth year only") << with(v, QStringLiteral("dob"), QStringLiteral("1963"));
        QTest::newRow("birth year and month") << with(v, QStringLiteral("dob"), QStringLiteral("1964-01"));
        QTest::newRow("birth month unknown (00)")
            << with(v, QStringLiteral("dob"), QStringLiteral("1963-00"));
        QTest::newRow("birth date unknown") << with(v, QStringLiteral("dob"), QStringLiteral(""));
        QTest::newRow("partial birth date labelled 1.0.0")
            << with(with(v, QStringLiteral("dob"), QStringLiteral("1963")), QStringLiteral("ver"),
                    QStringLiteral("1.0.0"));
        QTest::newRow("empty vaccine type") << with(v, QStringLiteral("v/0/vp"), QStringLiteral(""));
        QTest::newRow("empty manufacturer") << with(v, QStringLiteral("v/0/ma"), QStringLiteral(""));
        QTest::newRow("empty test result") << with(t, QStringLiteral("t/0/tr"), QStringLiteral(""));
        QTest::newRow("empty disease") << with(r, QStringLiteral("r/0/tg"), QStringLiteral(""));
        QTest::newRow("national manufacturer id")
            << with(v, QStringLiteral("v/0/ma"), QStringLiteral("Gamaleya-Research-Institute"));
        QTest::newRow("EMA id with 8 digits")
            << with(v, QStringLiteral("v/0/ma"), QStringLiteral("ORG-10003021"));
        QTest::newRow("manufacturer of nines")
            << with(v, QStringLiteral("v/0/ma"), QStringLiteral("ORG-99999999"));
        QTest::newRow("device of nines") << with(t, QStringLiteral("t/0/ma"), QStringLiteral("9999"));
        QTest::newRow("user-assigned country XY") << with(r, QStringLiteral("r/0/co"), QStringLiteral("XY"));
        QTest::newRow("national vaccine code")
            << with(with(v, QStringLiteral("v/0/mp"), QStringLiteral("729999")), QStringLiteral("v/0/ma"),
                    QStringLiteral("729999"));
        QTest::newRow("booster beyond the series")
            << with(with(v, QStringLiteral("v/0/dn"), 3), QStringLiteral("v/0/sd"), 2);
        QTest::newRow("dose 10 (no maximum since 1.3.0)") << with(v, QStringLiteral("v/0/dn"), 10);
        QTest::newRow("vaccination date with a time (format is an annotation)")
            << with(v, QStringLiteral("v/0/dt"), QStringLiteral("2021-03-18T22:54:00+02:00"));
        QTest::newRow("sample time with fraction")
            << with(t, QStringLiteral("t/0/sc"), QStringLiteral("2021-05-12T17:04:08.123Z"));
        QTest::newRow("test without device") << with(t, QStringLiteral("t/0/ma"), QJsonValue::Undefined);
        QTest::newRow("no test centre") << with(t, QStringLiteral("t/0/tc"), QJsonValue::Undefined);
        QTest::newRow("test centre of 80 characters") << with(t, QStringLiteral("t/0/tc"), QString(80, u'X'));
        QTest::newRow("only a given name") << with(with(v, QStringLiteral("nam/fnt"), QJsonValue::Undefined),
                                                   QStringLiteral("nam/fn"), QJsonValue::Undefined);
        QTest::newRow("unknown top-level field") << with(v, QStringLiteral("xyz"), QStringLiteral("later"));
        QTest::newRow("unknown entry field") << with(v, QStringLiteral("v/0/xyz"), 42);
        QTest::newRow("country in lower case with an upper-case letter (pattern is unanchored)")
            << with(v, QStringLiteral("v/0/co"), QStringLiteral("De"));
    }
    void accepted()
    {
        QFETCH(QJsonObject, payload);
        const Result<void, PassError> valid = HcertSchema::published().validate(payload);
        QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().reason));
    }

    // What the published schema refuses; `field` is where the finding points.
    void refused_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("field");
        const QJsonObject v = DccSamples::vaccination(), t = DccSamples::rapidTest(),
                          r = DccSamples::recovery();
        const QJsonValue gone = QJsonValue::Undefined;
        QTest::newRow("no version") << with(v, QStringLiteral("ver"), gone) << QString();
        QTest::newRow("bad version") << with(v, QStringLiteral("ver"), QStringLiteral("1.3"))
                                     << QStringLiteral("ver");
        QTest::newRow("no name") << with(v, QStringLiteral("nam"), gone) << QString();
        QTest::newRow("name a string")
            << with(v, QStringLiteral("nam"), QStringLiteral("X")) << QStringLiteral("nam");
        QTest::newRow("name without a standardised part")
            << with(v, QStringLiteral("nam"), QJsonObject{{QStringLiteral("fn"), QStringLiteral("Kim")}})
            << QStringLiteral("nam");
        QTest::newRow("lower-case transliteration")
            << with(v, QStringLiteral("nam/fnt"), QStringLiteral("Musterfrau")) << QStringLiteral("nam.fnt");
        QTest::newRow("transliteration with a space")
            << with(v, QStringLiteral("nam/gnt"), QStringLiteral("ANNA MARIA")) << QStringLiteral("nam.gnt");
        QTest::newRow("name of 81 characters")
            << with(v, QStringLiteral("nam/fn"), QString(81, u'a')) << QStringLiteral("nam.fn");
        QTest::newRow("birth date in the 1800s")
            << with(v, QStringLiteral("dob"), QStringLiteral("1899")) << QStringLiteral("dob");
        QTest::newRow("birth date with a time")
            << with(v, QStringLiteral("dob"), QStringLiteral("1978-01-26T00:00:00")) << QStringLiteral("dob");
        QTest::newRow("birth date as number")
            << with(v, QStringLiteral("dob"), 1964) << QStringLiteral("dob");
        QTest::newRow("no statement") << with(v, QStringLiteral("v"), gone) << QString();
        QTest::newRow("vaccination and recovery in one")
            << with(v, QStringLiteral("r"), r.value(QStringLiteral("r"))) << QString();
        QTest::newRow("two vaccinations")
            << with(v, QStringLiteral("v/1"), v.value(QStringLiteral("v")).toArray().at(0))
            << QStringLiteral("v");
        QTest::newRow("no vaccination entry")
            << with(v, QStringLiteral("v"), QJsonArray()) << QStringLiteral("v");
        QTest::newRow("null test group")
            << with(v, QStringLiteral("t"), QJsonValue::Null) << QStringLiteral("t");
        QTest::newRow("entry a string")
            << with(v, QStringLiteral("v/0"), QStringLiteral("x")) << QStringLiteral("v[0]");
        QTest::newRow("no disease") << with(v, QStringLiteral("v/0/tg"), gone) << QStringLiteral("v[0]");
        QTest::newRow("disease a number")
            << with(v, QStringLiteral("v/0/tg"), 840539006) << QStringLiteral("v[0].tg");
        QTest::newRow("dose 0") << with(v, QStringLiteral("v/0/dn"), 0) << QStringLiteral("v[0].dn");
        QTest::newRow("dose 1.5") << with(v, QStringLiteral("v/0/dn"), 1.5) << QStringLiteral("v[0].dn");
        QTest::newRow("dose as text")
            << with(v, QStringLiteral("v/0/dn"), QStringLiteral("2")) << QStringLiteral("v[0].dn");
        QTest::newRow("empty country")
            << with(v, QStringLiteral("v/0/co"), QStringLiteral("")) << QStringLiteral("v[0].co");
        QTest::newRow("lower-case country")
            << with(v, QStringLiteral("v/0/co"), QStringLiteral("de")) << QStringLiteral("v[0].co");
        QTest::newRow("no issuer") << with(v, QStringLiteral("v/0/is"), gone) << QStringLiteral("v[0]");
        QTest::newRow("certificate id of 81 characters")
            << with(v, QStringLiteral("v/0/ci"), QString(81, u'X')) << QStringLiteral("v[0].ci");
        QTest::newRow("no test type") << with(t, QStringLiteral("t/0/tt"), gone) << QStringLiteral("t[0]");
        QTest::newRow("no sample time") << with(t, QStringLiteral("t/0/sc"), gone) << QStringLiteral("t[0]");
        QTest::newRow("test centre a number")
            << with(t, QStringLiteral("t/0/tc"), 5) << QStringLiteral("t[0].tc");
        QTest::newRow("no first positive")
            << with(r, QStringLiteral("r/0/fr"), gone) << QStringLiteral("r[0]");
    }
    void refused()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, field);
        const Result<void, PassError> valid = HcertSchema::published().validate(payload);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, PassErrorCode::SchemaViolation);
        QCOMPARE(stageOf(valid.error().code), PassStage::Schema);
        const QList<std::pair<QString, QString>> errors = HcertSchema::published().errors(payload);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().first, field);
        if (!field.isEmpty())
            QVERIFY2(valid.error().reason.startsWith(field + u':'), qPrintable(valid.error().reason));
    }

    // Every vector's payload through the schema stage, against valijson given the published file as
    // it is. The one difference allowed is "format": the files are draft 2020-12, where format is an
    // annotation (HcertSchema says why), while valijson asserts it; so where the two disagree, every
    // error the raw validator reports must be a format assertion. (tst_jsonschema compares the two
    // on every release and on thousands of mutated payloads.)
    void everyVectorAsTheValidatorSays()
    {
        PASSGATE_TESTDATA(dcc, "dcc");
        PASSGATE_TESTDATA(schemas, "dcc-schema");
        QFile file(schemas +
                   QStringLiteral("/DCC.combined-schema-%1.json").arg(HcertSchema::publishedRelease()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonValue document = QJsonDocument::fromJson(file.readAll()).object();
        valijson::Schema raw;
        valijson::SchemaParser(valijson::SchemaParser::kDraft7)
            .populateSchema(valijson::adapters::QtJsonAdapter(document), raw);

        int checked = 0, valid = 0, formatOnly = 0;
        QDirIterator it(dcc, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile vectorFile(path);
            QVERIFY(vectorFile.open(QIODevice::ReadOnly));
            const std::optional<QJsonObject> payload =
                payloadOf(QJsonDocument::fromJson(vectorFile.readAll()).object());
            if (!payload)
                continue;
            ++checked;
            const QJsonValue target(*payload);
            valijson::Validator validator;
            valijson::ValidationResults results;
            const bool rawValid =
                validator.validate(raw, valijson::adapters::QtJsonAdapter(target), &results);
            const bool stageValid = HcertSchema::published().validate(*payload).ok();
            valid += stageValid;
            if (rawValid == stageValid)
                continue;
            QVERIFY2(stageValid,
                     qPrintable(path + QStringLiteral(": the stage refuses what the validator accepts")));
            // Format assertions, and the errors valijson adds on each enclosing level for them.
            std::vector<std::vector<std::string>> formatErrors;
            for (auto error = results.begin(); error != results.end(); ++error) {
                if (QString::fromStdString(error->description)
                        .startsWith(QLatin1String("String should be a valid date")))
                    formatErrors.push_back(error->context);
            }
            for (auto error = results.begin(); error != results.end(); ++error) {
                const bool explained = std::any_of(
                    formatErrors.begin(), formatErrors.end(), [&](const std::vector<std::string> &leaf) {
                        return leaf.size() >= error->context.size() &&
                               std::equal(error->context.begin(), error->context.end(), leaf.begin());
                    });
                QVERIFY2(explained, qPrintable(path + QStringLiteral(": not a format assertion: ") +
                                               QString::fromStdString(error->description)));
            }
            ++formatOnly;
        }
        qInfo("%d vector payloads: %d valid; %d differ only by format assertions", checked, valid,
              formatOnly);
        QVERIFY(checked >= 150);
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
