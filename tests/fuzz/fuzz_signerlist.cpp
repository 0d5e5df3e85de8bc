#include "FuzzTarget.h"

#include "common/Base64Url.h"
#include "crypto/Sha256_p.h"
#include "support/TestPublisher.h"
#include "support/TestSigner.h"
#include "support/TestSignerList.h"
#include "trust/GatewayDscList.h"
#include "trust/JwsTrustList.h"
#include "trust/ValueSets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Published signer lists and value sets, as a publisher downloads them, into the importers. The first
// byte picks how deep the rest goes:
//   0: the bytes are a DSC list file (signature line + JSON), checked with the fixture's list key;
//   1: the bytes are the list's JSON, signed by that key, so the entry checks behind it are reached;
//   2: the bytes are a JWS trust list file, checked against the fixture's anchor;
//   3: the bytes are a JWS payload, signed by the anchor, so the payload and its entries are reached;
//   4: the bytes are a value set file (one set or a list of them).
// A list's signature is what stands between a download and the entry parser; the parser must still
// skip or refuse, never crash, whatever a compromised list signs.

using namespace passgate;

namespace {

struct Fixture
{
    test::TestPublisher listKey = test::TestPublisher::generate();
    PublicKey listPublicKey = *PublicKey::fromPem(listKey.publicKeyPem());
    test::TestSigner anchor = test::TestSigner::generate();
    test::TestSigner signer = test::TestSigner::generate();
    QDateTime at = QDateTime::fromSecsSinceEpoch(1642248000, QTimeZone::utc()); // 2022-01-15T12:00Z

    QByteArray dscList(const QByteArray &json) const
    {
        return listKey.signingKey().sign(json.trimmed()).toBase64() + '\n' + json;
    }

    QByteArray jws(const QByteArray &payload) const
    {
        const QJsonObject header{
            {QStringLiteral("alg"), QStringLiteral("ES256")},
            {QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(anchor.certificateDer().toBase64())}}};
        const QByteArray input = encodeBase64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                 encodeBase64Url(payload);
        return input + '.' + encodeBase64Url(anchor.sign(input));
    }
};

const Fixture &fixture()
{
    static const Fixture instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const Fixture &f = fixture();
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const X509Certificate anchor = f.anchor.signerCertificate().certificate();
    switch (data[0] % 5) {
    case 0:
        (void)importGatewayDscList(body, f.listPublicKey, QStringLiteral("fuzz.json"));
        break;
    case 1:
        (void)importGatewayDscList(f.dscList(body), f.listPublicKey, QStringLiteral("fuzz.json"));
        break;
    case 2:
        (void)importJwsTrustList(body, anchor, f.at, QStringLiteral("fuzz.jws"));
        (void)peekJwsTrustListWindow(body);
        break;
    case 3:
        (void)importJwsTrustList(f.jws(body), anchor, f.at, QStringLiteral("fuzz.jws"));
        break;
    default:
        (void)ValueSets::fromPublishedJson(body, QStringLiteral("fuzz.json"));
        break;
    }
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    const Fixture &f = fixture();
    const QByteArray der = f.signer.certificateDer();
    const QString kid = QString::fromLatin1(sha256(der).first(8).toBase64());
    const QJsonObject entry = test::gatewayListEntry(der);
    const QByteArray listJson =
        QJsonDocument(QJsonObject{{QStringLiteral("certificates"), QJsonArray{entry, entry}}}).toJson();
    const QJsonObject key{{QStringLiteral("kid"), kid},
                          {QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(der.toBase64())}},
                          {QStringLiteral("x5t#S256"), QString::fromLatin1(encodeBase64Url(sha256(der)))}};
    const QJsonObject payload{
        {QStringLiteral("iat"), 1642204800},
        {QStringLiteral("exp"), 1642291200},
        {QStringLiteral("dsc_trust_list"),
         QJsonObject{
             {QStringLiteral("DE"),
              QJsonObject{{QStringLiteral("eku"),
                           QJsonObject{{kid, QJsonArray{QStringLiteral("1.3.6.1.4.1.1847.2021.1.1")}}}},
                          {QStringLiteral("keys"), QJsonArray{key}}}}}}};
    const QByteArray payloadJson = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray valueSets =
        R"([{"valueSetId":"disease-agent-targeted","valueSetDate":"2021-04-27","valueSetValues":)"
        R"({"840539006":{"display":"COVID-19","lang":"en","active":true,"system":"http://snomed.info/sct"}}}])";
    return {withMode(0, f.dscList(listJson)), withMode(1, listJson), withMode(2, f.jws(payloadJson)),
            withMode(3, payloadJson), withMode(4, valueSets)};
}
