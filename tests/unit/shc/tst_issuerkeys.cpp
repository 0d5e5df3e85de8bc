#include "formats/IssuerKeyLookup.h"
#include "formats/IssuerKeys.h"
#include "formats/Jwk.h"
#include "support/TestData.h"
#include "support/TestShcIssuer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace passgate;
using namespace passgate::test;
using namespace Qt::StringLiterals;

namespace {

const QString specIssuer = QStringLiteral("https://spec.smarthealth.cards/examples/issuer");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray keySet(const QJsonObject &jwk)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson();
}

QJsonObject firstKey(const QByteArray &set)
{
    return QJsonDocument::fromJson(set).object().value(u"keys").toArray().first().toObject();
}

} // namespace

class IssuerKeysTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specKeyKidIsItsThumbprint()
    {
        PASSGATE_TESTDATA(shcDir, "shc");
        const QByteArray json = readFile(shcDir + QStringLiteral("/issuer-jwks.json"));
        const QJsonArray keys = QJsonDocument::fromJson(json).object().value(u"keys").toArray();
        QVERIFY(!keys.isEmpty());
        for (const QJsonValue &key : keys) {
            const Result<EcJwk, QString> jwk = EcJwk::fromJson(key.toObject());
            QVERIFY2(jwk.ok(), jwk.ok() ? "" : qPrintable(jwk.error()));
            QCOMPARE(jwk->thumbprint, key.toObject().value(u"kid").toString());
        }
        const auto set = IssuerKeys::fromShcKeySet(json, specIssuer, QStringLiteral("US"));
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().reason));
        QCOMPARE(set->size(), keys.size());
        QCOMPARE(set->first().kid, QStringLiteral("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s"));
        QCOMPARE(set->first().issuer, specIssuer);
        QCOMPARE(set->first().country, QStringLiteral("US"));
        QCOMPARE(set->first().format, PassFormat::SmartHealthCard);

        IssuerKeys store;
        for (const IssuerKey &key : *set)
            store.add(key);
        QVERIFY(store.knowsIssuer(PassFormat::SmartHealthCard, specIssuer));
        QVERIFY(store.find(PassFormat::SmartHealthCard, specIssuer, set->first().kid));
        QVERIFY(!store.find(PassFormat::NzCovidPass, specIssuer, set->first().kid));
        QCOMPARE(store.issuersOfKid(PassFormat::SmartHealthCard, set->first().kid), QStringList{specIssuer});
    }

    void testIssuerKidIsItsThumbprint()
    {
        const TestShcIssuer issuer(TestSigner::generate());
        const auto set = IssuerKeys::fromShcKeySet(issuer.keySet(), issuer.issuer(), {});
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().reason));
        QCOMPARE(set->first().kid, issuer.kid());
        QCOMPARE(issuer.issuerKey().kid, issuer.kid());
        QCOMPARE(issuer.kid().size(), 43); // base64url of SHA-256
    }

    // One lookup for every format that trusts issuer keys: the same three refusals, each format's
    // keys apart from the other's.
    void lookupSaysWhyThereIsNoKey_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QString>("expected"); // "key" or the error code's name
        const QString shc = u"https://shc.example.invalid"_s;
        const QString did = u"did:web:nzcp.example.invalid"_s;
        const int shcFormat = int(PassFormat::SmartHealthCard);
        const int nzcpFormat = int(PassFormat::NzCovidPass);
        QTest::newRow("SHC key") << shcFormat << shc << u"k1"_s << u"key"_s;
        QTest::newRow("SHC unknown issuer")
            << shcFormat << u"https://nobody.example.invalid"_s << u"k1"_s << u"unknown-issuer"_s;
        QTest::newRow("SHC key of another issuer") << shcFormat << shc << u"k2"_s << u"key-not-of-issuer"_s;
        QTest::newRow("SHC unknown kid") << shcFormat << shc << u"k9"_s << u"unknown-key-id"_s;
        QTest::newRow("NZCP key") << nzcpFormat << did << u"key-1"_s << u"key"_s;
        QTest::newRow("NZCP unknown kid") << nzcpFormat << did << u"key-2"_s << u"unknown-key-id"_s;
        // An SHC issuer's key is no NZ COVID Pass key, whatever its names.
        QTest::newRow("other format's issuer") << nzcpFormat << shc << u"k1"_s << u"unknown-issuer"_s;
    }
    void lookupSaysWhyThereIsNoKey()
    {
        QFETCH(int, format);
        QFETCH(QString, issuer);
        QFETCH(QString, kid);
        QFETCH(QString, expected);
        const TestShcIssuer signer(TestSigner::generate());
        IssuerKeys keys;
        const auto key = [&](PassFormat f, const QString &iss, const QString &id) {
            IssuerKey k = signer.issuerKey();
            k.format = f;
            k.issuer = iss;
            k.kid = id;
            return k;
        };
        keys.add(key(PassFormat::SmartHealthCard, u"https://shc.example.invalid"_s, u"k1"_s));
        keys.add(key(PassFormat::SmartHealthCard, u"https://other.example.invalid"_s, u"k2"_s));
        keys.add(key(PassFormat::NzCovidPass, u"did:web:nzcp.example.invalid"_s, u"key-1"_s));
        const auto found = issuerSigningKey(keys, PassFormat(format), issuer, kid);
        QCOMPARE(found ? u"key"_s : errorCodeName(found.error().code), expected);
        if (found) {
            QCOMPARE(found->issuer, issuer);
            QCOMPARE(found->kid, kid);
        } else {
            QVERIFY2(found.error().reason.contains(issuer), qPrintable(found.error().reason));
        }
    }

    void nzcpDidDocument()
    {
        PASSGATE_TESTDATA(nzcpDir, "nzcp");
        const auto keys = IssuerKeys::fromDidDocument(readFile(nzcpDir + QStringLiteral("/valid/did.json")),
                                                      QStringLiteral("NZ"));
        QVERIFY2(keys.ok(), keys.ok() ? "" : qPrintable(keys.error().reason));
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().kid, QStringLiteral("key-1"));
        QCOMPARE(keys->first().issuer, QStringLiteral("did:web:nzcp.covid19.health.nz"));
        QCOMPARE(keys->first().format, PassFormat::NzCovidPass);
    }

    void refusesKeySets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("mentions");
        const TestShcIssuer issuer(TestSigner::generate());
        const QJsonObject good = firstKey(issuer.keySet());
        QJsonObject wrongKid = good;
        wrongKid.insert(QStringLiteral("kid"), QStringLiteral("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s"));
        QJsonObject withD = good;
        withD.insert(QStringLiteral("d"), QStringLiteral("eXpiDTZbFjFb4n2AQTm1Tsbdj5ILxAsrLtYA9sXk-JA"));
        QJsonObject otherAlg = good;
        otherAlg.insert(QStringLiteral("alg"), QStringLiteral("ES384"));
        QJsonObject otherCurve = good;
        otherCurve.insert(QStringLiteral("crv"), QStringLiteral("P-384"));
        QJsonObject encryption = good;
        encryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
        QTest::newRow("kid not the thumbprint")
            << keySet(wrongKid) << issuer.issuer() << QStringLiteral("thumbprint");
        QTest::newRow("private key d") << keySet(withD) << issuer.issuer() << QStringLiteral("\"d\"");
        QTest::newRow("alg ES384") << keySet(otherAlg) << issuer.issuer() << QStringLiteral("ES256");
        QTest::newRow("curve P-384") << keySet(otherCurve) << issuer.issuer() << QStringLiteral("P-256");
        QTest::newRow("only an encryption key")
            << keySet(encryption) << issuer.issuer() << QStringLiteral("no signing key");
        QTest::newRow("not a key set") << QByteArray("[]") << issuer.issuer() << QStringLiteral("keys");
        QTest::newRow("issuer with trailing slash")
            << issuer.keySet() << QString(issuer.issuer() + u'/') << QStringLiteral("trailing slash");
        QTest::newRow("issuer http") << issuer.keySet() << QStringLiteral("http://issuer.example")
                                     << QStringLiteral("https");
    }
    void refusesKeySets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, issuer);
        QFETCH(QString, mentions);
        const auto keys = IssuerKeys::fromShcKeySet(json, issuer, {});
        QVERIFY(!keys.ok());
        QVERIFY2(keys.error().reason.contains(mentions), qPrintable(keys.error().reason));
    }

    void bundleEntryRoundTrips()
    {
        const TestShcIssuer issuer(TestSigner::generate());
        const IssuerKey key = issuer.issuerKey(QStringLiteral("CA"));
        const auto back = IssuerKeys::fromBundleEntry(IssuerKeys::toBundleEntry(key));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().reason));
        QCOMPARE(back->kid, key.kid);
        QCOMPARE(back->issuer, key.issuer);
        QCOMPARE(back->country, QStringLiteral("CA"));
        QCOMPARE(back->jwk, key.jwk);
    }
};

QTEST_GUILESS_MAIN(IssuerKeysTest)
#include "tst_issuerkeys.moc"
