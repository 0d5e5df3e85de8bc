#include "formats/shc/ShcDecoder.h"

#include "crypto/SignatureVerifier.h"
#include "formats/IssuerKeyLookup.h"

namespace passgate::shc {

namespace {

// ES256 in JWS is r || s, 32 bytes each (RFC 7518 §3.4).
constexpr qsizetype es256SignatureSize = 64;

// A DER ECDSA-Sig-Value of P-256: SEQUENCE (0x30) of two INTEGERs, 8 to 72 bytes in all.
bool looksLikeDer(const QByteArray &signature)
{
    return signature.size() >= 8 && signature.size() <= 72 &&
           static_cast<unsigned char>(signature[0]) == 0x30 &&
           static_cast<unsigned char>(signature[1]) == signature.size() - 2;
}

} // namespace

Result<IssuerKey, PassError> ShcDecoder::verifySignature(const CompactJws &jws, const QString &issuer,
                                                         const TrustStore &trust)
{
    const Result<IssuerKey, PassError> key =
        issuerSigningKey(trust.issuerKeys(), PassFormat::SmartHealthCard, issuer, jws.keyId);
    if (!key)
        return fail(key.error());
    if (jws.signature.size() != es256SignatureSize) {
        if (looksLikeDer(jws.signature))
            return fail(
                PassErrorCode::SignatureInvalid,
                QStringLiteral("the signature is DER-encoded (%1 bytes); ES256 in JWS is raw r || s of 64 "
                               "bytes (RFC 7518 §3.4)")
                    .arg(jws.signature.size()));
        return fail(PassErrorCode::SignatureInvalid,
                    QStringLiteral("the signature has %1 bytes; ES256 in JWS is raw r || s of 64 bytes")
                        .arg(jws.signature.size()));
    }
    const Result<void, CryptoError> verified =
        passgate::verifySignature(SignatureAlgorithm::Es256, key->key, jws.signingInput, jws.signature);
    if (!verified)
        return fail(PassErrorCode::SignatureInvalid,
                    QStringLiteral("the signature does not verify with %1's key %2: %3")
                        .arg(issuer, jws.keyId, verified.error().reason));
    return *key;
}

} // namespace passgate::shc
