#pragma once

#include "checkin/Decision.h"
#include "common/Clock.h"
#include "formats/DecodedPass.h"
#include "formats/PassVerifier.h"
#include "trust/TrustBundle.h"

#include <QStringView>

#include <memory>

namespace passgate {

// No trust list is installed, so no signer can be checked. {the verifier's sentence}
inline const QString trustMissingReason = QStringLiteral("trust-missing");

// Reads scanned text against one trust bundle: the pass verifier with the bundle's signers, then
// the bundle's revocation list. This is the kiosk's "read pass" step (CheckInService::Steps).
// It keeps the bundle snapshot it was made with alive, so an update swapping the store's bundle
// never pulls the signers from under a running check-in; make a new reader per bundle.
class TrustedPassReader
{
public:
    // Without a bundle nothing is trusted: a pass that reads as far as its signer is refused with
    // trustMissingReason (the kiosk has no list, not the pass an unknown issuer); text that is no
    // pass keeps its own reason.
    TrustedPassReader(std::shared_ptr<const TrustBundle> bundle, const Clock &clock);
    // The bundle's signers and `alsoTrusted` besides (`passgate-cli verify --trust`); with signers of
    // its own the reader is no longer without trust, bundle or not.
    TrustedPassReader(std::shared_ptr<const TrustBundle> bundle, const Clock &clock,
                      const TrustStore &alsoTrusted);

    // The verified pass, or why it is refused: {"revoked"}, or the verifier's code name
    // ("signature-invalid", "expired", "unknown-key-id", ...) with its sentence as the argument.
    Result<DecodedPass, Reason> read(QStringView text, const QDateTime &now) const;

    const TrustBundle *bundle() const { return m_bundle.get(); }

    // The stage that refused, as the verifier names stages ("signature", "validity", ...), with
    // "revocation" for a revoked pass and "trust" when no trust list is installed; empty for a
    // reason read() does not give.
    static QString stageOf(const Reason &refusal);

private:
    std::shared_ptr<const TrustBundle> m_bundle;
    TrustStore m_ownSigners; // empty unless signers beyond the bundle's were given
    PassVerifier m_verifier;
};

} // namespace passgate
