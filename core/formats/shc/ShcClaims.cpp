#include "formats/shc/ShcDecoder.h"

#include "common/IsoDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace passgate::shc {

namespace {

const QString healthCardType = QStringLiteral("https://smarthealth.cards#health-card");

// 9999-12-31T23:59:59Z. A larger NumericDate is not seconds (an issuer that wrote milliseconds).
constexpr double latestNumericDate = 253402300799.0;

Failure<PassError> malformed(const QString &reason)
{
    return fail(PassErrorCode::MalformedJws, reason);
}

// RFC 7519 §2 NumericDate: seconds since the epoch, fractions allowed.
std::optional<QDateTime> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > latestNumericDate)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), QTimeZone::utc());
}

} // namespace

Result<ShcClaims, PassError> ShcDecoder::parseClaims(const QByteArray &json)
{
    // Qt's parser skips a byte order mark; RFC 8259 §8.1 forbids one, and the spec's validator refuses it.
    if (json.startsWith("\xEF\xBB\xBF"))
        return malformed(QStringLiteral("the claims start with a UTF-8 byte order mark, which JSON in a JWS "
                                        "may not carry"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return malformed(QStringLiteral("the claims are not a JSON object") +
                         (parseError.error != QJsonParseError::NoError
                              ? QStringLiteral(": ") + parseError.errorString()
                              : QString()));
    const QJsonObject claims = document.object();

    ShcClaims result;
    const QJsonValue iss = claims.value(u"iss");
    if (!iss.isString())
        return malformed(QStringLiteral("the claim iss (the issuer's URL) is missing"));
    result.issuer = iss.toString();
    // Framework, "Determining keys associated with an issuer": https, no trailing slash.
    if (!result.issuer.startsWith(u"https://") || result.issuer.size() <= 8 || result.issuer.endsWith(u'/') ||
        result.issuer.contains(u' '))
        return malformed(QStringLiteral("the claim iss '%1' is not an https URL without a trailing slash")
                             .arg(result.issuer.left(100)));

    if (!claims.contains(u"nbf"))
        return malformed(QStringLiteral("the claim nbf (the issuance time) is missing"));
    const std::optional<QDateTime> notBefore = numericDate(claims.value(u"nbf"));
    if (!notBefore)
        return malformed(QStringLiteral("the claim nbf is not a time in seconds since 1970"));
    result.notBefore = *notBefore;
    if (claims.contains(u"exp")) {
        const std::optional<QDateTime> expires = numericDate(claims.value(u"exp"));
        if (!expires)
            return malformed(QStringLiteral("the claim exp is not a time in seconds since 1970"));
        result.expires = *expires;
    }

    const QJsonValue vc = claims.value(u"vc");
    if (!vc.isObject())
        return malformed(QStringLiteral("the claim vc (the credential) is missing or not an object"));
    const QJsonValue types = vc.toObject().value(u"type");
    if (!types.isArray())
        return malformed(QStringLiteral("the claim vc.type is missing or not an array"));
    for (const QJsonValue &type : types.toArray())
        result.types.append(type.toString());
    if (!result.types.contains(healthCardType))
        return malformed(QStringLiteral("the claim vc.type does not contain %1").arg(healthCardType));
    const QJsonValue subject = vc.toObject().value(u"credentialSubject");
    if (!subject.isObject())
        return malformed(QStringLiteral("the claim vc.credentialSubject is missing or not an object"));
    const QJsonValue fhirVersion = subject.toObject().value(u"fhirVersion");
    if (!fhirVersion.isString() || fhirVersion.toString().isEmpty())
        return malformed(QStringLiteral("the claim vc.credentialSubject.fhirVersion is missing"));
    result.fhirVersion = fhirVersion.toString();
    const QJsonValue bundle = subject.toObject().value(u"fhirBundle");
    if (!bundle.isObject())
        return malformed(
            QStringLiteral("the claim vc.credentialSubject.fhirBundle is missing or not an object"));
    result.fhirBundle = bundle.toObject();
    return result;
}

Result<void, PassError> ShcDecoder::checkValidity(const ShcClaims &claims, const QDateTime &at)
{
    if (at < claims.notBefore)
        return fail(PassErrorCode::NotYetValid,
                    QStringLiteral("issued at %1 (nbf), after the check time %2")
                        .arg(formatIsoDateTime(claims.notBefore), formatIsoDateTime(at)));
    // Framework, "Expiration of Health Cards": reject a card whose exp is before the verification time.
    if (claims.expires.isValid() && at >= claims.expires)
        return fail(PassErrorCode::Expired,
                    QStringLiteral("expired at %1 (exp), before the check time %2")
                        .arg(formatIsoDateTime(claims.expires), formatIsoDateTime(at)));
    return {};
}

} // namespace passgate::shc
