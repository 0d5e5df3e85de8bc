#include "trust/TrustedPassReader.h"

#include "trust/PassRevocation.h"

namespace passgate {

TrustedPassReader::TrustedPassReader(std::shared_ptr<const TrustBundle> bundle, const Clock &clock)
    : m_bundle(std::move(bundle))
    , m_verifier(m_bundle ? m_bundle->signers : m_empty, clock)
{}

Result<DecodedPass, Reason> TrustedPassReader::read(QStringView text, const QDateTime &now) const
{
    auto pass = m_verifier.verify(text, now);
    if (!pass && !m_bundle && pass.error().code == PassErrorCode::UnknownKeyId)
        return fail(Reason{trustMissingReason, {pass.error().reason}});
    if (!pass)
        return fail(Reason{errorCodeName(pass.error().code), {pass.error().reason}});
    if (m_bundle && isRevoked(m_bundle->revocations, *pass))
        return fail(Reason{revokedReason, {pass->certificateId}});
    return std::move(pass).value();
}

} // namespace passgate
