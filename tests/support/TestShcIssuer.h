#pragma once

#include "formats/IssuerKeys.h"
#include "support/TestSigner.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passgate::test {

// Everything about one SMART Health Card a test may want to choose. The defaults, with a notBefore
// and one immunization, make a valid card: ES256, kid = the key's thumbprint, zip DEF, raw DEFLATE.
struct ShcCardSpec
{
    struct Immunization
    {
        QString code{}; // CVX code by default, e.g. "207"
        QDate date{};   // occurrenceDateTime
        QString system = QStringLiteral("http://hl7.org/fhir/sid/cvx");
        QString status = QStringLiteral("completed");
    };
    struct LabResult
    {
        QString loinc{};                              // e.g. "94500-6" (NAAT), "94558-4" (antigen)
        QDateTime effective{};                        // effectiveDateTime, UTC
        QString result = QStringLiteral("260385009"); // SNOMED CT: negative
        QString status = QStringLiteral("final");
        QString performer{}; // performer[0].display, empty: none
    };

    std::optional<QString> issuer; // iss; default: the TestShcIssuer's URL
    QDateTime notBefore;           // nbf; invalid: no nbf claim
    QDateTime expires;             // exp; invalid: no exp claim
    bool fractionalTimes = false;  // nbf/exp with milliseconds, as the spec's examples have them

    QString familyName = QStringLiteral("Anyperson");
    QStringList givenNames{QStringLiteral("John"), QStringLiteral("B.")};
    QString birthDate = QStringLiteral("1951-01-20");
    QList<Immunization> immunizations;
    QList<LabResult> labResults;
    QStringList types{QStringLiteral("https://smarthealth.cards#health-card"),
                      QStringLiteral("https://smarthealth.cards#covid19")};

    std::optional<QJsonObject> bundleOverride; // replaces vc.credentialSubject.fhirBundle
    std::optional<QJsonObject> claimsOverride; // replaces the whole claims set
    std::optional<QByteArray> payloadOverride; // replaces the claims' bytes (before compression)
    qsizetype paddingBytes = 0;                // adds a claim of that many 'x' (inflates beyond a bound)

    // Header.
    std::optional<QString> kid; // overrides the thumbprint; an empty string: no kid
    std::optional<QString> alg; // overrides "ES256"; an empty string: no alg
    bool zipHeader = true;      // "zip": "DEF"

    // Payload and signature.
    bool compress = true;          // false: the claims JSON itself
    bool zlibHeader = false;       // zlib (RFC 1950) instead of raw DEFLATE
    bool derSignature = false;     // the ECDSA signature in DER, as JOSE forbids
    bool corruptSignature = false; // flips a bit of the signature after signing
};

// The issuer side of SMART Health Cards, for tests: FHIR bundle -> claims -> raw DEFLATE -> compact
// JWS signed ES256 -> "shc:/" numeric QR text, whole or in chunks.
class TestShcIssuer
{
public:
    static const QString defaultIssuer; // https://issuer.passgate.test/shc

    explicit TestShcIssuer(TestSigner signer, QString issuer = defaultIssuer);

    const QString &issuer() const { return m_issuer; }
    // The signer's public key as a JWK, and its RFC 7638 thumbprint (the kid the cards carry).
    QJsonObject publicJwk() const;
    QString kid() const;
    // The key as a trust store holds it: (shc, issuer URL, thumbprint).
    IssuerKey issuerKey(const QString &country = QString()) const;
    // {"keys": [jwk with kid, use, alg]}, as served at issuer + /.well-known/jwks.json.
    QByteArray keySet() const;

    QJsonObject bundle(const ShcCardSpec &spec) const;
    QByteArray claims(const ShcCardSpec &spec) const;
    QByteArray jws(const ShcCardSpec &spec) const;
    // "shc:/" and two digits per JWS character.
    QString qr(const ShcCardSpec &spec) const;
    // The JWS in `count` chunks of balanced size, "shc:/i/count/...", in index order.
    QStringList chunks(const ShcCardSpec &spec, int count) const;

    static QByteArray rawDeflate(const QByteArray &data);
    static QString numeric(QByteArrayView jws);
    static QStringList splitIntoChunks(const QByteArray &jws, int count);

private:
    TestSigner m_signer;
    QString m_issuer;
};

} // namespace passgate::test
