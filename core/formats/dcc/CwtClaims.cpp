#include "formats/dcc/CwtClaims.h"

#include "formats/dcc/CborReading_p.h"

#include <QTimeZone>

#include <cmath>

namespace passgate::dcc {

namespace {

// 9999-12-31: anything later is no date a pass can mean.
constexpr double latestSeconds = 253402300799.0;

Result<QDateTime, PassError> numericDate(const QCborMap &claims, int key, const char *name)
{
    const QCborValue value = claims.value(key);
    if (value.isUndefined())
        return fail(PassErrorCode::MissingClaim,
                    QStringLiteral("the CWT has no %1 claim").arg(QLatin1String(name)));
    double seconds = 0;
    if (value.isInteger())
        seconds = static_cast<double>(value.toInteger());
    else if (value.isDouble())
        seconds = value.toDouble();
    else
        return fail(PassErrorCode::MalformedClaim,
                    QStringLiteral("the %1 claim is not a number").arg(QLatin1String(name)));
    if (!std::isfinite(seconds) || seconds < 0 || seconds > latestSeconds)
        return fail(PassErrorCode::MalformedClaim,
                    QStringLiteral("the %1 claim %2 is not a date").arg(QLatin1String(name)).arg(seconds));
    // Fractions (some issuers write float seconds) are kept to the millisecond.
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::floor(seconds * 1000.0)),
                                          QTimeZone::utc());
}

} // namespace

Result<CwtClaims, PassError> CwtClaims::parse(QByteArrayView payload)
{
    QString error;
    const std::optional<QCborValue> decoded = decodeCborExactly(payload, &error);
    if (!decoded)
        return fail(PassErrorCode::MalformedCbor,
                    QStringLiteral("the COSE payload is not CBOR: %1").arg(error));
    if (!decoded->isMap())
        return fail(PassErrorCode::MalformedCbor, QStringLiteral("the COSE payload is not a CWT claims map"));
    const QCborMap claims = decoded->toMap();
    if (hasDuplicateKeys(claims))
        return fail(PassErrorCode::MalformedCbor, QStringLiteral("the CWT names the same claim twice"));

    CwtClaims result;
    const QCborValue issuer = claims.value(claimIssuer);
    if (!issuer.isUndefined()) {
        if (!issuer.isString())
            return fail(PassErrorCode::MalformedClaim, QStringLiteral("the iss claim is not text"));
        result.issuer = issuer.toString();
    }
    Result<QDateTime, PassError> issuedAt = numericDate(claims, claimIssuedAt, "issued-at (iat)");
    if (!issuedAt)
        return fail(issuedAt.error());
    Result<QDateTime, PassError> expiresAt = numericDate(claims, claimExpiry, "expiry (exp)");
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
