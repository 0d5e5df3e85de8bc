#include "common/Base64Url.h"
#include "crypto/Sha256_p.h"
#include "support/TestData.h"
#include "support/TestPublisher.h"
#include "support/TestSigner.h"
#include "support/TestSignerList.h"
#include "trust/BundleVerifier.h"
#include "trust/GatewayDscList.h"
#include "trust/JwsTrustList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace passgate;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::SignerListErrorCode)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

PublicKey keyFromPem(const QByteArray &pem)
{
    auto key = PublicKey::fromPem(pem);
    if (!key)
        qFatal("not a key: %s", qPrintable(key.error().reason));
    return *key;
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

struct JwsKey
{
    QString kid;
    QByteArray der;
    QString thumbprint; // base64url SHA-256
};

JwsKey jwsKey(const TestSigner &signer)
{
    return {QString::fromLatin1(signer.kid().toBase64()), signer.certificateDer(),
            QString::fromLatin1(encodeBase64Url(sha256(signer.certificateDer())))};
}

// A trust list JWS in the Swedish form, signed by `anchor`.
QByteArray signedJwsList(const TestSigner &anchor, const QMap<QString, QList<JwsKey>> &byCountry,
                         const QMap<QString, QStringList> &usageByKid, qint64 iat, qint64 exp)
{
    QJsonObject countries;
    for (auto country = byCountry.begin(); country != byCountry.end(); ++country) {
        QJsonArray keys;
        QJsonObject eku;
        for (const JwsKey &key : country.value()) {
            keys.append(
                QJsonObject{{QStringLiteral("kid"), key.kid},
                            {QStringLiteral("kty"), QStringLiteral("EC")},
                            {QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(key.der.toBase64())}},
                            {QStringLiteral("x5t#S256"), key.thumbprint}});
            if (usageByKid.contains(key.kid))
                eku.insert(key.kid, QJsonArray::fromStringList(usageByKid.value(key.kid)));
        }
        countries.insert(country.key(),
                         QJsonObject{{QStringLiteral("eku"), eku}, {QStringLiteral("keys"), keys}});
    }
    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("ES256")},
        {QStringLiteral("typ"), QStringLiteral("JOSE")},
        {QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(anchor.certificateDer().toBase64())}}};
    const QJsonObject payload{{QStringLiteral("iss"), QStringLiteral("passgate test backend")},
                              {QStringLiteral("iat"), double(iat)},
                              {QStringLiteral("exp"), double(exp)},
                              {QStringLiteral("dsc_trust_list"), countries}};
    const QByteArray input = encodeBase64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             encodeBase64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return input + '.' + encodeBase64Url(anchor.sign(input));
}

// A list that verifies at 2022-01-15T12:00Z: iat 2022-01-15T00:00Z, a day long.
constexpr qint64 testIat = 1642204800;
constexpr qint64 testExp = testIat + 86400;
const QDateTime testAt = QDateTime::fromSecsSinceEpoch(testIat + 43200, QTimeZone::utc());

using EntryChange = std::function<void(QJsonObject &)>;

} // namespace

class SignerListImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedGermanListsYieldEverySigner_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("signers");
        QTest::addColumn<QDateTime>("newestEntry");
        QTest::newRow("DE 2022-02-03") << "de"
                                       << "dsc-list-2022-02-03.json" << 306 << utc("2022-02-02T17:53:03Z");
        QTest::newRow("DE acceptance 2023-12-01") << "de-demo"
                                                  << "dsc-list.json" << 610 << utc("2023-11-30T22:17:36Z");
    }

    void publishedGermanListsYieldEverySigner()
    {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QFETCH(int, signers);
        QFETCH(QDateTime, newestEntry);
        PASSGATE_TESTDATA(lists, "trust-lists");
        const QString dir = lists + u'/' + folder + u'/';
        auto import = importGatewayDscList(
            readAll(dir + file), keyFromPem(readAll(dir + QStringLiteral("dsc-list-signing-key.pem"))), file);
        QVERIFY2(import, qPrintable(import ? QString() : import.error().reason));
        QCOMPARE(import->signers.size(), signers);
        QVERIFY(import->skipped.isEmpty());
        QCOMPARE(import->source, (BundleSource{QStringLiteral("dsc-list"), file, newestEntry, signers, 0}));

        // Through a signed bundle, as a kiosk gets it: every signer found by its kid.
        BundleContents contents;
        contents.issued = utc("2022-02-03T00:00:00Z");
        contents.expires = contents.issued.addDays(30);
        contents.signers = import->signers;
        contents.sources = {import->source};
        const TestPublisher publisher = TestPublisher::generate();
        auto bundle = verifyBundle(publisher.build(contents), publisher.pins(), contents.issued);
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().reason));
        QCOMPARE(bundle->signerList.size(), signers);
        QCOMPARE(bundle->sources, QList<BundleSource>{import->source});
        for (const BundleContents::Signer &signer : import->signers)
            QVERIFY(bundle->signers.contains(SignerCertificate::dccKeyId(signer.certificateDer)));
    }

    void tamperedGermanListIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<SignerListErrorCode>("code");
        QTest::newRow("a byte of the signature line") << "signature" << SignerListErrorCode::BadSignature;
        QTest::newRow("a byte of the JSON") << "json" << SignerListErrorCode::BadSignature;
        QTest::newRow("the last byte of the JSON") << "last" << SignerListErrorCode::BadSignature;
        QTest::newRow("another publisher's key") << "key" << SignerListErrorCode::BadSignature;
        QTest::newRow("no signature line") << "unsigned" << SignerListErrorCode::Malformed;
        QTest::newRow("a signature line that is no signature") << "short" << SignerListErrorCode::Malformed;
    }

    void tamperedGermanListIsRefusedWhole()
    {
        QFETCH(QString, change);
        QFETCH(SignerListErrorCode, code);
        PASSGATE_TESTDATA(lists, "trust-lists");
        QByteArray file = readAll(lists + QStringLiteral("/de/dsc-list-2022-02-03.json"));
        QByteArray keyPem = readAll(lists + QStringLiteral("/de/dsc-list-signing-key.pem"));
        const auto flip = [&file](qsizetype at) { file[at] = file.at(at) == 'A' ? 'B' : 'A'; };
        if (change == u"signature")
            flip(20);
        else if (change == u"json")
            flip(file.indexOf("\"kid\"", file.size() / 2) + 10);
        else if (change == u"last")
            file[file.lastIndexOf('}')] = ' ';
        else if (change == u"key")
            keyPem = readAll(lists + QStringLiteral("/de-demo/dsc-list-signing-key.pem"));
        else if (change == u"unsigned")
            file = file.sliced(file.indexOf('{'));
        else if (change == u"short")
            file = "c2hvcnQ=" + file.sliced(file.indexOf('\n'));
        auto import =
            importGatewayDscList(file, keyFromPem(keyPem), QStringLiteral("dsc-list-2022-02-03.json"));
        QVERIFY(!import);
        QCOMPARE(import.error().code, code);
        QVERIFY2(import.error().reason.contains(u"dsc-list-2022-02-03.json"),
                 qPrintable(import.error().reason));
    }

    void badEntriesAreSkippedAndCounted_data()
    {
        QTest::addColumn<EntryChange>("change");
        QTest::addColumn<QString>("reason"); // a word of the reason; empty: nothing is skipped
        QTest::newRow("all sound") << EntryChange([](QJsonObject &) {}) << QString();
        QTest::newRow("kid of another certificate") << EntryChange([](QJsonObject &e) {
            e.insert(QStringLiteral("kid"), QStringLiteral("AAAAAAAAAAA="));
        }) << "kid";
        QTest::newRow("thumbprint of another certificate")
            << EntryChange([](QJsonObject &e) { e.insert(QStringLiteral("thumbprint"), QString(64, u'0')); })
            << "thumbprint";
        QTest::newRow("thumbprint not hex") << EntryChange([](QJsonObject &e) {
            e.insert(QStringLiteral("thumbprint"), QStringLiteral("zz"));
        }) << "thumbprint";
        QTest::newRow("listed under another country")
            << EntryChange([](QJsonObject &e) { e.insert(QStringLiteral("country"), QStringLiteral("FR")); })
            << "country";
        QTest::newRow("country not two letters") << EntryChange([](QJsonObject &e) {
            e.insert(QStringLiteral("country"), QStringLiteral("Germany"));
        }) << "country";
        QTest::newRow("certificate that does not parse") << EntryChange([](QJsonObject &e) {
            e.insert(QStringLiteral("rawData"), QStringLiteral("MIIBAAAA"));
        }) << "parse";
        QTest::newRow("an upload certificate, not a signer") << EntryChange([](QJsonObject &e) {
            e.insert(QStringLiteral("certificateType"), QStringLiteral("UPLOAD"));
        }) << "not a document signer";
    }

    void badEntriesAreSkippedAndCounted()
    {
        QFETCH(EntryChange, change);
        QFETCH(QString, reason);
        const TestPublisher listKey = TestPublisher::generate();
        QJsonArray entries;
        for (int i = 0; i < 3; ++i)
            entries.append(gatewayListEntry(TestSigner::generate().certificateDer()));
        QJsonObject changed = entries.at(1).toObject();
        change(changed);
        entries.replace(1, changed);
        auto import =
            importGatewayDscList(signedGatewayList(entries, listKey), keyFromPem(listKey.publicKeyPem()),
                                 QStringLiteral("test-list.json"));
        QVERIFY2(import, qPrintable(import ? QString() : import.error().reason));
        const int skipped = reason.isEmpty() ? 0 : 1;
        QCOMPARE(import->skipped.size(), skipped);
        QCOMPARE(import->source.skipped, skipped);
        QCOMPARE(import->signers.size(), 3 - skipped);
        QCOMPARE(import->source.taken, 3 - skipped);
        if (skipped)
            QVERIFY2(import->skipped.first().reason.contains(reason),
                     qPrintable(import->skipped.first().reason));
    }

    void swedishListYieldsSignersAndTheirUsage()
    {
        PASSGATE_TESTDATA(lists, "trust-lists");
        const QByteArray file = readAll(lists + QStringLiteral("/se/trust-list-2022-01-15.jws"));
        auto anchor = X509Certificate::fromPem(readAll(lists + QStringLiteral("/se/sweden.pem")));
        QVERIFY(anchor && anchor->size() == 1);
        auto import = importJwsTrustList(file, anchor->first(), utc("2022-01-15T12:00:00Z"),
                                         QStringLiteral("trust-list-2022-01-15.jws"));
        QVERIFY2(import, qPrintable(import ? QString() : import.error().reason));
        QCOMPARE(import->signers.size(), 268);
        QVERIFY(import->skipped.isEmpty());
        QCOMPARE(import->source.kind, QStringLiteral("eu-trust-list"));
        QCOMPARE(import->source.listDate, utc("2022-01-15T03:35:21Z"));

        // The eku map travels with its signers into the bundle: a signer the list allows only tests
        // (9v3FozjKAUo=, DE) may not sign a vaccination there.
        qsizetype restricted = 0;
        for (const BundleContents::Signer &signer : import->signers)
            restricted += signer.usageOids.isEmpty() ? 0 : 1;
        QCOMPARE(restricted, 120);
        BundleContents contents;
        contents.issued = utc("2022-01-15T12:00:00Z");
        contents.expires = contents.issued.addDays(1);
        contents.signers = import->signers;
        const TestPublisher publisher = TestPublisher::generate();
        auto bundle = verifyBundle(publisher.build(contents), publisher.pins(), contents.issued);
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().reason));
        const QList<SignerCertificate> testOnly =
            bundle->signers.find(QByteArray::fromBase64("9v3FozjKAUo="));
        QCOMPARE(testOnly.size(), 1);
        QCOMPARE(testOnly.first().country(), QStringLiteral("DE"));
        QVERIFY(testOnly.first().allows(StatementType::Test));
        QVERIFY(!testOnly.first().allows(StatementType::Vaccination));
        QVERIFY(!testOnly.first().allows(StatementType::Recovery));
    }

    void swedishListRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<SignerListErrorCode>("code");
        const QDateTime fetched = utc("2022-01-15T12:00:00Z");
        QTest::newRow("another anchor") << "anchor" << fetched << SignerListErrorCode::WrongAnchor;
        QTest::newRow("checked now: expired")
            << "" << QDateTime::currentDateTimeUtc() << SignerListErrorCode::OutsideValidity;
        QTest::newRow("before it was issued")
            << "" << utc("2022-01-14T12:00:00Z") << SignerListErrorCode::OutsideValidity;
        QTest::newRow("a byte of the payload") << "payload" << fetched << SignerListErrorCode::BadSignature;
        QTest::newRow("a byte of the signature")
            << "signature" << fetched << SignerListErrorCode::BadSignature;
        QTest::newRow("not a JWS") << "text" << fetched << SignerListErrorCode::Malformed;
    }

    void swedishListRefusals()
    {
        QFETCH(QString, change);
        QFETCH(QDateTime, at);
        QFETCH(SignerListErrorCode, code);
        PASSGATE_TESTDATA(lists, "trust-lists");
        QByteArray file = readAll(lists + QStringLiteral("/se/trust-list-2022-01-15.jws")).trimmed();
        auto anchors = X509Certificate::fromPem(readAll(lists + QStringLiteral("/se/sweden.pem")));
        QVERIFY(anchors);
        X509Certificate anchor = anchors->first();
        const auto flip = [&file](qsizetype at) { file[at] = file.at(at) == 'A' ? 'B' : 'A'; };
        if (change == u"anchor")
            anchor = TestSigner::generate().signerCertificate().certificate();
        else if (change == u"payload")
            flip(file.indexOf('.') + 2000);
        else if (change == u"signature")
            flip(file.lastIndexOf('.') + 5);
        else if (change == u"text")
            file = "{\"dsc_trust_list\": {}}";
        auto import = importJwsTrustList(file, anchor, at, QStringLiteral("se.jws"));
        QVERIFY(!import);
        QCOMPARE(import.error().code, code);
        QVERIFY2(import.error().reason.startsWith(u"se.jws: "), qPrintable(import.error().reason));
    }

    void jwsEntriesAreCheckedOneByOne_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason"); // empty: taken
        QTest::newRow("sound") << ""
                               << "";
        QTest::newRow("kid of another certificate") << "kid"
                                                    << "kid";
        QTest::newRow("thumbprint of another certificate") << "thumbprint"
                                                           << "thumbprint";
        QTest::newRow("listed under another country") << "country"
                                                      << "country";
        QTest::newRow("list allows nothing the certificate does") << "usage"
                                                                  << "allows it no";
    }

    void jwsEntriesAreCheckedOneByOne()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        const TestSigner anchor = TestSigner::generate();
        const TestSigner sound = TestSigner::generate();
        TestSigner::Options options;
        options.extendedKeyUsage = {TestSigner::oidVaccination};
        const TestSigner checked = TestSigner::generate(options);
        JwsKey key = jwsKey(checked);
        QString country = QStringLiteral("DE");
        QMap<QString, QStringList> usage{{key.kid, {TestSigner::oidVaccination, TestSigner::oidTest}}};
        if (change == u"kid")
            key.kid = QString::fromLatin1(sound.kid().toBase64());
        else if (change == u"thumbprint")
            key.thumbprint = QString::fromLatin1(encodeBase64Url(sha256("another")));
        else if (change == u"country")
            country = QStringLiteral("AT");
        else if (change == u"usage")
            usage = {{key.kid, {TestSigner::oidRecovery}}};
        QMap<QString, QList<JwsKey>> byCountry{{QStringLiteral("DE"), {jwsKey(sound)}}};
        byCountry[country].append(key);
        auto import =
            importJwsTrustList(signedJwsList(anchor, byCountry, usage, testIat, testExp),
                               anchor.signerCertificate().certificate(), testAt, QStringLiteral("t.jws"));
        QVERIFY2(import, qPrintable(import ? QString() : import.error().reason));
        QCOMPARE(import->signers.size(), reason.isEmpty() ? 2 : 1);
        QCOMPARE(import->skipped.size(), reason.isEmpty() ? 0 : 1);
        if (!reason.isEmpty()) {
            QVERIFY2(import->skipped.first().reason.contains(reason),
                     qPrintable(import->skipped.first().reason));
            return;
        }
        // Certificate (vaccination) and list (vaccination, test) agree on vaccination only.
        const BundleContents::Signer &taken = import->signers.at(1);
        auto signer = SignerCertificate::fromCertificate(*X509Certificate::fromDer(taken.certificateDer),
                                                         SignerCertificate::dccKeyId(taken.certificateDer),
                                                         taken.country, taken.usageOids);
        QVERIFY(signer);
        QVERIFY(signer->allows(StatementType::Vaccination));
        QVERIFY(!signer->allows(StatementType::Test));
    }

    // The same certificate from two lists: one signer, and a usage restriction either states holds.
    void overlappingListsGiveOneSignerEach_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QStringList>("usage"); // what the bundle's signer then says
        const QString test = TestSigner::oidTest, vaccination = TestSigner::oidVaccination;
        QTest::newRow("neither restricts") << QStringList() << QStringList() << true << QStringList();
        QTest::newRow("the second restricts")
            << QStringList() << QStringList{test} << true << QStringList{test};
        QTest::newRow("the first restricts")
            << QStringList{test} << QStringList() << true << QStringList{test};
        QTest::newRow("both: what both allow")
            << QStringList{test, vaccination} << QStringList{TestSigner::oidVaccinationAlt} << true
            << QStringList{vaccination};
        QTest::newRow("both, nothing in common: left out")
            << QStringList{test} << QStringList{vaccination} << false << QStringList();
    }

    void overlappingListsGiveOneSignerEach()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(bool, kept);
        QFETCH(QStringList, usage);
        const TestSigner other = TestSigner::generate(), shared = TestSigner::generate();
        BundleSignerSet set;
        QVERIFY(set.add({other.certificateDer(), QStringLiteral("DE"), {}, {}}));
        QVERIFY(set.add({shared.certificateDer(), QStringLiteral("DE"), {}, first}));
        QCOMPARE(bool(set.add({shared.certificateDer(), QStringLiteral("DE"), {}, second})), kept);
        const QList<BundleContents::Signer> signers = set.signers();
        QCOMPARE(signers.size(), kept ? 2 : 1);
        QCOMPARE(signers.first().certificateDer, other.certificateDer());
        if (kept)
            QCOMPARE(signers.at(1).usageOids, usage);
        // Once left out, the certificate stays out whatever a third source says.
        if (!kept)
            QVERIFY(!set.add({shared.certificateDer(), QStringLiteral("DE"), {}, {}}));
    }
};

QTEST_GUILESS_MAIN(SignerListImportTest)
#include "tst_signerlistimport.moc"
