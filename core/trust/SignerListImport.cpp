#include "trust/SignerListImport.h"

#include "crypto/Sha256_p.h"
#include "crypto/X509Certificate.h"
#include "formats/SignerCertificate.h"

namespace passgate {

Result<BundleContents::Signer, QString> checkListedSigner(const ListedSigner &listed)
{
    if (listed.country.size() != 2 || !listed.country.isUpper())
        return fail(
            QStringLiteral("the listed country '%1' is not two capital letters").arg(listed.country.left(8)));
    auto certificate = X509Certificate::fromDer(listed.certificateDer);
    if (listed.certificateDer.isEmpty() || !certificate)
        return fail(QStringLiteral("the certificate does not parse") +
                    (certificate ? QString() : QStringLiteral(": ") + certificate.error().reason));
    const QByteArray digest = sha256(listed.certificateDer);
    const QByteArray kid = digest.first(8);
    if (QByteArray::fromBase64(listed.kid.toLatin1()) != kid || listed.kid.isEmpty())
        return fail(QStringLiteral("the listed kid %1 is not the certificate's (%2)")
                        .arg(listed.kid.left(16), QString::fromLatin1(kid.toBase64())));
    if (!listed.sha256.isEmpty() && listed.sha256 != digest)
        return fail(QStringLiteral("the listed thumbprint is not the certificate's SHA-256"));
    // A signer signs for its own country: a certificate of another country listed under this one
    // would let that country's passes pass as this one's (the country a verdict names).
    const QString subjectCountry = certificate->subjectCountry();
    if (subjectCountry.compare(listed.country, Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("the certificate is of country '%1', listed under %2")
                        .arg(subjectCountry.isEmpty() ? QStringLiteral("(none)") : subjectCountry.left(8),
                             listed.country));
    auto signer = SignerCertificate::fromCertificate(*certificate, kid, listed.country, listed.usageOids);
    if (!signer)
        return fail(signer.error().reason);
    return BundleContents::Signer{listed.certificateDer, listed.country, {}, listed.usageOids};
}

Result<void, QString> BundleSignerSet::add(const BundleContents::Signer &signer)
{
    const auto known = m_byCertificate.constFind(signer.certificateDer);
    if (known == m_byCertificate.cend()) {
        m_byCertificate.insert(signer.certificateDer, m_signers.size());
        m_signers.append(signer);
        return {};
    }
    std::optional<BundleContents::Signer> &taken = m_signers[*known];
    if (!taken)
        return fail(QStringLiteral("left out before: its sources disagree on what it may sign"));
    const SignerUsages before = SignerCertificate::usagesFromOids(taken->usageOids);
    const SignerUsages now = SignerCertificate::usagesFromOids(signer.usageOids);
    if (before && now && !(before & now)) {
        taken.reset();
        return fail(QStringLiteral("left out: one list allows it only what another forbids"));
    }
    if (now)
        taken->usageOids = SignerCertificate::oidsForUsages(before ? (before & now) : now);
    return {};
}

QList<BundleContents::Signer> BundleSignerSet::signers() const
{
    QList<BundleContents::Signer> signers;
    signers.reserve(m_signers.size());
    for (const std::optional<BundleContents::Signer> &signer : m_signers) {
        if (signer)
            signers.append(*signer);
    }
    return signers;
}

void takeListedSigner(SignerListImport &import, const ListedSigner &listed)
{
    auto signer = checkListedSigner(listed);
    if (!signer) {
        import.skipped.append({listed.country, listed.kid, signer.error()});
        ++import.source.skipped;
        return;
    }
    import.signers.append(std::move(signer).value());
    ++import.source.taken;
}

} // namespace passgate
