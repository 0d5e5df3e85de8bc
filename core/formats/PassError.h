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
};

// A refusal: the code (for logic, ledger and translations) and a sentence for people.
using PassError = Error<PassErrorCode>;

PassStage stageOf(PassErrorCode code);
// Stable lower-case names, used in JSON output and ledger reasons: "prefix", "base45", "inflate",
// "cose", "cbor", "signature", "keyusage", "validity", "structure", "schema".
QString stageName(PassStage stage);
// Stable kebab-case names of the codes, e.g. "unknown-key-id", "expired", "not-yet-valid".
QString errorCodeName(PassErrorCode code);
// The code a name stands for; std::nullopt for a name that is no pass error's.
std::optional<PassErrorCode> errorCodeFromName(QStringView name);

} // namespace passgate
