#pragma once

#include "crypto/SignatureVerifier.h"
#include "formats/PassError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>

#include <optional>

namespace passgate::cose {

// A COSE_Sign1 message (RFC 9052 §4.2): [protected: bstr, unprotected: map, payload: bstr,
// signature: bstr], untagged, with tag 18, or tag 18 inside the CWT tag 61 (RFC 8392 §6).
struct CoseSign1
{
    // COSE algorithm identifiers passgate verifies.
    static constexpr int es256 = -7;
    static constexpr int ps256 = -37;
    static constexpr int labelAlgorithm = 1;
    static constexpr int labelKeyId = 4;

    QByteArray protectedBytes; // exactly as received: the signature covers these bytes
    QCborMap protectedHeader;
    QCborMap unprotectedHeader;
    QByteArray payload;
    QByteArray signature;
    bool cwtTagged = false;  // wrapped in tag 61
    bool coseTagged = false; // tag 18 present

    SignatureAlgorithm algorithm = SignatureAlgorithm::Es256;
    // The key id: the protected header's if it has one (even when wrong), else the unprotected
    // header's (hcert spec §3.3.1); std::nullopt when neither names one.
    std::optional<QByteArray> keyId;
    bool keyIdProtected = false;

    // Refuses anything but a well-formed COSE_Sign1 with algorithm ES256 or PS256 (from the
    // protected header, or the unprotected one when the protected header has none).
    static Result<CoseSign1, PassError> parse(QByteArrayView cbor);

    // Sig_structure = ["Signature1", protected, external_aad = h'', payload], the bytes signed.
    QByteArray toBeSigned() const;
};

} // namespace passgate::cose
