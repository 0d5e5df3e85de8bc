#include "cli/DccConformanceSuite.h"
#include "formats/dcc/Base45.h"
#include "scan/QrCodeImage.h"
#include "scan/StillImageDecoder.h"
#include "support/DccSamples.h"
#include "support/TestIssuer.h"

#include <QBuffer>
#include <QCborMap>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::cli;
using namespace passgate::test;

namespace {

const QDateTime issued(QDate(2021, 12, 1), QTime(10, 0), QTimeZone::utc());
const QDateTime expires(QDate(2022, 12, 1), QTime(10, 0), QTimeZone::utc());

QByteArray png(const QString &text)
{
    const Result<QImage, ScanFailure> image = renderQrCode(text);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image->save(&buffer, "PNG");
    return bytes;
}

struct PictureCalls
{
    int decoded = 0;
    int drawn = 0;
};

DccConformanceSuite suite(PictureCalls *calls = nullptr, QList<KnownDivergence> divergences = {})
{
    return DccConformanceSuite(
        [calls](const QByteArray &encoded, QString *error) {
            if (calls)
                ++calls->decoded;
            const QImage image = QImage::fromData(encoded);
            if (image.isNull()) {
                *error = QStringLiteral("not a readable image");
                return QStringList();
            }
            return StillImageDecoder().decode(image);
        },
        [calls](const QString &text, QString *) {
            if (calls)
                ++calls->drawn;
            return png(text);
        },
        std::move(divergences));
}

const QStringList allKeys = {
    QStringLiteral("EXPECTEDPICTUREDECODE"),   QStringLiteral("EXPECTEDUNPREFIX"),
    QStringLiteral("EXPECTEDB45DECODE"),       QStringLiteral("EXPECTEDCOMPRESSION"),
    QStringLiteral("EXPECTEDVERIFY"),          QStringLiteral("EXPECTEDDECODE"),
    QStringLiteral("EXPECTEDVALIDJSON"),       QStringLiteral("EXPECTEDSCHEMAVALIDATION"),
    QStringLiteral("EXPECTEDVALIDOBJECT"),     QStringLiteral("EXPECTEDENCODE"),
    QStringLiteral("EXPECTEDEXPIRATIONCHECK"), QStringLiteral("EXPECTEDKEYUSAGE"),
};

// A vector in the dgc-testdata layout, made from a pass passgate's own issuer side signed.
QJsonObject vectorFor(const TestIssuer &issuer, const DccPassSpec &spec, const QDateTime &clock)
{
    const TestIssuer::Stages pass = issuer.stages(spec);
    const QString &text = pass.text;
    QJsonObject expected;
    for (const QString &key : allKeys)
        expected.insert(key, true);
    return QJsonObject{
        {QStringLiteral("JSON"), spec.payload},
        {QStringLiteral("CBOR"),
         QString::fromLatin1(QCborValue(QCborMap::fromJsonObject(spec.payload)).toCbor().toHex())},
        {QStringLiteral("COSE"), QString::fromLatin1(pass.cose.toHex())},
        {QStringLiteral("COMPRESSED"), QString::fromLatin1(pass.compressed.toHex())},
        {QStringLiteral("BASE45"), text.mid(4)},
        {QStringLiteral("PREFIX"), text},
        {QStringLiteral("2DCODE"), QString::fromLatin1(png(text).toBase64())},
        {QStringLiteral("TESTCTX"),
         QJsonObject{{QStringLiteral("VERSION"), 1},
                     {QStringLiteral("SCHEMA"), QStringLiteral("1.3.0")},
                     {QStringLiteral("CERTIFICATE"),
                      QString::fromLatin1(issuer.signer().certificateDer().toBase64())},
                     {QStringLiteral("VALIDATIONCLOCK"), clock.toString(Qt::ISODate)},
                     {QStringLiteral("DESCRIPTION"), QStringLiteral("generated")}}},
        {QStringLiteral("EXPECTEDRESULTS"), expected},
    };
}

DccPassSpec validSpec()
{
    DccPassSpec spec;
    spec.payload = DccSamples::vaccination();
    spec.issuedAt = issued;
    spec.expiresAt = expires;
    return spec;
}

QJsonObject withExpected(QJsonObject vector, const QString &key, const QJsonValue &value)
{
    QJsonObject expected = vector.value(QLatin1String("EXPECTEDRESULTS")).toObject();
    expected.insert(key, value);
    vector.insert(QStringLiteral("EXPECTEDRESULTS"), expected);
    return vector;
}

const TestIssuer &issuer()
{
    static const TestIssuer instance(
        TestSigner::generate(TestSigner::KeyType::EcP256, {TestSigner::oidVaccination}));
    return instance;
}

QStringList failedKeys(const ConformanceFileResult &result)
{
    QStringList keys;
    for (const ConformanceCheck &check : result.mismatches())
        keys.append(check.key);
    return keys;
}

} // namespace

class DccConformanceSuiteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aGoodVectorPassesEveryKey()
    {
        PictureCalls calls;
        const ConformanceFileResult result = suite(&calls).checkVector(
            vectorFor(issuer(), validSpec(), issued.addDays(1)), QStringLiteral("good.json"));
        QVERIFY2(result.passed(), qPrintable(failedKeys(result).join(u' ')));
        QCOMPARE(result.checks.size(), allKeys.size());
        for (const ConformanceCheck &check : result.checks)
            QCOMPARE(check.actual, QStringLiteral("true"));
        QCOMPARE(calls.decoded, 1);
        QCOMPARE(calls.drawn, 0);
    }

    // Every key is really checked: expecting the opposite of the truth fails exactly that key.
    void eachKeyCanFail_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : allKeys)
            QTest::newRow(qPrintable(key)) << key;
    }
    void eachKeyCanFail()
    {
        QFETCH(QString, key);
        const QJsonObject vector =
            withExpected(vectorFor(issuer(), validSpec(), issued.addDays(1)), key, false);
        const ConformanceFileResult result = suite().checkVector(vector, QStringLiteral("flipped.json"));
        QCOMPARE(failedKeys(result), QStringList{key});
        const ConformanceCheck mismatch = result.mismatches().first();
        QCOMPARE(mismatch.expected, QStringLiteral("false"));
        QCOMPARE(mismatch.actual, QStringLiteral("true"));
    }

    void expectedFailuresPass_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason");
        DccPassSpec spec = validSpec();
        spec.corruptSignature = true;
        QTest::newRow("bad signature")
            << vectorFor(issuer(), spec, issued.addDays(1)) << QStringLiteral("EXPECTEDVERIFY")
            << QStringLiteral("does not verify");
        QTest::newRow("expired") << vectorFor(issuer(), validSpec(), expires.addSecs(1))
                                 << QStringLiteral("EXPECTEDEXPIRATIONCHECK") << QStringLiteral("expired at");
        QTest::newRow("not yet valid, misspelled key")
            << vectorFor(issuer(), validSpec(), issued.addSecs(-1)) << QStringLiteral("EXPTECTEDEXPIRED")
            << QStringLiteral("issued at");
        spec = validSpec();
        spec.payload = DccSamples::recovery();
        QTest::newRow("recovery by a vaccination signer")
            << vectorFor(issuer(), spec, issued.addDays(1)) << QStringLiteral("EXPECTEDKEYUSAGE")
            << QStringLiteral("may not sign");
        spec = validSpec();
        spec.payload.insert(QStringLiteral("dob"), QStringLiteral("soon"));
        QTest::newRow("schema") << vectorFor(issuer(), spec, issued.addDays(1))
                                << QStringLiteral("EXPECTEDSCHEMAVALIDATION") << QStringLiteral("dob");
        QJsonObject unprefixed = vectorFor(issuer(), validSpec(), issued.addDays(1));
        unprefixed.insert(QStringLiteral("PREFIX"),
                          QString(u"HC2:" + unprefixed.value(QLatin1String("BASE45")).toString()));
        QTest::newRow("HC2 prefix") << unprefixed << QStringLiteral("EXPECTEDUNPREFIX")
                                    << QStringLiteral("'HC2:'");
        QJsonObject badBase45 = vectorFor(issuer(), validSpec(), issued.addDays(1));
        badBase45.insert(QStringLiteral("BASE45"), QStringLiteral("ab"));
        QTest::newRow("base45") << badBase45 << QStringLiteral("EXPECTEDB45DECODE")
                                << QStringLiteral("not in the base45 alphabet");
        QJsonObject uncompressed = vectorFor(issuer(), validSpec(), issued.addDays(1));
        uncompressed.insert(QStringLiteral("COMPRESSED"), uncompressed.value(QLatin1String("COSE")));
        QTest::newRow("not compressed")
            << uncompressed << QStringLiteral("EXPECTEDCOMPRESSION") << QStringLiteral("uncompressed COSE");
        QJsonObject otherJson = vectorFor(issuer(), validSpec(), issued.addDays(1));
        otherJson.remove(QStringLiteral("CBOR"));
        otherJson.insert(QStringLiteral("JSON"), DccSamples::pcrTest());
        QTest::newRow("payload differs from JSON")
            << otherJson << QStringLiteral("EXPECTEDDECODE") << QStringLiteral("differs");
        QJsonObject noPicture = vectorFor(issuer(), validSpec(), issued.addDays(1));
        noPicture.insert(QStringLiteral("2DCODE"), QString::fromLatin1(QByteArray("not a png").toBase64()));
        QTest::newRow("unreadable picture (Q1)")
            << noPicture << QStringLiteral("EXPECTEDPICTUREDECODE") << QStringLiteral("not a readable image");
    }
    void expectedFailuresPass()
    {
        QFETCH(QJsonObject, vector);
        QFETCH(QString, key);
        QFETCH(QString, reason);
        QJsonObject onlyThisKey{{key, false}};
        vector.insert(QStringLiteral("EXPECTEDRESULTS"), onlyThisKey);
        const ConformanceFileResult result = suite().checkVector(vector, QStringLiteral("case.json"));
        QVERIFY2(result.passed(), qPrintable(result.mismatches().value(0).reason));
        QCOMPARE(result.checks.size(), 1);
        QVERIFY2(result.checks.first().reason.contains(reason), qPrintable(result.checks.first().reason));
    }

    void unknownKeysAreSkippedAndFail()
    {
        QJsonObject vector = withExpected(vectorFor(issuer(), validSpec(), issued.addDays(1)),
                                          QStringLiteral("EXPECTEDTELEPATHY"), true);
        vector = withExpected(vector, QStringLiteral("EXPECTEDVERIFY"), QStringLiteral("yes"));
        const ConformanceFileResult result = suite().checkVector(vector, QStringLiteral("odd.json"));
        QVERIFY(!result.passed());
        QCOMPARE(failedKeys(result),
                 (QStringList{QStringLiteral("EXPECTEDTELEPATHY"), QStringLiteral("EXPECTEDVERIFY")}));
        for (const ConformanceCheck &check : result.mismatches())
            QCOMPARE(check.actual, QStringLiteral("skipped"));
        ConformanceReport report;
        report.files.append(result);
        const QStringList lines = report.lines();
        QCOMPARE(lines.last(), QStringLiteral("0 passed, 1 failed, 0 divergent"));
        QVERIFY(lines.first().startsWith(
            QLatin1String("FAIL odd.json EXPECTEDTELEPATHY: expected true, actual skipped")));
    }

    // A vector whose JSON contradicts its own CBOR (as a few published ones do): the CBOR is the
    // reference, and the contradiction is reported as a note.
    void jsonContradictingCborIsANote()
    {
        QJsonObject vector = vectorFor(issuer(), validSpec(), issued.addDays(1));
        QJsonObject json = vector.value(QLatin1String("JSON")).toObject();
        json.insert(QStringLiteral("dob"), QStringLiteral("1974-06-10"));
        vector.insert(QStringLiteral("JSON"), json);
        QJsonObject only{{QStringLiteral("EXPECTEDDECODE"), true},
                         {QStringLiteral("EXPECTEDVALIDJSON"), true}};
        vector.insert(QStringLiteral("EXPECTEDRESULTS"), only);
        const ConformanceFileResult result = suite().checkVector(vector, QStringLiteral("pl.json"));
        QVERIFY(result.passed());
        QCOMPARE(result.notes.size(), 1);
        QVERIFY(result.notes.first().contains(QLatin1String("/dob: '1974-06-10' vs '1998-02-26'")));
    }

    // Content, not bytes: offsets that name the same instant, a tagged date-time and its text,
    // 1 and 1.0 are the same payload.
    void payloadsCompareByContent()
    {
        DccPassSpec spec = validSpec();
        spec.payload =
            DccSamples::pcrTest(QDateTime(QDate(2021, 6, 30), QTime(12, 34, 56), QTimeZone::utc()));
        QJsonObject vector = vectorFor(issuer(), spec, issued.addDays(1));
        vector.remove(QStringLiteral("CBOR"));
        QJsonObject json = spec.payload;
        QJsonObject entry = json.value(QLatin1String("t")).toArray().first().toObject();
        entry.insert(QStringLiteral("sc"), QStringLiteral("2021-06-30T14:34:56+02:00"));
        json.insert(QStringLiteral("t"), QJsonArray{entry});
        vector.insert(QStringLiteral("JSON"), json);
        vector.insert(QStringLiteral("EXPECTEDRESULTS"),
                      QJsonObject{{QStringLiteral("EXPECTEDDECODE"), true}});
        QVERIFY(suite().checkVector(vector, QStringLiteral("pt.json")).passed());
        entry.insert(QStringLiteral("sc"), QStringLiteral("2021-06-30T12:34:56+02:00"));
        json.insert(QStringLiteral("t"), QJsonArray{entry});
        vector.insert(QStringLiteral("JSON"), json);
        QVERIFY(!suite().checkVector(vector, QStringLiteral("pt.json")).passed());
    }

    // Missing data is taken from what passgate gets out of PREFIX; a missing picture is drawn.
    void missingFieldsComeFromThePrefix()
    {
        QJsonObject vector = vectorFor(issuer(), validSpec(), issued.addDays(1));
        for (const char *key : {"2DCODE", "COMPRESSED", "BASE45", "COSE", "CBOR"})
            vector.remove(QLatin1String(key));
        PictureCalls calls;
        const ConformanceFileResult result = suite(&calls).checkVector(vector, QStringLiteral("sparse.json"));
        QVERIFY2(result.passed(), qPrintable(result.mismatches().value(0).reason));
        QCOMPARE(calls.drawn, 1);
        QCOMPARE(calls.decoded, 1);
    }

    void nestedExpectedResultsMeansTheWholePass()
    {
        QJsonObject vector = vectorFor(issuer(), validSpec(), issued.addDays(1));
        vector.insert(QStringLiteral("EXPECTEDRESULTS"),
                      QJsonObject{{QStringLiteral("EXPECTEDRESULTS"), true}});
        QVERIFY(suite().checkVector(vector, QStringLiteral("es.json")).passed());
        vector = vectorFor(issuer(), validSpec(), expires.addDays(1));
        vector.insert(QStringLiteral("EXPECTEDRESULTS"),
                      QJsonObject{{QStringLiteral("EXPECTEDRESULTS"), true}});
        const ConformanceFileResult late = suite().checkVector(vector, QStringLiteral("es.json"));
        QVERIFY(!late.passed());
        QVERIFY(late.mismatches().first().reason.startsWith(QLatin1String("validity:")));
        // Genuine but with data staff must look at: not good as a whole.
        DccPassSpec malformed = validSpec();
        malformed.payload.insert(QStringLiteral("dob"), QStringLiteral("1998-02-26T00:00:00"));
        vector = vectorFor(issuer(), malformed, issued.addDays(1));
        vector.insert(QStringLiteral("EXPECTEDRESULTS"),
                      QJsonObject{{QStringLiteral("EXPECTEDRESULTS"), false}});
        const ConformanceFileResult staff = suite().checkVector(vector, QStringLiteral("bg.json"));
        QVERIFY2(staff.passed(), qPrintable(staff.mismatches().value(0).reason));
        QVERIFY(staff.checks.first().reason.startsWith(QLatin1String("pass-data-malformed: dob")));
    }

    // EXPECTEDVALIDOBJECT is the data model's shape; EXPECTEDSCHEMAVALIDATION the published schema.
    // A payload can be a valid object and break the schema; it cannot break the shape and be valid.
    void validObjectIsNotTheSchema_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<bool>("object");
        QTest::addColumn<bool>("schema");
        QTest::newRow("sound") << DccSamples::vaccination() << true << true;
        QTest::newRow("lower-case transliteration")
            << DccSamples::with(DccSamples::vaccination(), QStringLiteral("nam/fnt"), QStringLiteral("Kim"))
            << true << false;
        QTest::newRow("null groups") << DccSamples::with(DccSamples::vaccination(), QStringLiteral("t"),
                                                         QJsonValue::Null)
                                     << true << false;
        QTest::newRow("dose as text")
            << DccSamples::with(DccSamples::vaccination(), QStringLiteral("v/0/dn"), QStringLiteral("2"))
            << false << false;
    }
    void validObjectIsNotTheSchema()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(bool, object);
        QFETCH(bool, schema);
        DccPassSpec spec = validSpec();
        spec.payload = payload;
        QJsonObject vector = vectorFor(issuer(), spec, issued.addDays(1));
        vector.insert(QStringLiteral("EXPECTEDRESULTS"),
                      QJsonObject{{QStringLiteral("EXPECTEDVALIDOBJECT"), object},
                                  {QStringLiteral("EXPECTEDSCHEMAVALIDATION"), schema}});
        const ConformanceFileResult result = suite().checkVector(vector, QStringLiteral("object.json"));
        QVERIFY2(result.passed(),
                 qPrintable(result.mismatches().value(0).key + u' ' + result.mismatches().value(0).reason));
    }

    // A listed divergence turns exactly that mismatch into "divergent"; anything else stays a failure.
    void knownDivergences_data()
    {
        QTest::addColumn<QString>("listedFile");
        QTest::addColumn<QString>("listedExpected");
        QTest::addColumn<QString>("listedActual");
        QTest::addColumn<bool>("vectorExpects");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("note");
        const int passed = int(ConformanceFileResult::Status::Passed),
                  failed = int(ConformanceFileResult::Status::Failed),
                  divergent = int(ConformanceFileResult::Status::Divergent);
        QTest::newRow("listed: divergent") << "pl.json"
                                           << "false"
                                           << "true" << false << divergent << false;
        QTest::newRow("not listed: failed") << "other.json"
                                            << "false"
                                            << "true" << false << failed << false;
        QTest::newRow("listed for the other outcome: failed") << "pl.json"
                                                              << "true"
                                                              << "false" << false << failed << false;
        QTest::newRow("listed but no longer diverging: passed, with a note")
            << "pl.json"
            << "true"
            << "false" << true << passed << true;
    }
    void knownDivergences()
    {
        QFETCH(QString, listedFile);
        QFETCH(QString, listedExpected);
        QFETCH(QString, listedActual);
        QFETCH(bool, vectorExpects);
        QFETCH(int, status);
        QFETCH(bool, note);
        // "ORG-99999999" is valid under the published schema; the vector may say otherwise.
        DccPassSpec spec = validSpec();
        spec.payload =
            DccSamples::with(spec.payload, QStringLiteral("v/0/ma"), QStringLiteral("ORG-99999999"));
        QJsonObject vector = vectorFor(issuer(), spec, issued.addDays(1));
        vector.insert(QStringLiteral("EXPECTEDRESULTS"),
                      QJsonObject{{QStringLiteral("EXPECTEDSCHEMAVALIDATION"), vectorExpects},
                                  {QStringLiteral("EXPECTEDVERIFY"), true}});
        const KnownDivergence listed{listedFile, QStringLiteral("EXPECTEDSCHEMAVALIDATION"), listedExpected,
                                     listedActual, QStringLiteral("schema 1.3.3: ma is a string")};
        const ConformanceFileResult result =
            suite(nullptr, {listed}).checkVector(vector, QStringLiteral("pl.json"));
        QCOMPARE(int(result.status()), status);
        QCOMPARE(!result.notes.isEmpty(), note);
        ConformanceReport report;
        report.files.append(result);
        const QStringList lines = report.lines();
        QCOMPARE(lines.last(), QStringLiteral("%1 passed, %2 failed, %3 divergent")
                                   .arg(int(status == int(ConformanceFileResult::Status::Passed)))
                                   .arg(int(status == int(ConformanceFileResult::Status::Failed)))
                                   .arg(int(status == int(ConformanceFileResult::Status::Divergent))));
        if (status == int(ConformanceFileResult::Status::Divergent))
            QVERIFY(
                lines.first().startsWith(QLatin1String("DIVERGENT pl.json EXPECTEDSCHEMAVALIDATION")) &&
                lines.first().endsWith(QLatin1String("[known divergence: schema 1.3.3: ma is a string]")));
        const QStringList table = report.byKeyLines();
        QCOMPARE(table.size(), 3); // header, EXPECTEDSCHEMAVALIDATION, EXPECTEDVERIFY
        const QStringList schemaRow = table.at(1).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(schemaRow.first(), QStringLiteral("EXPECTEDSCHEMAVALIDATION"));
        QCOMPARE(schemaRow.mid(1),
                 (QStringList{QString::number(int(status == 0 || note)),
                              QString::number(int(status == int(ConformanceFileResult::Status::Failed))),
                              QString::number(int(status == int(ConformanceFileResult::Status::Divergent))),
                              QStringLiteral("0")}));
    }

    void divergenceLists_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("usable");
        QTest::newRow("empty list") << QByteArray(R"({"divergences": []})") << true;
        QTest::newRow("one entry")
            << QByteArray(R"({"divergences": [{"file": "a.json", "key": "EXPECTEDVERIFY", "expected": true,
                          "specification": false, "reason": "spec 1.0: why"}]})")
            << true;
        QTest::newRow("not JSON") << QByteArray("[") << false;
        QTest::newRow("no list") << QByteArray(R"({"about": "x"})") << false;
        QTest::newRow("no reason")
            << QByteArray(
                   R"({"divergences": [{"file": "a.json", "key": "K", "expected": true, "specification": false}]})")
            << false;
        QTest::newRow("expected equals the specification")
            << QByteArray(
                   R"({"divergences": [{"file": "a.json", "key": "K", "expected": true, "specification": true,
                          "reason": "r"}]})")
            << false;
        QTest::newRow("text instead of booleans")
            << QByteArray(R"({"divergences": [{"file": "a.json", "key": "K", "expected": "true",
                          "specification": "false", "reason": "r"}]})")
            << false;
    }
    void divergenceLists()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, usable);
        QCOMPARE(readDivergences(json).ok(), usable);
    }

    // The list passgate ships: short, every entry a schema divergence whose reason quotes the release.
    void theShippedListQuotesTheSchema()
    {
        QFile file(QStringLiteral(":/conformance/dcc-divergences.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<QList<KnownDivergence>, QString> list = readDivergences(file.readAll());
        QVERIFY2(list.ok(), list.ok() ? "" : qPrintable(list.error()));
        QVERIFY(!list->isEmpty());
        QVERIFY(list->size() <= 20);
        for (const KnownDivergence &divergence : *list) {
            QCOMPARE(divergence.key, QStringLiteral("EXPECTEDSCHEMAVALIDATION"));
            QVERIFY2(divergence.reason.startsWith(QLatin1String("schema 1.3.3")),
                     qPrintable(divergence.reason));
        }
    }

    void runCountsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("AT/sub")));
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        const QJsonObject good = vectorFor(issuer(), validSpec(), issued.addDays(1));
        write(QStringLiteral("AT/1.json"), QJsonDocument(good).toJson());
        write(QStringLiteral("AT/sub/2.json"),
              QJsonDocument(withExpected(good, QStringLiteral("EXPECTEDVERIFY"), false)).toJson());
        write(QStringLiteral("AT/broken.json"), "{ not json");
        write(QStringLiteral("README.md"), "not a vector");
        const ConformanceReport report = suite().run(dir.path());
        QCOMPARE(report.files.size(), 3);
        QCOMPARE(report.passed(), 1);
        QCOMPARE(report.failed(), 2);
        const QStringList lines = report.lines();
        QCOMPARE(lines.last(), QStringLiteral("1 passed, 2 failed, 0 divergent"));
        QVERIFY(lines.filter(QStringLiteral("FAIL AT/sub/2.json EXPECTEDVERIFY: expected false, actual true"))
                    .size() == 1);
        QVERIFY(lines.filter(QStringLiteral("FAIL AT/broken.json file")).size() == 1);
        QCOMPARE(report.lines(true).filter(QStringLiteral("ok AT/1.json")).size(), allKeys.size());

        // The same folder named relative to the working directory, through "..", as a user types it:
        // the same names (the divergence list matches on them).
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.filePath(QStringLiteral("AT/sub"))));
        const ConformanceReport relative = suite().run(QStringLiteral("../../AT/.."));
        QDir::setCurrent(previous);
        QCOMPARE(relative.files.size(), 3);
        QCOMPARE(relative.files.at(0).file, QStringLiteral("AT/1.json"));
        QCOMPARE(relative.files.at(2).file, QStringLiteral("AT/sub/2.json"));
    }
};

QTEST_APPLESS_MAIN(DccConformanceSuiteTest)
#include "tst_dccconformancesuite.moc"
