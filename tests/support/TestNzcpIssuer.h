#pragma once

#include "formats/IssuerKeys.h"
#include "support/TestSigner.h"

#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QString>

#include <optional>

namespace passgate::test {

// Everything about one NZ COVID Pass a test may want to choose. The defaults make a valid pass as
// the NZCP specification describes it: version 1, tag 18, ES256 and kid in the protected header,
// iss/nbf/exp/cti and a PublicCovidPass credential.
struct NzcpPassSpec
{
    QString issuer = QStringLiteral("did:web:nzcp.test.passgate");
    QString kid = QStringLiteral("key-1");
    QDateTime notBefore = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc()); // 2023-11-14
    QDateTime expires = QDateTime::fromSecsSinceEpoch(1900000000, QTimeZone::utc());   // 2030-03-17
    QString givenName = QStringLiteral("Aroha");
    QString familyName = QStringLiteral("Ngata");
    QString dob = QStringLiteral("1985-02-11");
    QStringList types = {QStringLiteral("VerifiableCredential"), QStringLiteral("PublicCovidPass")};
    QString version = QStringLiteral("1.0.0");

    QString prefix = QStringLiteral("NZCP:/1/");
    bool coseTag = true;
    bool kidProtected = true;
    int algorithm = -7;
    std::optional<QCborMap> claimsOverride; // the CWT claims exactly as given
    bool flipSignatureBit = false;
};

// Issuer side of the NZ COVID Pass for tests: signs passes with a TestSigner's P-256 key and gives
// the issuer key a verifier would find in the issuer's DID document.
class TestNzcpIssuer
{
public:
    explicit TestNzcpIssuer(TestSigner signer = TestSigner::generate());

    QByteArray claims(const NzcpPassSpec &spec) const;
    QByteArray cose(const NzcpPassSpec &spec) const;
    // The QR text: prefix + base32 (no padding) of the COSE_Sign1.
    QString issue(const NzcpPassSpec &spec = {}) const;
    // The key as the trust store holds it (format NZCP, spec's issuer and kid, country NZ).
    IssuerKey issuerKey(const NzcpPassSpec &spec = {}) const;

private:
    TestSigner m_signer;
};

} // namespace passgate::test
