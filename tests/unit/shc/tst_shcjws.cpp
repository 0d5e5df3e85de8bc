#include "common/Base64Url.h"
#include "formats/shc/ShcDecoder.h"
#include "support/TestShcIssuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace passgate;
using namespace passgate::shc;
using namespace passgate::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(passgate::PassErrorCode)
Q_DECLARE_METATYPE(passgate::test::ShcCardSpec)

namespace {

const QDateTime issued(QDate(2021, 9, 21), QTime(12, 0), QTimeZone::utc());

const TestShcIssuer &issuer()
{
    static const auto instance = std::make_unique<TestShcIssuer>(TestSigner::generate());
    return *instance;
}

ShcCardSpec validSpec()
{
    ShcCardSpec spec;
    spec.notBefore = issued;
    spec.immunizations = {{QStringLiteral("207"), QDate(2021, 1, 1)}};
    return spec;
}

QByteArray part(const QJsonObject &object)
{
    return encodeBase64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray claimsJson(const QJsonObject &claims)
{
    return QJsonDocument(claims).toJson(QJsonDocument::Compact);
}

QJsonObject validClaims()
{
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("collection")},
                             {QStringLiteral("entry"), QJsonArray()}};
    const QJsonObject subject{{QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
                              {QStringLiteral("fhirBundle"), bundle}};
    return {{QStringLiteral("iss"), QStringLiteral("https://issuer.example/shc")},
            {QStringLiteral("nbf"), 1632261134.924},
            {QStringLiteral("vc"),
             QJsonObject{{QStringLiteral("type"),
                          QJsonArray{QStringLiteral("https://smarthealth.cards#health-card")}},
                         {QStringLiteral("credentialSubject"), subject}}}};
}

} // namespace

class ShcJwsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheIssuersJws()
    {
        const QByteArray jws = issuer().jws(validSpec());
        const Result<CompactJws, PassError> parsed = ShcDecoder::parseJws(jws);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().reason));
        QCOMPARE(parsed->algorithm, QStringLiteral("ES256"));
        QCOMPARE(parsed->keyId, issuer().kid());
        QCOMPARE(parsed->zip, QStringLiteral("DEF"));
        QCOMPARE(parsed->signature.size(), 64);
        QCOMPARE(parsed->signingInput, jws.left(jws.lastIndexOf('.')));
        const Result<QByteArray, PassError> json = ShcDecoder::inflateRaw(parsed->payload, 64 * 1024);
        QVERIFY(json.ok());
        QCOMPARE(*json, issuer().claims(validSpec()));
    }

    void refusesMalformedJws_data()
    {
        QTest::addColumn<QByteArray>("jws");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = issuer().jws(validSpec());
        const QByteArray header = good.left(good.indexOf('.'));
        const QByteArray rest = good.mid(good.indexOf('.'));
        const QString kid = issuer().kid();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("three parts");
        QTest::newRow("two parts") << good.left(good.lastIndexOf('.')) << QStringLiteral("three parts");
        QTest::newRow("four parts") << QByteArray(good + ".AAAA") << QStringLiteral("three parts");
        QTest::newRow("leading space") << QByteArray(" " + good) << QStringLiteral("position 0");
        QTest::newRow("trailing newline") << QByteArray(good + "\n") << QStringLiteral("byte 0x0a");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" + good) << QStringLiteral("byte order mark");
        QTest::newRow("padding") << QByteArray(good + "=") << QStringLiteral("'='");
        QTest::newRow("base64 not url") << QByteArray(header + "+" + rest) << QStringLiteral("'+'");
        QTest::newRow("empty payload")
            << QByteArray(header + ".." + good.mid(good.lastIndexOf('.') + 1)) << QStringLiteral("payload");
        QTest::newRow("header not JSON")
            << QByteArray(encodeBase64Url("alg") + rest) << QStringLiteral("JSON");
        QTest::newRow("header an array")
            << QByteArray(encodeBase64Url("[]") + rest) << QStringLiteral("JSON");
        QTest::newRow("no alg") << QByteArray(part({{u"zip"_s, u"DEF"_s}, {u"kid"_s, kid}}) + rest)
                                << QStringLiteral("no alg");
        QTest::newRow("alg none")
            << QByteArray(part({{u"zip"_s, u"DEF"_s}, {u"alg"_s, u"none"_s}, {u"kid"_s, kid}}) + rest)
            << QStringLiteral("\"none\"");
        QTest::newRow("alg ES384")
            << QByteArray(part({{u"zip"_s, u"DEF"_s}, {u"alg"_s, u"ES384"_s}, {u"kid"_s, kid}}) + rest)
            << QStringLiteral("ES256");
        QTest::newRow("no kid") << QByteArray(part({{u"zip"_s, u"DEF"_s}, {u"alg"_s, u"ES256"_s}}) + rest)
                                << QStringLiteral("kid");
        QTest::newRow("kid a number")
            << QByteArray(part({{u"zip"_s, u"DEF"_s}, {u"alg"_s, u"ES256"_s}, {u"kid"_s, 7}}) + rest)
            << QStringLiteral("kid");
        QTest::newRow("no zip") << QByteArray(part({{u"alg"_s, u"ES256"_s}, {u"kid"_s, kid}}) + rest)
                                << QStringLiteral("no zip");
        QTest::newRow("zip GZIP")
            << QByteArray(part({{u"zip"_s, u"GZIP"_s}, {u"alg"_s, u"ES256"_s}, {u"kid"_s, kid}}) + rest)
            << QStringLiteral("\"GZIP\"");
    }
    void refusesMalformedJws()
    {
        QFETCH(QByteArray, jws);
        QFETCH(QString, mentions);
        const Result<CompactJws, PassError> parsed = ShcDecoder::parseJws(jws);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, PassErrorCode::MalformedJws);
        QCOMPARE(stageOf(parsed.error().code), PassStage::Jws);
        QVERIFY2(parsed.error().reason.contains(mentions), qPrintable(parsed.error().reason));
    }

    void inflates_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<qsizetype>("bound");
        QTest::addColumn<PassErrorCode>("code");
        const QByteArray json = claimsJson(validClaims());
        const QByteArray raw = TestShcIssuer::rawDeflate(json);
        QTest::newRow("uncompressed JSON") << json << qsizetype(65536) << PassErrorCode::NotCompressed;
        QTest::newRow("zlib header") << qCompress(json).sliced(4) << qsizetype(65536)
                                     << PassErrorCode::CorruptCompression;
        QTest::newRow("trailing bytes")
            << QByteArray(raw + "x") << qsizetype(65536) << PassErrorCode::CorruptCompression;
        QTest::newRow("truncated") << raw.left(raw.size() / 2) << qsizetype(65536)
                                   << PassErrorCode::CorruptCompression;
        QTest::newRow("garbage") << QByteArray("\xff\xff\xff\xff") << qsizetype(65536)
                                 << PassErrorCode::CorruptCompression;
        QTest::newRow("empty") << QByteArray() << qsizetype(65536) << PassErrorCode::CorruptCompression;
        QTest::newRow("over the bound") << raw << qsizetype(json.size() - 1) << PassErrorCode::TooLarge;
        QTest::newRow("bomb") << TestShcIssuer::rawDeflate(QByteArray(10 * 1024 * 1024, 'x'))
                              << qsizetype(65536) << PassErrorCode::TooLarge;
    }
    void inflates()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(qsizetype, bound);
        QFETCH(PassErrorCode, code);
        const Result<QByteArray, PassError> inflated = ShcDecoder::inflateRaw(compressed, bound);
        QVERIFY(!inflated.ok());
        QCOMPARE(inflated.error().code, code);
        QCOMPARE(stageOf(code), PassStage::Inflate);
    }

    void inflatesExactlyToTheBound()
    {
        const QByteArray json = claimsJson(validClaims());
        const Result<QByteArray, PassError> inflated =
            ShcDecoder::inflateRaw(TestShcIssuer::rawDeflate(json), json.size());
        QVERIFY(inflated.ok());
        QCOMPARE(*inflated, json);
    }

    void parsesClaims()
    {
        const Result<ShcClaims, PassError> claims = ShcDecoder::parseClaims(claimsJson(validClaims()));
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error().reason));
        QCOMPARE(claims->issuer, QStringLiteral("https://issuer.example/shc"));
        QCOMPARE(claims->notBefore, QDateTime::fromMSecsSinceEpoch(1632261134924, QTimeZone::utc()));
        QVERIFY(!claims->expires.isValid());
        QCOMPARE(claims->types, QStringList{QStringLiteral("https://smarthealth.cards#health-card")});
        QCOMPARE(claims->fhirVersion, QStringLiteral("4.0.1"));
        QCOMPARE(claims->fhirBundle.value(u"resourceType").toString(), QStringLiteral("Bundle"));

        QJsonObject withExp = validClaims();
        withExp.insert(QStringLiteral("exp"), 1700000000);
        const Result<ShcClaims, PassError> expiring = ShcDecoder::parseClaims(claimsJson(withExp));
        QVERIFY(expiring.ok());
        QCOMPARE(expiring->expires, QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc()));
    }

    void refusesClaims_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const auto without = [](const QString &key) {
            QJsonObject claims = validClaims();
            claims.remove(key);
            return claimsJson(claims);
        };
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject claims = validClaims();
            claims.insert(key, value);
            return claimsJson(claims);
        };
        const auto withVc = [](const QJsonObject &vc) {
            QJsonObject claims = validClaims();
            claims.insert(QStringLiteral("vc"), vc);
            return claimsJson(claims);
        };
        const QJsonObject vc = validClaims().value(u"vc").toObject();
        QJsonObject vcWithoutType = vc;
        vcWithoutType.remove(QStringLiteral("type"));
        QJsonObject vcOtherType = vc;
        vcOtherType.insert(QStringLiteral("type"),
                           QJsonArray{QStringLiteral("https://smarthealth.cards#covid19")});
        QJsonObject vcNoSubject = vc;
        vcNoSubject.remove(QStringLiteral("credentialSubject"));
        QJsonObject subjectNoBundle = vc.value(u"credentialSubject").toObject();
        subjectNoBundle.remove(QStringLiteral("fhirBundle"));
        QJsonObject vcNoBundle = vc;
        vcNoBundle.insert(QStringLiteral("credentialSubject"), subjectNoBundle);
        QJsonObject subjectNoVersion = vc.value(u"credentialSubject").toObject();
        subjectNoVersion.remove(QStringLiteral("fhirVersion"));
        QJsonObject vcNoVersion = vc;
        vcNoVersion.insert(QStringLiteral("credentialSubject"), subjectNoVersion);

        QTest::newRow("not JSON") << QByteArray("{\"iss\":") << QStringLiteral("not a JSON object");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" + claimsJson(validClaims()))
                             << QStringLiteral("byte order mark");
        QTest::newRow("no iss") << without(QStringLiteral("iss")) << QStringLiteral("iss");
        QTest::newRow("iss http") << with(QStringLiteral("iss"), QStringLiteral("http://issuer.example/shc"))
                                  << QStringLiteral("https");
        QTest::newRow("iss trailing slash")
            << with(QStringLiteral("iss"), QStringLiteral("https://issuer.example/"))
            << QStringLiteral("trailing slash");
        QTest::newRow("iss a number") << with(QStringLiteral("iss"), 5) << QStringLiteral("iss");
        QTest::newRow("no nbf") << without(QStringLiteral("nbf")) << QStringLiteral("nbf");
        QTest::newRow("nbf a string")
            << with(QStringLiteral("nbf"), QStringLiteral("1632261134")) << QStringLiteral("nbf");
        QTest::newRow("nbf negative") << with(QStringLiteral("nbf"), -1) << QStringLiteral("nbf");
        QTest::newRow("exp in milliseconds")
            << with(QStringLiteral("exp"), 1632261134924.0) << QStringLiteral("exp");
        QTest::newRow("no vc") << without(QStringLiteral("vc")) << QStringLiteral("vc");
        QTest::newRow("no vc.type") << withVc(vcWithoutType) << QStringLiteral("vc.type");
        QTest::newRow("not a health card") << withVc(vcOtherType) << QStringLiteral("#health-card");
        QTest::newRow("no credentialSubject") << withVc(vcNoSubject) << QStringLiteral("credentialSubject");
        QTest::newRow("no fhirBundle") << withVc(vcNoBundle) << QStringLiteral("fhirBundle");
        QTest::newRow("no fhirVersion") << withVc(vcNoVersion) << QStringLiteral("fhirVersion");
    }
    void refusesClaims()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const Result<ShcClaims, PassError> claims = ShcDecoder::parseClaims(json);
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().code, PassErrorCode::MalformedJws);
        QVERIFY2(claims.error().reason.contains(mentions), qPrintable(claims.error().reason));
    }

    void checksValidity_data()
    {
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<QDateTime>("expires");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<PassErrorCode>("code");
        const QDateTime nbf = QDateTime::fromSecsSinceEpoch(1632261134, QTimeZone::utc());
        const QDateTime exp = nbf.addDays(30);
        QTest::newRow("no exp, long after")
            << nbf << QDateTime() << nbf.addYears(5) << true << PassErrorCode::Expired;
        QTest::newRow("at nbf") << nbf << exp << nbf << true << PassErrorCode::Expired;
        QTest::newRow("a second before nbf")
            << nbf << exp << nbf.addSecs(-1) << false << PassErrorCode::NotYetValid;
        QTest::newRow("a millisecond before nbf")
            << nbf.addMSecs(500) << exp << nbf.addMSecs(499) << false << PassErrorCode::NotYetValid;
        QTest::newRow("a second before exp")
            << nbf << exp << exp.addSecs(-1) << true << PassErrorCode::Expired;
        QTest::newRow("at exp") << nbf << exp << exp << false << PassErrorCode::Expired;
        QTest::newRow("after exp") << nbf << exp << exp.addDays(1) << false << PassErrorCode::Expired;
    }
    void checksValidity()
    {
        QFETCH(QDateTime, notBefore);
        QFETCH(QDateTime, expires);
        QFETCH(QDateTime, at);
        QFETCH(bool, valid);
        QFETCH(PassErrorCode, code);
        ShcClaims claims;
        claims.notBefore = notBefore;
        claims.expires = expires;
        const Result<void, PassError> result = ShcDecoder::checkValidity(claims, at);
        QCOMPARE(result.ok(), valid);
        if (!valid) {
            QCOMPARE(result.error().code, code);
            QCOMPARE(stageOf(code), PassStage::Validity);
        }
    }

    void verifiesSignatures_data()
    {
        QTest::addColumn<ShcCardSpec>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<PassErrorCode>("code");
        ShcCardSpec corrupt = validSpec();
        corrupt.corruptSignature = true;
        ShcCardSpec der = validSpec();
        der.derSignature = true;
        ShcCardSpec unknownKid = validSpec();
        unknownKid.kid = QStringLiteral("0000000000000000000000000000000000000000000");
        ShcCardSpec otherIssuer = validSpec();
        otherIssuer.issuer = QStringLiteral("https://elsewhere.example/shc");
        QTest::newRow("valid") << validSpec() << true << PassErrorCode::SignatureInvalid;
        QTest::newRow("flipped bit") << corrupt << false << PassErrorCode::SignatureInvalid;
        QTest::newRow("DER") << der << false << PassErrorCode::SignatureInvalid;
        QTest::newRow("unknown kid") << unknownKid << false << PassErrorCode::UnknownKeyId;
        QTest::newRow("issuer not trusted") << otherIssuer << false << PassErrorCode::UnknownIssuer;
    }
    void verifiesSignatures()
    {
        QFETCH(ShcCardSpec, spec);
        QFETCH(bool, valid);
        QFETCH(PassErrorCode, code);
        TrustStore trust;
        trust.addIssuerKey(issuer().issuerKey(QStringLiteral("US")));
        const Result<CompactJws, PassError> jws = ShcDecoder::parseJws(issuer().jws(spec));
        QVERIFY(jws.ok());
        const Result<IssuerKey, PassError> key =
            ShcDecoder::verifySignature(*jws, spec.issuer.value_or(issuer().issuer()), trust);
        QCOMPARE(key.ok(), valid);
        if (valid) {
            QCOMPARE(key->kid, issuer().kid());
            QCOMPARE(key->country, QStringLiteral("US"));
        } else {
            QCOMPARE(key.error().code, code);
            QCOMPARE(stageOf(code), PassStage::Signature);
        }
    }

    void derSignatureIsNamed()
    {
        ShcCardSpec spec = validSpec();
        spec.derSignature = true;
        TrustStore trust;
        trust.addIssuerKey(issuer().issuerKey());
        const Result<IssuerKey, PassError> key =
            ShcDecoder::verifySignature(*ShcDecoder::parseJws(issuer().jws(spec)), issuer().issuer(), trust);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().reason.contains(QStringLiteral("DER")), qPrintable(key.error().reason));
        QVERIFY2(key.error().reason.contains(QStringLiteral("r || s")), qPrintable(key.error().reason));
    }

    void kidOfAnotherIssuerIsNamed()
    {
        const TestShcIssuer second(TestSigner::generate(), QStringLiteral("https://second.example/shc"));
        TrustStore trust;
        trust.addIssuerKey(issuer().issuerKey());
        trust.addIssuerKey(second.issuerKey());
        // Signed with the first issuer's key, claiming to come from the second.
        ShcCardSpec spec = validSpec();
        spec.issuer = second.issuer();
        const Result<IssuerKey, PassError> key =
            ShcDecoder::verifySignature(*ShcDecoder::parseJws(issuer().jws(spec)), second.issuer(), trust);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, PassErrorCode::KeyNotOfIssuer);
        QVERIFY2(key.error().reason.contains(issuer().issuer()), qPrintable(key.error().reason));
    }
};

QTEST_GUILESS_MAIN(ShcJwsTest)
#include "tst_shcjws.moc"
