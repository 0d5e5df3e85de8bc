#pragma once

#include "crypto/OpenSsl_p.h"
#include "formats/SignerCertificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace passgate::test {

// Issuer-side test keys: a fresh private key and a self-signed certificate for it, the way a
// country's document signer would have one. Tests trust the certificate and sign passes with the
// key (see TestIssuer). Never use outside tests: the keys are generated on the fly, unprotected.
class TestSigner
{
public:
    enum class KeyType
    {
        EcP256,
        EcP384,
        Rsa2048,
        Rsa3072
    };

    // DCC key usage OIDs (both families of the hcert spec), for `extendedKeyUsage`.
    static const QString oidTest;        // 1.3.6.1.4.1.1847.2021.1.1
    static const QString oidVaccination; // 1.3.6.1.4.1.1847.2021.1.2
    static const QString oidRecovery;    // 1.3.6.1.4.1.1847.2021.1.3
    static const QString oidTestAlt;     // 1.3.6.1.4.1.0.1847.2021.1.1
    static const QString oidVaccinationAlt;
    static const QString oidRecoveryAlt;

    struct Options
    {
        KeyType keyType = KeyType::EcP256;
        QString country = QStringLiteral("DE");
        QString commonName = QStringLiteral("passgate test DSC");
        QStringList extendedKeyUsage; // empty: no EKU extension (signs anything)
        QDateTime notBefore = QDateTime::fromSecsSinceEpoch(1609459200, QTimeZone::utc()); // 2021-01-01
        QDateTime notAfter = QDateTime::fromSecsSinceEpoch(1924992000, QTimeZone::utc());  // 2031-01-01
    };

    // Generates the key and certificate; aborts the test program if OpenSSL cannot (it always can).
    static TestSigner generate(const Options &options);
    static TestSigner generate(KeyType keyType = KeyType::EcP256);
    static TestSigner generate(KeyType keyType, const QStringList &extendedKeyUsage);

    KeyType keyType() const { return m_keyType; }
    bool isEc() const { return m_keyType == KeyType::EcP256 || m_keyType == KeyType::EcP384; }
    QByteArray certificateDer() const { return m_certificateDer; }
    QByteArray certificatePem() const;
    // The DCC kid of the certificate: SHA-256(DER)[0..8).
    QByteArray kid() const;
    // The certificate as a trusted signer (kid, country and usage as a TrustStore would hold it).
    SignerCertificate signerCertificate() const;

    // The public key of a P-256 signer as a JWK {kty, crv, x, y}: how SMART Health Card issuers
    // and the NZ COVID Pass DID document publish keys. Aborts for any other key type.
    QJsonObject publicJwk() const;

    // Signs `data` the COSE way: ES256 (EC keys, raw r || s) or PS256 (RSA keys, salt 32).
    QByteArray sign(const QByteArray &data) const;
    // The COSE algorithm label of this key: -7 (ES256) or -37 (PS256).
    int coseAlgorithm() const { return isEc() ? -7 : -37; }

private:
    KeyType m_keyType = KeyType::EcP256;
    std::shared_ptr<EVP_PKEY> m_privateKey;
    QByteArray m_certificateDer;
};

} // namespace passgate::test
