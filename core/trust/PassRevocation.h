#pragma once

#include "formats/DecodedPass.h"
#include "trust/RevocationList.h"

namespace passgate {

// The revocation entry a pass would have of `type`: SHA-256 over its UCI, over issuing country +
// UCI, or over its signature (the r half of a 64-byte ECDSA r||s, all of an RSA signature), first
// 16 bytes. Empty when the pass lacks what the type hashes (no UCI, no signature).
std::optional<RevocationList::Hash> revocationHash(RevocationHashType type, const DecodedPass &pass);

// Whether any of the pass's three hashes is listed.
bool isRevoked(const RevocationList &revocations, const DecodedPass &pass);

// The reason code a revoked pass is denied with.
inline const QString revokedReason = QStringLiteral("revoked");

} // namespace passgate
