#include "FuzzTarget.h"

#include "common/Clock.h"
#include "formats/PassVerifier.h"
#include "formats/TrustStore.h"
#include "formats/dcc/Base45.h"
#include "support/DccSamples.h"
#include "support/TestIssuer.h"
#include "support/TestNzcpIssuer.h"
#include "support/TestShcIssuer.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>

// Scanned text into the pass verifier, at four depths chosen by the first byte, because random text
// rarely gets past base45 and random COSE never past the signature:
//   0: the bytes are the QR text (seeded with EU DCC, SMART Health Card, whole and in chunks, and
//      NZ COVID Pass texts from trusted test issuers);
//   1: the bytes are the COSE message, packed as an issuer would (zlib, base45, "HC1:");
//   2: the bytes are the CWT claims, signed by a trusted key (reaches claims, key usage, schema);
//   3: the bytes are the hcert payload (CBOR) inside valid claims, signed (reaches schema, mapping).

using namespace passgate;

namespace {

struct Fixture
{
    test::TestIssuer issuer{test::TestSigner::generate(test::TestSigner::KeyType::EcP256)};
    test::TestShcIssuer shcIssuer{test::TestSigner::generate()};
    test::TestNzcpIssuer nzcpIssuer{test::TestSigner::generate()};
    TrustStore trust;
    FixedClock clock{QDateTime(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc())};
    PassVerifier verifier{trust, clock};

    Fixture()
    {
        trust.add(issuer.signer().signerCertificate());
        trust.addIssuerKey(shcIssuer.issuerKey());
        trust.addIssuerKey(nzcpIssuer.issuerKey());
    }

    test::ShcCardSpec shcCard() const
    {
        test::ShcCardSpec card;
        card.notBefore = clock.now().addDays(-10);
        card.immunizations = {{QStringLiteral("208"), clock.now().date().addDays(-60)},
                              {QStringLiteral("208"), clock.now().date().addDays(-30)}};
        return card;
    }

    test::DccPassSpec validSpec() const
    {
        test::DccPassSpec spec;
        spec.payload = test::DccSamples::vaccination();
        spec.issuedAt = clock.now().addDays(-10);
        spec.expiresAt = clock.now().addDays(300);
        return spec;
    }
};

const Fixture &fixture()
{
    static const Fixture instance;
    return instance;
}

QString packed(const QByteArray &cose)
{
    return QStringLiteral("HC1:") + dcc::encodeBase45(test::TestIssuer::zlibCompress(cose));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const Fixture &f = fixture();
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString text;
    switch (data[0] % 4) {
    case 0:
        text = QString::fromUtf8(body);
        break;
    case 1:
        text = packed(body);
        break;
    case 2: {
        test::DccPassSpec spec = f.validSpec();
        spec.payloadBytes = body;
        text = f.issuer.issue(spec);
        break;
    }
    default: {
        // Only well-formed CBOR goes in, as the decoder refuses the rest before it uses a value (and
        // Qt 6.4 crashes inserting a value it decoded with an error into a container).
        QCborParserError error;
        const QCborValue dcc = QCborValue::fromCbor(body, &error);
        if (error.error != QCborError::NoError)
            return 0;
        QCborMap hcert;
        hcert.insert(1, dcc);
        QCborMap claims;
        claims.insert(1, QStringLiteral("DE"));
        claims.insert(4, f.clock.now().addDays(300).toSecsSinceEpoch());
        claims.insert(6, f.clock.now().addDays(-10).toSecsSinceEpoch());
        claims.insert(-260, hcert);
        test::DccPassSpec spec = f.validSpec();
        spec.claimsOverride = claims;
        text = f.issuer.issue(spec);
        break;
    }
    }
    // The outcome is not the point (most inputs are refused); coming back from every input is.
    (void)f.verifier.verify(text);
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    const Fixture &f = fixture();
    QList<QByteArray> seeds;
    test::DccPassSpec spec = f.validSpec();
    seeds << withMode(0, f.issuer.issue(spec).toUtf8());
    seeds << withMode(1, f.issuer.cose(spec));
    seeds << withMode(2, f.issuer.claims(spec));
    for (const QJsonObject &payload :
         {test::DccSamples::vaccination(), test::DccSamples::pcrTest(), test::DccSamples::recovery()})
        seeds << withMode(3, QCborValue::fromJsonValue(payload).toCbor());
    spec.cwtTag = true;
    seeds << withMode(1, f.issuer.cose(spec));
    seeds << withMode(0, QByteArrayLiteral("HC1:"));
    seeds << withMode(0, f.shcIssuer.qr(f.shcCard()).toUtf8());
    seeds << withMode(0, f.shcIssuer.chunks(f.shcCard(), 2).join(u'\n').toUtf8());
    seeds << withMode(0, f.shcIssuer.jws(f.shcCard()));
    test::NzcpPassSpec nzcp;
    nzcp.notBefore = f.clock.now().addDays(-10);
    nzcp.expires = f.clock.now().addDays(300);
    seeds << withMode(0, f.nzcpIssuer.issue(nzcp).toUtf8());
    seeds << withMode(0, QByteArrayLiteral("HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH"));
    return seeds;
}
