#include "formats/PassError.h"

namespace passgate {

PassStage stageOf(PassErrorCode code)
{
    switch (code) {
    case PassErrorCode::UnknownPrefix:
        return PassStage::Prefix;
    case PassErrorCode::InvalidBase45:
        return PassStage::Base45;
    case PassErrorCode::NotCompressed:
    case PassErrorCode::CorruptCompression:
    case PassErrorCode::TooLarge:
        return PassStage::Inflate;
    case PassErrorCode::MalformedCose:
    case PassErrorCode::UnsupportedAlgorithm:
        return PassStage::Cose;
    case PassErrorCode::MalformedCbor:
    case PassErrorCode::MissingClaim:
    case PassErrorCode::MalformedClaim:
        return PassStage::Cbor;
    case PassErrorCode::MissingKeyId:
    case PassErrorCode::UnknownKeyId:
    case PassErrorCode::SignatureInvalid:
        return PassStage::Signature;
    case PassErrorCode::UsageNotAllowed:
        return PassStage::KeyUsage;
    case PassErrorCode::NotYetValid:
    case PassErrorCode::Expired:
        return PassStage::Validity;
    case PassErrorCode::MalformedDcc:
        return PassStage::Structure;
    case PassErrorCode::SchemaViolation:
        return PassStage::Schema;
    case PassErrorCode::InvalidChunk:
    case PassErrorCode::IncompleteChunks:
        return PassStage::Prefix;
    case PassErrorCode::InvalidNumeric:
        return PassStage::Numeric;
    case PassErrorCode::InvalidBase32:
        return PassStage::Base32;
    case PassErrorCode::MalformedJws:
        return PassStage::Jws;
    case PassErrorCode::UnknownIssuer:
    case PassErrorCode::KeyNotOfIssuer:
        return PassStage::Signature;
    case PassErrorCode::MalformedCredential:
        return PassStage::Structure;
    }
    return PassStage::Prefix;
}

QString stageName(PassStage stage)
{
    switch (stage) {
    case PassStage::Prefix:
        return QStringLiteral("prefix");
    case PassStage::Base45:
        return QStringLiteral("base45");
    case PassStage::Inflate:
        return QStringLiteral("inflate");
    case PassStage::Cose:
        return QStringLiteral("cose");
    case PassStage::Cbor:
        return QStringLiteral("cbor");
    case PassStage::Signature:
        return QStringLiteral("signature");
    case PassStage::KeyUsage:
        return QStringLiteral("keyusage");
    case PassStage::Validity:
        return QStringLiteral("validity");
    case PassStage::Structure:
        return QStringLiteral("structure");
    case PassStage::Schema:
        return QStringLiteral("schema");
    case PassStage::Numeric:
        return QStringLiteral("numeric");
    case PassStage::Base32:
        return QStringLiteral("base32");
    case PassStage::Jws:
        return QStringLiteral("jws");
    }
    return {};
}

QString errorCodeName(PassErrorCode code)
{
    switch (code) {
    case PassErrorCode::UnknownPrefix:
        return QStringLiteral("unknown-prefix");
    case PassErrorCode::InvalidBase45:
        return QStringLiteral("invalid-base45");
    case PassErrorCode::NotCompressed:
        return QStringLiteral("not-compressed");
    case PassErrorCode::CorruptCompression:
        return QStringLiteral("corrupt-compression");
    case PassErrorCode::TooLarge:
        return QStringLiteral("too-large");
    case PassErrorCode::MalformedCose:
        return QStringLiteral("malformed-cose");
    case PassErrorCode::UnsupportedAlgorithm:
        return QStringLiteral("unsupported-algorithm");
    case PassErrorCode::MalformedCbor:
        return QStringLiteral("malformed-cbor");
    case PassErrorCode::MissingClaim:
        return QStringLiteral("missing-claim");
    case PassErrorCode::MalformedClaim:
        return QStringLiteral("malformed-claim");
    case PassErrorCode::MissingKeyId:
        return QStringLiteral("missing-key-id");
    case PassErrorCode::UnknownKeyId:
        return QStringLiteral("unknown-key-id");
    case PassErrorCode::SignatureInvalid:
        return QStringLiteral("signature-invalid");
    case PassErrorCode::UsageNotAllowed:
        return QStringLiteral("usage-not-allowed");
    case PassErrorCode::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case PassErrorCode::Expired:
        return QStringLiteral("expired");
    case PassErrorCode::MalformedDcc:
        return QStringLiteral("malformed-dcc");
    case PassErrorCode::SchemaViolation:
        return QStringLiteral("schema-violation");
    case PassErrorCode::InvalidChunk:
        return QStringLiteral("invalid-chunk");
    case PassErrorCode::IncompleteChunks:
        return QStringLiteral("incomplete-chunks");
    case PassErrorCode::InvalidNumeric:
        return QStringLiteral("invalid-numeric");
    case PassErrorCode::InvalidBase32:
        return QStringLiteral("invalid-base32");
    case PassErrorCode::MalformedJws:
        return QStringLiteral("malformed-jws");
    case PassErrorCode::UnknownIssuer:
        return QStringLiteral("unknown-issuer");
    case PassErrorCode::KeyNotOfIssuer:
        return QStringLiteral("key-not-of-issuer");
    case PassErrorCode::MalformedCredential:
        return QStringLiteral("malformed-credential");
    }
    return {};
}

} // namespace passgate

namespace passgate {

std::optional<PassErrorCode> errorCodeFromName(QStringView name)
{
    for (int value = int(PassErrorCode::UnknownPrefix); value <= int(PassErrorCode::MalformedCredential);
         ++value) {
        const auto code = PassErrorCode(value);
        if (errorCodeName(code) == name)
            return code;
    }
    return std::nullopt;
}

} // namespace passgate
