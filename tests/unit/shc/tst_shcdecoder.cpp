#include "formats/shc/ShcDecoder.h"
#include "support/TestData.h"
#include "support/TestShcIssuer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace passgate;
using namespace passgate::shc;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::PassErrorCode)
Q_DECLARE_METATYPE(passgate::test::ShcCardSpec)

namespace {

const QDateTime issued(QDate(2021, 12, 1), QTime(10, 0), QTimeZone::utc());
const QDateTime checkTime(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc());

const QString specIssuer = QStringLiteral("https://spec.smarthealth.cards/examples/issuer");
// The reference validator's other key set, trusted here for another issuer so that a card naming
// its kid under the spec's issuer is a key of someone else.
const QString notSmartIssuer = QStringLiteral("https://not-smart.passgate.test/issuer");
const QDateTime vectorTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());

const TestShcIssuer &issuer()
{
    static const auto instance = std::make_unique<TestShcIssuer>(TestSigner::generate());
    return *instance;
}

const TestShcIssuer &otherIssuer()
{
    static const auto instance = std::make_unique<TestShcIssuer>(
        TestSigner::generate(), QStringLiteral("https://other.passgate.test/shc"));
    return *instance;
}

ShcCardSpec validSpec()
{
    ShcCardSpec spec;
    spec.notBefore = issued;
    spec.immunizations = {{QStringLiteral("208"), QDate(2021, 5, 3)},
                          {QStringLiteral("208"), QDate(2021, 5, 24)}};
    return spec;
}

struct Verifier
{
    explicit Verifier(const QDateTime &at = checkTime)
        : clock(at)
    {
        trust.addIssuerKey(issuer().issuerKey(QStringLiteral("US")));
        trust.addIssuerKey(otherIssuer().issuerKey(QStringLiteral("CA")));
    }
    Result<DecodedPass, PassError> decode(const QString &text, ShcDecoder::Options options = {}) const
    {
        return ShcDecoder(trust, clock, options).decode(text);
    }

    TrustStore trust;
    FixedClock clock;
};

QString failure(const Result<DecodedPass, PassError> &pass)
{
    return pass.ok() ? QString()
                     : errorCodeName(pass.error().code) + QStringLiteral(": ") + pass.error().reason;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// What the kiosk does before it calls the decoder: line ends at the very edges go, nothing else.
QByteArray withoutEdgeLineEnds(QByteArray text)
{
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    while (text.startsWith('\n') || text.startsWith('\r'))
        text.remove(0, 1);
    return text;
}

// The spec's example issuer (and, for the kid-mismatch case, the reference validator's other keys).
void trustVectorIssuers(TrustStore &trust, const QString &shcDir)
{
    auto keys =
        IssuerKeys::fromShcKeySet(readFile(shcDir + QStringLiteral("/issuer-jwks.json")), specIssuer, {});
    QVERIFY2(keys.ok(), keys.ok() ? "" : qPrintable(keys.error().reason));
    for (const IssuerKey &key : *keys)
        trust.addIssuerKey(key);
    auto other = IssuerKeys::fromShcKeySet(
        readFile(shcDir + QStringLiteral("/invalid/issuer.jwks.public.not.smart.json")), notSmartIssuer, {});
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().reason));
    for (const IssuerKey &key : *other)
        trust.addIssuerKey(key);
}

} // namespace

class ShcDecoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCardIsComplete()
    {
        ShcCardSpec spec = validSpec();
        spec.expires = issued.addYears(1);
        const QString qr = issuer().qr(spec);
        const Result<DecodedPass, PassError> pass = Verifier().decode(qr);
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QCOMPARE(pass->format, PassFormat::SmartHealthCard);
        QCOMPARE(pass->issuer, issuer().issuer());
        QCOMPARE(pass->issuerCountry, QStringLiteral("US"));
        QCOMPARE(pass->kid, issuer().kid().toUtf8());
        QCOMPARE(pass->issued, issued);
        QCOMPARE(pass->expires, issued.addYears(1));
        QCOMPARE(pass->signature.size(), 64);
        QCOMPARE(pass->holder.family, QStringLiteral("Anyperson"));
        QCOMPARE(pass->holder.given, QStringLiteral("John B."));
        QCOMPARE(pass->holder.familyStandardised, QStringLiteral("ANYPERSON"));
        QCOMPARE(pass->holder.givenStandardised, QStringLiteral("JOHN<B"));
        QCOMPARE(pass->birthDate, QStringLiteral("1951-01-20"));
        QVERIFY(pass->certificateId.isEmpty());
        QVERIFY2(pass->dataProblems.isEmpty(), qPrintable(pass->dataProblems.value(0).detail));
        QCOMPARE(pass->payload.value(u"iss").toString(), issuer().issuer());
        QCOMPARE(pass->payload.value(u"nbf").toDouble(), double(issued.toSecsSinceEpoch()));
        QVERIFY(pass->payload.value(u"types").toArray().contains(
            QStringLiteral("https://smarthealth.cards#health-card")));
        QCOMPARE(statementType(pass->statement), StatementType::Vaccination);
        const auto &v = std::get<Vaccination>(pass->statement);
        QCOMPARE(v.disease, QStringLiteral("840539006"));
        QCOMPARE(v.product, QStringLiteral("EU/1/20/1528"));
        QCOMPARE(v.vaccineType, QStringLiteral("1119349007"));
        QCOMPARE(v.doseNumber, 2);
        QCOMPARE(v.seriesTotal, 0);
        QCOMPARE(v.date, QDate(2021, 5, 24));
        QCOMPARE(v.issuer, issuer().issuer());
        QVERIFY(v.manufacturer.isEmpty());
        QVERIFY(v.country.isEmpty());
    }

    void decodesTheJwsAlone()
    {
        Verifier verifier;
        const Result<DecodedPass, PassError> pass =
            ShcDecoder(verifier.trust, verifier.clock).decodeJws(issuer().jws(validSpec()), checkTime);
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QCOMPARE(std::get<Vaccination>(pass->statement).doseNumber, 2);
    }

    void refuses_data()
    {
        QTest::addColumn<ShcCardSpec>("spec");
        QTest::addColumn<PassErrorCode>("code");
        const auto changed = [](auto change) {
            ShcCardSpec spec = validSpec();
            change(spec);
            return spec;
        };
        QTest::newRow("expired") << changed([](ShcCardSpec &s) { s.expires = checkTime.addSecs(-1); })
                                 << PassErrorCode::Expired;
        QTest::newRow("expired at the check time")
            << changed([](ShcCardSpec &s) { s.expires = checkTime; }) << PassErrorCode::Expired;
        QTest::newRow("flipped signature bit")
            << changed([](ShcCardSpec &s) { s.corruptSignature = true; }) << PassErrorCode::SignatureInvalid;
        QTest::newRow("DER signature")
            << changed([](ShcCardSpec &s) { s.derSignature = true; }) << PassErrorCode::SignatureInvalid;
        QTest::newRow("unknown issuer")
            << changed([](ShcCardSpec &s) { s.issuer = QStringLiteral("https://unknown.passgate.test/shc"); })
            << PassErrorCode::UnknownIssuer;
        QTest::newRow("kid of another issuer")
            << changed([](ShcCardSpec &s) { s.kid = otherIssuer().kid(); }) << PassErrorCode::KeyNotOfIssuer;
        QTest::newRow("another issuer's iss")
            << changed([](ShcCardSpec &s) { s.issuer = otherIssuer().issuer(); })
            << PassErrorCode::KeyNotOfIssuer;
        QTest::newRow("unknown kid") << changed([](ShcCardSpec &s) {
            s.kid = QStringLiteral("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s");
        }) << PassErrorCode::UnknownKeyId;
        QTest::newRow("no zip") << changed([](ShcCardSpec &s) { s.zipHeader = false; })
                                << PassErrorCode::MalformedJws;
        QTest::newRow("no zip, uncompressed payload") << changed([](ShcCardSpec &s) {
            s.zipHeader = false;
            s.compress = false;
        }) << PassErrorCode::NotCompressed;
        QTest::newRow("no kid") << changed([](ShcCardSpec &s) { s.kid = QString(); })
                                << PassErrorCode::MalformedJws;
        QTest::newRow("alg RS256") << changed([](ShcCardSpec &s) { s.alg = QStringLiteral("RS256"); })
                                   << PassErrorCode::MalformedJws;
        QTest::newRow("uncompressed payload")
            << changed([](ShcCardSpec &s) { s.compress = false; }) << PassErrorCode::NotCompressed;
        QTest::newRow("zlib payload")
            << changed([](ShcCardSpec &s) { s.zlibHeader = true; }) << PassErrorCode::CorruptCompression;
        QTest::newRow("inflates beyond the bound")
            << changed([](ShcCardSpec &s) { s.paddingBytes = 70 * 1024; }) << PassErrorCode::TooLarge;
        QTest::newRow("no nbf") << changed([](ShcCardSpec &s) { s.notBefore = QDateTime(); })
                                << PassErrorCode::MalformedJws;
        QTest::newRow("not a health card") << changed([](ShcCardSpec &s) {
            s.types = {QStringLiteral("https://smarthealth.cards#covid19")};
        }) << PassErrorCode::MalformedJws;
        QTest::newRow("payload not JSON")
            << changed([](ShcCardSpec &s) { s.payloadOverride = QByteArray("not json"); })
            << PassErrorCode::MalformedJws;
        QTest::newRow("no immunization or result")
            << changed([](ShcCardSpec &s) { s.immunizations.clear(); }) << PassErrorCode::MalformedCredential;
        QTest::newRow("no completed immunization") << changed([](ShcCardSpec &s) {
            for (auto &dose : s.immunizations)
                dose.status = QStringLiteral("not-done");
        }) << PassErrorCode::MalformedCredential;
        QTest::newRow("no Patient") << changed([](ShcCardSpec &s) {
            QJsonObject bundle = issuer().bundle(s);
            QJsonArray entries = bundle.value(u"entry").toArray();
            entries.removeFirst();
            bundle.insert(QStringLiteral("entry"), entries);
            s.bundleOverride = bundle;
        }) << PassErrorCode::MalformedCredential;
        QTest::newRow("not a Bundle") << changed([](ShcCardSpec &s) {
            QJsonObject bundle = issuer().bundle(s);
            bundle.insert(QStringLiteral("resourceType"), QStringLiteral("Patient"));
            s.bundleOverride = bundle;
        }) << PassErrorCode::MalformedCredential;
    }
    void refuses()
    {
        QFETCH(ShcCardSpec, spec);
        QFETCH(PassErrorCode, code);
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(!pass.ok(), "decoded");
        QCOMPARE(errorCodeName(pass.error().code), errorCodeName(code));
        QVERIFY(!pass.error().reason.isEmpty());
    }

    void notYetValidIsTheClocksQuestion()
    {
        // decode() returns it with `issued` after the check time; the decision step asks staff.
        ShcCardSpec spec = validSpec();
        spec.notBefore = checkTime.addSecs(3600);
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QCOMPARE(pass->issued, checkTime.addSecs(3600));
        ShcClaims claims;
        claims.notBefore = pass->issued;
        QCOMPARE(ShcDecoder::checkValidity(claims, checkTime).error().code, PassErrorCode::NotYetValid);
    }

    void fractionalTimes()
    {
        ShcCardSpec spec = validSpec();
        spec.fractionalTimes = true;
        spec.expires = checkTime.addDays(1);
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QCOMPARE(pass->issued, issued.addMSecs(250));
        QCOMPARE(pass->expires, checkTime.addDays(1).addMSecs(250));
    }

    void decodesChunks_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<bool>("reversed");
        QTest::newRow("2, \\n") << 2 << QStringLiteral("\n") << false;
        QTest::newRow("3, \\r\\n") << 3 << QStringLiteral("\r\n") << false;
        QTest::newRow("3 reversed") << 3 << QStringLiteral("\n") << true;
    }
    void decodesChunks()
    {
        QFETCH(int, count);
        QFETCH(QString, separator);
        QFETCH(bool, reversed);
        QStringList chunks = issuer().chunks(validSpec(), count);
        if (reversed)
            std::reverse(chunks.begin(), chunks.end());
        const Result<DecodedPass, PassError> pass = Verifier().decode(chunks.join(separator));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QCOMPARE(std::get<Vaccination>(pass->statement).doseNumber, 2);
    }

    void refusesTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PassErrorCode>("code");
        const QString qr = issuer().qr(validSpec());
        const QStringList chunks = issuer().chunks(validSpec(), 3);
        // Signed afresh: ECDSA signatures are randomised, so the last chunk (the signature's) differs.
        const QStringList otherChunks = issuer().chunks(validSpec(), 3);
        QTest::newRow("missing chunk")
            << QString(chunks[0] + u'\n' + chunks[2]) << PassErrorCode::IncompleteChunks;
        QTest::newRow("one chunk alone") << chunks[1] << PassErrorCode::IncompleteChunks;
        QTest::newRow("duplicate index, other content")
            << QString(chunks[0] + u'\n' + chunks[1] + u'\n' + chunks[2] + u'\n' + otherChunks[2])
            << PassErrorCode::InvalidChunk;
        QTest::newRow("index above total")
            << QString(chunks[0]).replace(5, 1, u'4') << PassErrorCode::InvalidChunk;
        QTest::newRow("1/1") << QString(QStringLiteral("shc:/1/1/") + qr.mid(5))
                             << PassErrorCode::InvalidChunk;
        QTest::newRow("non-digit") << QString(qr).replace(40, 1, u'a') << PassErrorCode::InvalidNumeric;
        QTest::newRow("odd digits") << qr.chopped(1) << PassErrorCode::InvalidNumeric;
        QTest::newRow("pair above 77")
            << QString(qr).replace(5, 2, QStringLiteral("78")) << PassErrorCode::InvalidNumeric;
        QTest::newRow("trailing space") << QString(qr + u' ') << PassErrorCode::InvalidNumeric;
        QTest::newRow("leading space") << QString(u' ' + qr) << PassErrorCode::InvalidNumeric;
        QTest::newRow("tab inside") << QString(qr).insert(30, u'\t') << PassErrorCode::InvalidNumeric;
        QTest::newRow("trailing newline") << QString(qr + u'\n') << PassErrorCode::InvalidNumeric;
        QTest::newRow("empty line between chunks")
            << QString(chunks[0] + QStringLiteral("\n\n") + chunks[1] + u'\n' + chunks[2])
            << PassErrorCode::InvalidNumeric;
        QTest::newRow("BOM") << QString(QChar(0xFEFF) + qr) << PassErrorCode::InvalidNumeric;
        QTest::newRow("no prefix") << qr.mid(5) << PassErrorCode::UnknownPrefix;
        QTest::newRow("shc: without slash")
            << QString(QStringLiteral("shc:") + qr.mid(5)) << PassErrorCode::UnknownPrefix;
        QTest::newRow("empty") << QString() << PassErrorCode::UnknownPrefix;
        QTest::newRow("an EU DCC") << QStringLiteral("HC1:6BFOXN%TS3DH") << PassErrorCode::UnknownPrefix;
        QTest::newRow("the JWS itself")
            << QString::fromLatin1(issuer().jws(validSpec())) << PassErrorCode::UnknownPrefix;
    }
    void refusesTexts()
    {
        QFETCH(QString, text);
        QFETCH(PassErrorCode, code);
        const Result<DecodedPass, PassError> pass = Verifier().decode(text);
        QVERIFY2(!pass.ok(), "decoded");
        QCOMPARE(errorCodeName(pass.error().code), errorCodeName(code));
    }

    void mapsDoses_data()
    {
        QTest::addColumn<QList<ShcCardSpec::Immunization>>("doses");
        QTest::addColumn<int>("doseNumber");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("disease");
        const QString cvx = QStringLiteral("http://hl7.org/fhir/sid/cvx");
        const QString snomed = QStringLiteral("http://snomed.info/sct");
        const QString icd11 = QStringLiteral("http://id.who.int/icd11/mms");
        const QString covid = QStringLiteral("840539006");
        using Dose = ShcCardSpec::Immunization;
        QTest::newRow("3 doses Moderna")
            << QList<Dose>{{QStringLiteral("207"), QDate(2021, 1, 1)},
                           {QStringLiteral("207"), QDate(2021, 1, 29)},
                           {QStringLiteral("207"), QDate(2021, 10, 20)}}
            << 3 << QStringLiteral("EU/1/20/1507") << QDate(2021, 10, 20) << covid;
        QTest::newRow("out of order, latest product")
            << QList<Dose>{{QStringLiteral("210"), QDate(2021, 6, 1)},
                           {QStringLiteral("217"), QDate(2021, 12, 1)},
                           {QStringLiteral("210"), QDate(2021, 3, 1)}}
            << 3 << QStringLiteral("EU/1/20/1528") << QDate(2021, 12, 1) << covid;
        QTest::newRow("same day twice counts once")
            << QList<Dose>{{QStringLiteral("212"), QDate(2021, 6, 1)},
                           {QStringLiteral("212"), QDate(2021, 6, 1)}}
            << 1 << QStringLiteral("EU/1/20/1525") << QDate(2021, 6, 1) << covid;
        QTest::newRow("Novavax") << QList<Dose>{{QStringLiteral("211"), QDate(2022, 2, 1)}} << 1
                                 << QStringLiteral("EU/1/21/1618") << QDate(2022, 2, 1) << covid;
        QTest::newRow("Sinovac, no EU code") << QList<Dose>{{QStringLiteral("511"), QDate(2021, 8, 1)}} << 1
                                             << QStringLiteral("cvx:511") << QDate(2021, 8, 1) << covid;
        QTest::newRow("SNOMED Comirnaty")
            << QList<Dose>{{QStringLiteral("28581000087106"), QDate(2021, 8, 1), snomed}} << 1
            << QStringLiteral("EU/1/20/1528") << QDate(2021, 8, 1) << covid;
        QTest::newRow("ICD-11 Covaxin") << QList<Dose>{{QStringLiteral("XM1G90"), QDate(2021, 8, 1), icd11}}
                                        << 1 << QStringLiteral("icd11:XM1G90") << QDate(2021, 8, 1) << covid;
        QTest::newRow("influenza only")
            << QList<Dose>{{QStringLiteral("140"), QDate(2021, 10, 1), cvx}} << 1 << QStringLiteral("cvx:140")
            << QDate(2021, 10, 1) << QStringLiteral("vaccine:cvx:140"); // never a COVID-19 dose
        QTest::newRow("COVID-19 beside influenza")
            << QList<Dose>{{QStringLiteral("140"), QDate(2021, 11, 1)},
                           {QStringLiteral("208"), QDate(2021, 10, 1)}}
            << 1 << QStringLiteral("EU/1/20/1528") << QDate(2021, 10, 1) << covid;
        QTest::newRow("not-done dose ignored")
            << QList<Dose>{{QStringLiteral("208"), QDate(2021, 5, 1)},
                           {QStringLiteral("208"), QDate(2021, 6, 1), cvx, QStringLiteral("not-done")}}
            << 1 << QStringLiteral("EU/1/20/1528") << QDate(2021, 5, 1) << covid;
    }
    void mapsDoses()
    {
        QFETCH(QList<ShcCardSpec::Immunization>, doses);
        QFETCH(int, doseNumber);
        QFETCH(QString, product);
        QFETCH(QDate, date);
        QFETCH(QString, disease);
        ShcCardSpec spec = validSpec();
        spec.immunizations = doses;
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        const auto &v = std::get<Vaccination>(pass->statement);
        QCOMPARE(v.doseNumber, doseNumber);
        QCOMPARE(v.product, product);
        QCOMPARE(v.date, date);
        QCOMPARE(v.disease, disease);
        QVERIFY(pass->dataProblems.isEmpty());
    }

    void mapsTestResults_data()
    {
        QTest::addColumn<QString>("loinc");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("testType");
        QTest::addColumn<QString>("euResult");
        QTest::newRow("PCR negative") << QStringLiteral("94500-6") << QStringLiteral("260385009")
                                      << QStringLiteral("LP6464-4") << QStringLiteral("260415000");
        QTest::newRow("PCR not detected") << QStringLiteral("94309-2") << QStringLiteral("260415000")
                                          << QStringLiteral("LP6464-4") << QStringLiteral("260415000");
        QTest::newRow("PCR positive") << QStringLiteral("94759-8") << QStringLiteral("10828004")
                                      << QStringLiteral("LP6464-4") << QStringLiteral("260373001");
        QTest::newRow("antigen negative") << QStringLiteral("94558-4") << QStringLiteral("260385009")
                                          << QStringLiteral("LP217198-3") << QStringLiteral("260415000");
        QTest::newRow("antigen detected") << QStringLiteral("95209-3") << QStringLiteral("260373001")
                                          << QStringLiteral("LP217198-3") << QStringLiteral("260373001");
        QTest::newRow("inconclusive stays itself")
            << QStringLiteral("94500-6") << QStringLiteral("419984006") << QStringLiteral("LP6464-4")
            << QStringLiteral("419984006");
    }
    void mapsTestResults()
    {
        QFETCH(QString, loinc);
        QFETCH(QString, result);
        QFETCH(QString, testType);
        QFETCH(QString, euResult);
        const QDateTime sampled(QDate(2021, 12, 12), QTime(8, 30), QTimeZone::utc());
        ShcCardSpec spec = validSpec();
        spec.immunizations.clear();
        spec.labResults = {{loinc, sampled, result, QStringLiteral("final"), QStringLiteral("ABC Lab")}};
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QCOMPARE(statementType(pass->statement), StatementType::Test);
        const auto &t = std::get<TestResult>(pass->statement);
        QCOMPARE(t.disease, QStringLiteral("840539006"));
        QCOMPARE(t.testType, testType);
        QCOMPARE(t.result, euResult);
        QCOMPARE(t.sampleTime, sampled);
        QCOMPARE(t.centre, QStringLiteral("ABC Lab"));
        QCOMPARE(t.issuer, issuer().issuer());
    }

    void latestTestResultCounts()
    {
        ShcCardSpec spec = validSpec();
        spec.immunizations.clear();
        const QDateTime early(QDate(2021, 12, 1), QTime(8, 0), QTimeZone::utc());
        const QDateTime late(QDate(2021, 12, 10), QTime(8, 0), QTimeZone::utc());
        spec.labResults = {
            {QStringLiteral("94500-6"), late, QStringLiteral("260385009")},
            {QStringLiteral("94500-6"), early, QStringLiteral("10828004")},
            {QStringLiteral("94507-1"), late.addDays(1), QStringLiteral("10828004")}}; // antibodies
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        const auto &t = std::get<TestResult>(pass->statement);
        QCOMPARE(t.sampleTime, late);
        QCOMPARE(t.result, QStringLiteral("260415000"));
    }

    void badFhirMetadataGoesToStaff()
    {
        ShcCardSpec spec = validSpec();
        QJsonObject bundle = issuer().bundle(spec);
        bundle.insert(QStringLiteral("id"), QStringLiteral("bundle-1"));
        QJsonArray entries = bundle.value(u"entry").toArray();
        QJsonObject first = entries.at(1).toObject();
        QJsonObject resource = first.value(u"resource").toObject();
        resource.insert(QStringLiteral("meta"),
                        QJsonObject{{QStringLiteral("versionId"), QStringLiteral("1")}});
        QJsonObject vaccineCode = resource.value(u"vaccineCode").toObject();
        QJsonArray codings = vaccineCode.value(u"coding").toArray();
        QJsonObject coding = codings.at(0).toObject();
        coding.insert(QStringLiteral("display"), QStringLiteral("Pfizer"));
        codings.replace(0, coding);
        vaccineCode.insert(QStringLiteral("coding"), codings);
        vaccineCode.insert(QStringLiteral("text"), QStringLiteral("COVID-19 vaccine"));
        resource.insert(QStringLiteral("vaccineCode"), vaccineCode);
        resource.insert(QStringLiteral("patient"),
                        QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/1")}});
        first.insert(QStringLiteral("resource"), resource);
        first.insert(QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:1"));
        entries.replace(1, first);
        bundle.insert(QStringLiteral("entry"), entries);
        spec.bundleOverride = bundle;

        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QStringList fields;
        for (const PassDataProblem &problem : pass->dataProblems) {
            QCOMPARE(problem.code, dataproblem::schema);
            QVERIFY(!problem.detail.isEmpty());
            fields.append(problem.field);
        }
        const QString entry = QStringLiteral("fhirBundle.entry[1]");
        QCOMPARE(fields, (QStringList{QStringLiteral("fhirBundle.id"), entry + QStringLiteral(".fullUrl"),
                                      entry + QStringLiteral(".resource.meta"),
                                      entry + QStringLiteral(".resource.patient.reference"),
                                      entry + QStringLiteral(".resource.vaccineCode.text"),
                                      entry + QStringLiteral(".resource.vaccineCode.coding[0].display")}));
        QCOMPARE(std::get<Vaccination>(pass->statement).doseNumber, 2);
    }

    void metaSecurityIsAllowed()
    {
        ShcCardSpec spec = validSpec();
        QJsonObject bundle = issuer().bundle(spec);
        QJsonArray entries = bundle.value(u"entry").toArray();
        QJsonObject first = entries.at(0).toObject();
        QJsonObject resource = first.value(u"resource").toObject();
        resource.insert(
            QStringLiteral("meta"),
            QJsonObject{{QStringLiteral("security"),
                         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("IAL1.2")}}}}});
        first.insert(QStringLiteral("resource"), resource);
        entries.replace(0, first);
        bundle.insert(QStringLiteral("entry"), entries);
        spec.bundleOverride = bundle;
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QVERIFY(pass->dataProblems.isEmpty());
    }

    // SMART Health Cards 1.3.0 (VCI) allows any Bundle.type; FHIR itself requires one.
    void bundleTypeIsFreeButRequired_data()
    {
        QTest::addColumn<QJsonValue>("type");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("collection") << QJsonValue(QStringLiteral("collection")) << QStringList();
        QTest::newRow("document (a patient summary)")
            << QJsonValue(QStringLiteral("document")) << QStringList();
        QTest::newRow("none") << QJsonValue(QJsonValue::Undefined)
                              << QStringList{QStringLiteral("fhirBundle.type")};
    }
    void bundleTypeIsFreeButRequired()
    {
        QFETCH(QJsonValue, type);
        QFETCH(QStringList, fields);
        ShcCardSpec spec = validSpec();
        QJsonObject bundle = issuer().bundle(spec);
        bundle.remove(QStringLiteral("type"));
        if (!type.isUndefined())
            bundle.insert(QStringLiteral("type"), type);
        spec.bundleOverride = bundle;
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QStringList found;
        for (const PassDataProblem &problem : pass->dataProblems)
            found.append(problem.field);
        QCOMPARE(found, fields);
    }

    void unknownVaccineCodeSystemIsAFinding()
    {
        ShcCardSpec spec = validSpec();
        spec.immunizations = {
            {QStringLiteral("207"), QDate(2021, 1, 1), QStringLiteral("http://example.org/vaccines")}};
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        const auto &v = std::get<Vaccination>(pass->statement);
        QVERIFY(v.disease.isEmpty());
        QCOMPARE(v.product, QStringLiteral("http://example.org/vaccines|207"));
        QCOMPARE(pass->dataProblems.size(), 1);
        QCOMPARE(pass->dataProblems.first().field,
                 QStringLiteral("fhirBundle.entry[1].resource.vaccineCode.coding[0].system"));
    }

    // FHIR's date is YYYY, YYYY-MM or YYYY-MM-DD and a real one: anything else goes to staff.
    void birthDateMustBeADate_data()
    {
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<bool>("finding");
        QTest::newRow("full date") << QStringLiteral("1951-01-20") << false;
        QTest::newRow("year and month") << QStringLiteral("1951-01") << false;
        QTest::newRow("year only") << QStringLiteral("1951") << false;
        QTest::newRow("month 00") << QStringLiteral("1963-00") << true;
        QTest::newRow("day 00") << QStringLiteral("1963-05-00") << true;
        QTest::newRow("30 February") << QStringLiteral("2021-02-30") << true;
        QTest::newRow("day first") << QStringLiteral("20.01.1951") << true;
    }
    void birthDateMustBeADate()
    {
        QFETCH(QString, birthDate);
        QFETCH(bool, finding);
        ShcCardSpec spec = validSpec();
        spec.birthDate = birthDate;
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(spec));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QCOMPARE(pass->birthDate, birthDate);
        if (!finding) {
            QVERIFY2(pass->dataProblems.isEmpty(), qPrintable(pass->dataProblems.value(0).detail));
            return;
        }
        QCOMPARE(pass->dataProblems.size(), 1);
        QCOMPARE(pass->dataProblems.first().code, dataproblem::unreadableDate);
        QCOMPARE(pass->dataProblems.first().field, QStringLiteral("Patient.birthDate"));
        QVERIFY2(pass->dataProblems.first().detail.contains(birthDate),
                 qPrintable(pass->dataProblems.first().detail));
    }

    void smallerInflateBound()
    {
        ShcDecoder::Options options;
        options.maxInflatedSize = 256;
        const Result<DecodedPass, PassError> pass = Verifier().decode(issuer().qr(validSpec()), options);
        QVERIFY(!pass.ok());
        QCOMPARE(pass.error().code, PassErrorCode::TooLarge);
    }

    // --- the shared vectors (the spec's example issuer and the reference validator's cases) ---

    void exampleCardVerifies()
    {
        PASSGATE_TESTDATA(shcDir, "shc");
        TrustStore trust;
        trustVectorIssuers(trust, shcDir);
        const FixedClock clock(vectorTime);
        const QByteArray text = withoutEdgeLineEnds(
            readFile(shcDir + QStringLiteral("/valid/example-00-f-qr-code-numeric-value-0.txt")));
        const Result<DecodedPass, PassError> pass =
            ShcDecoder(trust, clock).decode(QString::fromLatin1(text));
        QVERIFY2(pass.ok(), qPrintable(failure(pass)));
        QCOMPARE(pass->issuer, specIssuer);
        QCOMPARE(pass->kid, QByteArray("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s"));
        QCOMPARE(pass->holder.family, QStringLiteral("Anyperson"));
        QCOMPARE(pass->holder.given, QStringLiteral("John B."));
        QCOMPARE(pass->birthDate, QStringLiteral("1951-01-20"));
        QCOMPARE(pass->issued, QDateTime::fromMSecsSinceEpoch(1632261134924, QTimeZone::utc()));
        QVERIFY(!pass->expires.isValid());
        QVERIFY(pass->dataProblems.isEmpty());
        const auto &v = std::get<Vaccination>(pass->statement);
        QCOMPARE(v.doseNumber, 2);
        QCOMPARE(v.date, QDate(2021, 1, 29));
        QCOMPARE(v.product, QStringLiteral("EU/1/20/1507"));
        QCOMPARE(v.disease, QStringLiteral("840539006"));
    }

    void vectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // error code name, or "ok" / "staff" (decoded with findings)
        const auto row = [](const char *file, const char *expected) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(expected);
        };
        row("test-example-00-d-jws-bad-fhir-metadata.txt", "staff");
        row("test-example-00-d-jws-der-signature-r-neg.txt", "signature-invalid");
        row("test-example-00-d-jws-der-signature-rs-neg.txt", "signature-invalid");
        row("test-example-00-d-jws-der-signature-s-neg.txt", "signature-invalid");
        row("test-example-00-d-jws-der-signature.txt", "signature-invalid");
        row("test-example-00-d-jws-invalid-signature.txt", "signature-invalid");
        row("test-example-00-d-jws-issuer-kid-mismatch.txt", "key-not-of-issuer");
        row("test-example-00-d-jws-issuer-not-valid-with-smart-key.txt", "unknown-issuer");
        row("test-example-00-d-jws-jws_too_long.txt", "malformed-jws"); // and no nbf claim
        row("test-example-00-d-jws-no_deflate.txt", "not-compressed");  // no zip, plain JSON
        row("test-example-00-d-jws-no_jws_header_alg.txt", "malformed-jws");
        row("test-example-00-d-jws-no_jws_header_kid.txt", "malformed-jws");
        row("test-example-00-d-jws-no_jws_header_zip.txt", "malformed-jws");
        row("test-example-00-d-jws-trailing_chars.txt", "malformed-jws");
        row("test-example-00-d-jws-utf8_bom_prefix.txt", "malformed-jws");
        row("test-example-00-d-jws-wrong_jws_header_kid.txt", "unknown-key-id");
        row("test-example-00-e-file-invalid_deflate.smart-health-card", "corrupt-compression");
        row("test-example-00-e-file-no_deflate.smart-health-card", "not-compressed");
        row("test-example-00-f-qr-code-numeric-value-0-index-out-of-range.txt", "invalid-chunk");
        row("test-example-00-f-qr-code-numeric-value-0-number-too-big.txt", "invalid-numeric");
        row("test-example-00-f-qr-code-numeric-value-0-odd-count.txt", "invalid-numeric");
        row("test-example-00-f-qr-code-numeric-value-0-qr_chunk_too_small.txt", "invalid-chunk");
        row("test-example-00-f-qr-code-numeric-value-0-trailing_chars.txt", "invalid-numeric");
        row("test-example-00-f-qr-code-numeric-value-0-wrong-multi-chunk.txt", "invalid-chunk");
        row("test-example-00-f-qr-code-numeric-value-0-wrong_qr_header.txt", "unknown-prefix");
    }
    void vectors()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        PASSGATE_TESTDATA(shcDir, "shc");
        TrustStore trust;
        trustVectorIssuers(trust, shcDir);
        const FixedClock clock(vectorTime);
        const ShcDecoder decoder(trust, clock);
        const QByteArray content = readFile(shcDir + QStringLiteral("/invalid/") + file);

        Result<DecodedPass, PassError> pass = fail(PassErrorCode::UnknownPrefix, QStringLiteral("not run"));
        if (file.endsWith(u".smart-health-card")) {
            const QJsonArray credentials =
                QJsonDocument::fromJson(content).object().value(u"verifiableCredential").toArray();
            QCOMPARE(credentials.size(), 1);
            pass = decoder.decodeJws(credentials.first().toString().toLatin1(), vectorTime);
        } else if (file.contains(u"-f-qr-code-")) {
            pass = decoder.decode(QString::fromLatin1(withoutEdgeLineEnds(content)));
        } else {
            pass = decoder.decodeJws(content, vectorTime);
        }
        const QString got = !pass.ok()                     ? errorCodeName(pass.error().code)
                            : pass->dataProblems.isEmpty() ? QStringLiteral("ok")
                                                           : QStringLiteral("staff");
        QStringList findings;
        if (pass.ok()) {
            for (const PassDataProblem &problem : pass->dataProblems)
                findings.append(problem.field);
        }
        qInfo("%s: %s %s", qPrintable(file), qPrintable(pass.ok() ? got : failure(pass)),
              qPrintable(findings.join(QStringLiteral(", "))));
        QCOMPARE(got, expected);
    }

    void expandedPayloads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<PassErrorCode>("code");
        QTest::newRow("expired") << QStringLiteral("test-example-00-b-jws-payload-expanded-expired.json")
                                 << PassErrorCode::Expired;
        QTest::newRow("not yet valid")
            << QStringLiteral("test-example-00-b-jws-payload-expanded-nbf_not_yet_valid.json")
            << PassErrorCode::NotYetValid;
    }
    void expandedPayloads()
    {
        QFETCH(QString, file);
        QFETCH(PassErrorCode, code);
        PASSGATE_TESTDATA(shcDir, "shc");
        const Result<ShcClaims, PassError> claims =
            ShcDecoder::parseClaims(readFile(shcDir + QStringLiteral("/invalid/") + file));
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error().reason));
        // expired: nbf 2021-12-14T15:44:33.998Z, exp a second later; nbf_not_yet_valid: nbf in 2050.
        const Result<void, PassError> valid = ShcDecoder::checkValidity(*claims, vectorTime);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, code);
        DecodedPass pass;
        QVERIFY(ShcDecoder::fillFromFhir(pass, *claims).ok());
        QCOMPARE(std::get<Vaccination>(pass.statement).doseNumber, 2);
    }
};

QTEST_GUILESS_MAIN(ShcDecoderTest)
#include "tst_shcdecoder.moc"
