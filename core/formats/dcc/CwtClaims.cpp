#include "formats/dcc/CwtClaims.h"

#include "formats/cose/CborReading_p.h"
#include "formats/cose/CwtNumericDate_p.h"

namespace passgate::dcc {

Result<CwtClaims, PassError> CwtClaims::parse(QByteArrayView payload)
{
    QString error;
    const std::optional<QCborValue> decoded = cose::decodeCborExactly(payload, &error);
    if (!decoded)
        return fail(PassErrorCode::MalformedCbor,
                    QStringLiteral("the COSE payload is not CBOR: %1").arg(error));
    if (!decoded->isMap())
        return fail(PassErrorCode::MalformedCbor, QStringLiteral("the COSE payload is not a CWT claims map"));
    const QCborMap claims = decoded->toMap();
    if (cose::hasDuplicateKeys(claims))
        return fail(PassErrorCode::MalformedCbor, QStringLiteral("the CWT names the same claim twice"));

    CwtClaims result;
    const QCborValue issuer = claims.value(claimIssuer);
    if (!issuer.isUndefined()) {
        if (!issuer.isString())
            return fail(PassErrorCode::MalformedClaim, QStringLiteral("the iss claim is not text"));
        result.issuer = issuer.toString();
    }
    Result<QDateTime, PassError> issuedAt =
        cose::cwtNumericDate(claims, claimIssuedAt, "issued-at (iat)", cose::Fractions::Allowed);
    if (!issuedAt)
        return fail(issuedAt.error());
    Result<QDateTime, PassError> expiresAt =
        cose::cwtNumericDate(claims, claimExpiry, "expiry (exp)", cose::Fractions::Allowed);
    if (!expiresAt)
        return fail(expiresAt.error());
    result.issuedAt = *issuedAt;
    result.expiresAt = *expiresAt;

    const QCborValue hcert = claims.value(claimHcert);
    if (hcert.isUndefined())
        return fail(PassErrorCode::MissingClaim,
                    QStringLiteral("the CWT has no health certificate claim (-260)"));
    if (!hcert.isMap())
        return fail(PassErrorCode::MalformedClaim,
                    QStringLiteral("the health certificate claim (-260) is not a map"));
    const QCborValue dcc = hcert.toMap().value(hcertEuDcc);
    if (dcc.isUndefined())
        return fail(PassErrorCode::MissingClaim,
                    QStringLiteral("the health certificate claim holds no EU DCC (key 1)"));
    if (!dcc.isMap())
        return fail(PassErrorCode::MalformedClaim, QStringLiteral("the EU DCC (-260 / 1) is not a map"));
    result.dcc = dcc.toMap();
    return result;
}

} // namespace passgate::dcc
