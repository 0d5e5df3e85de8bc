#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace passgate {

// The stages a pass goes through, in order. A refused pass names the stage that refused it.
enum class PassStage
{
    Prefix,    // which format ("HC1:" ...) — an unknown or unsupported context identifier
    Base45,    // text -> bytes
    Inflate,   // zlib, bounded
    Cose,      // COSE_Sign1 structure, headers, algorithm
    Cbor,      // payload: CWT claims and the certificate content
    Signature, // signer found by kid and signature verified
    KeyUsage,  // the signer may sign this statement type
    Validity,  // issued-at / expiry against the clock
    Structure, // the payload maps onto the DCC data model (a DCC object at all)
    Schema,    // the payload follows the published schema (a finding, not a refusal: PassDataProblem)
    // Stages of the other formats, in their place of the order above (appended so the values of the
    // first ten never change):
    Numeric, // SMART Health Card: the "shc:/" numeric digits -> JWS characters (after Prefix)
    Base32,  // NZ COVID Pass: base32 -> bytes (after Prefix)
    Jws,     // SMART Health Card: compact JWS header and claims (where a DCC has Cose and Cbor)
};

enum class PassErrorCode
{
    UnknownPrefix,
    InvalidBase45,
    NotCompressed,
    CorruptCompression,
    TooLarge,
    MalformedCose,
    UnsupportedAlgorithm,
    MalformedCbor,
    MissingClaim,
    MalformedClaim,
    MissingKeyId,
    UnknownKeyId,
    SignatureInvalid,
    UsageNotAllowed,
    NotYetValid,
    Expired,
    MalformedDcc,
    SchemaViolation,
    // Added with SMART Health Cards and the NZ COVID Pass (appended: the first values never change).
    InvalidChunk,     // prefix: a chunk header "shc:/i/n/" that cannot be (n < 2, i > n, a chunk too small)
    IncompleteChunks, // prefix: some chunks of a multi-chunk card are missing
    InvalidNumeric,   // numeric: odd digit count, a pair above 77, a character that is no digit
    InvalidBase32,    // base32
    MalformedJws,     // jws: not header.payload.signature, header without alg/kid/zip, claims unreadable
    UnknownIssuer,    // signature: the issuer (iss) has no key in the trust list
    KeyNotOfIssuer,   // signature: the key id is trusted, but for another issuer
    MalformedCredential, // structure: the credential is not what its format specifies (FHIR bundle, vc)
};

// A refusal: the code (for logic, ledger and translations) and a sentence for people.
using PassError = Error<PassErrorCode>;

PassStage stageOf(PassErrorCode code);
// Stable lower-case names, used in JSON output and ledger reasons: "prefix", "base45", "inflate",
// "cose", "cbor", "signature", "keyusage", "validity", "structure", "schema", "numeric", "base32", "jws".
QString stageName(PassStage stage);
// Stable kebab-case names of the codes, e.g. "unknown-key-id", "expired", "not-yet-valid".
QString errorCodeName(PassErrorCode code);
// The code a name stands for; std::nullopt for a name that is no pass error's.
std::optional<PassErrorCode> errorCodeFromName(QStringView name);

} // namespace passgate
