#pragma once

#include "common/Clock.h"
#include "formats/DecodedPass.h"
#include "formats/PassError.h"
#include "formats/TrustStore.h"
#include "formats/cose/CoseSign1.h"
#include "formats/nzcp/NzcpClaims.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

namespace passgate::nzcp {

// NZ COVID Pass (NZCP specification v1): "NZCP:/1/<base32>" -> verified DecodedPass, or the stage
// that refused it:
//   prefix and version -> base32 -> COSE_Sign1 (tag 18, ES256, kid in the protected header)
//   -> the issuer (iss) -> signature (iss + "#" + kid: a key the issuer's DID document lists for
//   assertionMethod, from the trust store) -> CWT claims (cti, nbf, exp, vc)
//   -> validity (nbf <= t < exp) -> structure (the vc)
// The pass is not compressed: the NZCP has no inflate stage. Each stage is callable on its own.
class NzcpDecoder
{
public:
    // Both are referenced, not copied: they must outlive the decoder.
    NzcpDecoder(const TrustStore &trust, const Clock &clock);

    Result<DecodedPass, PassError> decode(QStringView text) const;
    Result<DecodedPass, PassError> decode(QStringView text, const QDateTime &at) const;

    // --- the stages ---
    static bool hasPrefix(QStringView text); // "NZCP:/"
    // The base32 part after "NZCP:/1/"; another version is refused (UnknownPrefix naming it).
    static Result<QStringView, PassError> unprefix(QStringView text);
    // COSE_Sign1 with the NZCP's own demands on top of RFC 9052: tag 18, ES256, kid protected.
    static Result<cose::CoseSign1, PassError> parseCose(QByteArrayView bytes);
    static Result<IssuerKey, PassError> verifySignature(const cose::CoseSign1 &message, const QString &issuer,
                                                        const TrustStore &trust);
    // nbf <= at (else NotYetValid) and at < exp (else Expired).
    static Result<void, PassError> checkValidity(const NzcpClaims &claims, const QDateTime &at);

private:
    const TrustStore &m_trust;
    const Clock &m_clock;
};

} // namespace passgate::nzcp
