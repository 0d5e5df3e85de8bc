#include "formats/SignerCertificate.h"

#include "crypto/Sha256_p.h"

namespace passgate {

namespace {

struct UsageOid
{
    const char *oid;
    SignerUsage usage;
};

// The hcert spec names two OID families for the same three usages; signers use either.
constexpr UsageOid usageOids[] = {
    {"1.3.6.1.4.1.1847.2021.1.1", SignerUsage::Test},
    {"1.3.6.1.4.1.1847.2021.1.2", SignerUsage::Vaccination},
    {"1.3.6.1.4.1.1847.2021.1.3", SignerUsage::Recovery},
    {"1.3.6.1.4.1.0.1847.2021.1.1", SignerUsage::Test},
    {"1.3.6.1.4.1.0.1847.2021.1.2", SignerUsage::Vaccination},
    {"1.3.6.1.4.1.0.1847.2021.1.3", SignerUsage::Recovery},
};

} // namespace

SignerCertificate::SignerCertificate(X509Certificate certificate, QByteArray kid, QString country,
                                     SignerUsages usages)
    : m_certificate(std::move(certificate))
    , m_kid(std::move(kid))
    , m_country(std::move(country))
    , m_usages(usages)
{}

Result<SignerCertificate, TrustError> SignerCertificate::fromCertificate(const X509Certificate &certificate)
{
    return fromCertificate(certificate, dccKeyId(certificate.der()), certificate.subjectCountry());
}

Result<SignerCertificate, TrustError> SignerCertificate::fromCertificate(const X509Certificate &certificate,
                                                                         QByteArray kid, QString country)
{
    const PublicKey::Type type = certificate.publicKey().type();
    if (type != PublicKey::Type::Ec && type != PublicKey::Type::Rsa)
        return fail(TrustErrorCode::UnsupportedKey,
                    QStringLiteral("signer certificate '%1' has neither an EC nor an RSA key")
                        .arg(certificate.subjectCommonName()));
    return SignerCertificate(certificate, std::move(kid), std::move(country),
                             usagesFromOids(certificate.extendedKeyUsageOids()));
}

Result<SignerCertificate, TrustError> SignerCertificate::fromCertificate(const X509Certificate &certificate,
                                                                         QByteArray kid, QString country,
                                                                         const QStringList &listedUsageOids)
{
    auto signer = fromCertificate(certificate, std::move(kid), std::move(country));
    if (!signer)
        return signer;
    const SignerUsages listed = usagesFromOids(listedUsageOids);
    if (listed && signer->m_usages && !(signer->m_usages & listed))
        // An empty set would read as "unrestricted": a signer allowed nothing is no signer.
        return fail(TrustErrorCode::ConflictingUsage,
                    QStringLiteral("signer certificate '%1': the list allows it no statement type its "
                                   "certificate allows")
                        .arg(signer->certificate().subjectCommonName()));
    if (listed)
        signer->m_usages = signer->m_usages ? (signer->m_usages & listed) : listed;
    // Listed OIDs that name none of the three usages leave the signer as its certificate says.
    return signer;
}

QByteArray SignerCertificate::dccKeyId(const QByteArray &certificateDer)
{
    return sha256(certificateDer).left(8);
}

SignerUsages SignerCertificate::usagesFromOids(const QStringList &oids)
{
    SignerUsages usages;
    for (const QString &oid : oids) {
        for (const UsageOid &known : usageOids) {
            if (oid == QLatin1String(known.oid))
                usages |= known.usage;
        }
    }
    return usages;
}

QStringList SignerCertificate::oidsForUsages(SignerUsages usages)
{
    QStringList oids;
    for (qsizetype i = 0; i < 3; ++i) { // the first family
        if (usages.testFlag(usageOids[i].usage))
            oids.append(QLatin1String(usageOids[i].oid));
    }
    return oids;
}

bool SignerCertificate::allows(StatementType type) const
{
    switch (type) {
    case StatementType::Test:
        return !m_usages || m_usages.testFlag(SignerUsage::Test);
    case StatementType::Vaccination:
        return !m_usages || m_usages.testFlag(SignerUsage::Vaccination);
    case StatementType::Recovery:
        return !m_usages || m_usages.testFlag(SignerUsage::Recovery);
    case StatementType::Exemption:
        return false; // paper only: no pass signer vouches for it
    }
    return false;
}

} // namespace passgate
