#pragma once

#include "crypto/PublicKey.h"
#include "crypto/X509Certificate.h"
#include "formats/Statement.h"
#include "formats/TrustError.h"

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace passgate {

// What a signer may sign. An empty set means "not restricted": a DCC signer certificate without
// any of the usage OIDs may sign every statement type (hcert spec §5.1.1).
enum class SignerUsage : unsigned
{
    Test = 0x1,
    Vaccination = 0x2,
    Recovery = 0x4,
};
Q_DECLARE_FLAGS(SignerUsages, SignerUsage)
Q_DECLARE_OPERATORS_FOR_FLAGS(SignerUsages)

// A document signer trusted to sign passes: its certificate, the key id passes name it by, the
// country it signs for and what it may sign.
class SignerCertificate
{
public:
    // The DCC defaults: kid = the first 8 bytes of SHA-256 over the certificate's DER, country = the
    // subject's C=, usage from the extended key usage OIDs.
    static Result<SignerCertificate, TrustError> fromCertificate(const X509Certificate &certificate);
    // Explicit kid and country, e.g. from a trust list that states them.
    static Result<SignerCertificate, TrustError> fromCertificate(const X509Certificate &certificate,
                                                                 QByteArray kid, QString country);
    // ...and the usage OIDs a signed trust list states for it. Where both the certificate and the list
    // restrict, only what both allow counts; where one is silent, the other's restriction holds.
    static Result<SignerCertificate, TrustError> fromCertificate(const X509Certificate &certificate,
                                                                 QByteArray kid, QString country,
                                                                 const QStringList &listedUsageOids);

    // The DCC key id of a certificate: SHA-256(DER)[0..8).
    static QByteArray dccKeyId(const QByteArray &certificateDer);
    // Usage from extended key usage OIDs; both OID families of the spec count:
    // 1.3.6.1.4.1.1847.2021.1.{1,2,3} and 1.3.6.1.4.1.0.1847.2021.1.{1,2,3} = test, vaccination,
    // recovery. Other OIDs are ignored.
    static SignerUsages usagesFromOids(const QStringList &oids);
    // The first family's OIDs for `usages` (the reverse of usagesFromOids).
    static QStringList oidsForUsages(SignerUsages usages);

    const X509Certificate &certificate() const { return m_certificate; }
    PublicKey publicKey() const { return m_certificate.publicKey(); }
    QByteArray kid() const { return m_kid; }
    QString country() const { return m_country; }
    SignerUsages usages() const { return m_usages; } // empty: any statement type
    bool allows(StatementType type) const;

private:
    SignerCertificate(X509Certificate certificate, QByteArray kid, QString country, SignerUsages usages);

    X509Certificate m_certificate;
    QByteArray m_kid;
    QString m_country;
    SignerUsages m_usages;
};

} // namespace passgate
