#include "trust/TrustedPassReader.h"

#include "trust/PassRevocation.h"

namespace passgate {

namespace {

TrustStore merged(const TrustBundle *bundle, const TrustStore &alsoTrusted)
{
    TrustStore signers = alsoTrusted;
    if (bundle) {
        for (const SignerCertificate &signer : bundle->signerList)
            signers.add(signer);
        for (const IssuerKey &key : bundle->signers.issuerKeys().all())
            signers.addIssuerKey(key);
    }
    return signers;
}

} // namespace

TrustedPassReader::TrustedPassReader(std::shared_ptr<const TrustBundle> bundle, const Clock &clock)
    : m_bundle(std::move(bundle))
    , m_verifier(m_bundle ? m_bundle->signers : m_ownSigners, clock)
{}

TrustedPassReader::TrustedPassReader(std::shared_ptr<const TrustBundle> bundle, const Clock &clock,
                                     const TrustStore &alsoTrusted)
    : m_bundle(std::move(bundle))
    , m_ownSigners(merged(m_bundle.get(), alsoTrusted))
    , m_verifier(m_ownSigners.isEmpty() && m_bundle ? m_bundle->signers : m_ownSigners, clock)
{}

Result<DecodedPass, Reason> TrustedPassReader::read(QStringView text, const QDateTime &now) const
{
    auto pass = m_verifier.verify(text, now);
    if (!pass && !m_bundle && m_ownSigners.isEmpty() &&
        (pass.error().code == PassErrorCode::UnknownKeyId ||
         pass.error().code == PassErrorCode::UnknownIssuer))
        return fail(Reason{trustMissingReason, {pass.error().reason}});
    if (!pass)
        return fail(Reason{errorCodeName(pass.error().code), {pass.error().reason}});
    if (m_bundle && isRevoked(m_bundle->revocations, *pass))
        return fail(Reason{revokedReason, {pass->certificateId}});
    return std::move(pass).value();
}

} // namespace passgate

namespace passgate {

QString TrustedPassReader::stageOf(const Reason &refusal)
{
    if (refusal.code == revokedReason)
        return QStringLiteral("revocation");
    if (refusal.code == trustMissingReason)
        return QStringLiteral("trust");
    if (const std::optional<PassErrorCode> code = errorCodeFromName(refusal.code))
        return stageName(passgate::stageOf(*code));
    return {};
}

} // namespace passgate
