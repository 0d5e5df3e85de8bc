#include "formats/nzcp/NzcpClaims.h"

#include "common/IsoDateTime.h"
#include "formats/cose/CborReading_p.h"
#include "formats/cose/CwtNumericDate_p.h"

#include <QCborArray>
#include <QTimeZone>

namespace passgate::nzcp {

namespace {

QString uuidText(const QByteArray &bytes)
{
    const QByteArray hex = bytes.toHex();
    return QStringLiteral("urn:uuid:%1-%2-%3-%4-%5")
        .arg(QString::fromLatin1(hex.mid(0, 8)), QString::fromLatin1(hex.mid(8, 4)),
             QString::fromLatin1(hex.mid(12, 4)), QString::fromLatin1(hex.mid(16, 4)),
             QString::fromLatin1(hex.mid(20, 12)));
}

Failure<PassError> malformedCredential(const QString &reason)
{
    return fail(PassErrorCode::MalformedCredential, reason);
}

QStringList texts(const QCborValue &value)
{
    QStringList out;
    for (const QCborValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

// One CBOR map filling the payload, no claim named twice.
Result<QCborMap, PassError> NzcpClaims::readMap(QByteArrayView payload)
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
    return claims;
}

Result<QString, PassError> NzcpClaims::issuerOf(const QCborMap &claims)
{
    const QCborValue issuer = claims.value(claimIssuer);
    if (issuer.isUndefined())
        return fail(PassErrorCode::MissingClaim, QStringLiteral("the CWT has no issuer (iss) claim"));
    if (!issuer.isString() || !issuer.toString().startsWith(u"did:"))
        return fail(PassErrorCode::MalformedClaim, QStringLiteral("the iss claim is not a DID"));
    return issuer.toString();
}

Result<NzcpClaims, PassError> NzcpClaims::parse(QByteArrayView payload)
{
    Result<QCborMap, PassError> map = readMap(payload);
    if (!map)
        return fail(map.error());
    return fromMap(*map);
}

Result<NzcpClaims, PassError> NzcpClaims::fromMap(const QCborMap &claims)
{
    NzcpClaims result;
    Result<QString, PassError> issuer = issuerOf(claims);
    if (!issuer)
        return fail(issuer.error());
    result.issuer = *issuer;
    const QCborValue cti = claims.value(claimCwtId);
    if (cti.isUndefined())
        return fail(PassErrorCode::MissingClaim, QStringLiteral("the CWT has no identifier (cti) claim"));
    if (!cti.isByteArray() || cti.toByteArray().size() != 16)
        return fail(PassErrorCode::MalformedClaim, QStringLiteral("the cti claim is not a 16-byte UUID"));
    result.jti = uuidText(cti.toByteArray());
    auto notBefore =
        cose::cwtNumericDate(claims, claimNotBefore, "not-before (nbf)", cose::Fractions::Refused);
    if (!notBefore)
        return fail(notBefore.error());
    auto expires = cose::cwtNumericDate(claims, claimExpiry, "expiry (exp)", cose::Fractions::Refused);
    if (!expires)
        return fail(expires.error());
    result.notBefore = *notBefore;
    result.expires = *expires;
    const QCborValue vc = claims.value(QStringLiteral("vc"));
    if (vc.isUndefined())
        return fail(PassErrorCode::MissingClaim,
                    QStringLiteral("the CWT has no verifiable credential (vc) claim"));
    if (!vc.isMap())
        return fail(PassErrorCode::MalformedClaim, QStringLiteral("the vc claim is not a map"));
    result.vc = vc.toMap();
    return result;
}

Result<NzcpClaims::Subject, PassError> NzcpClaims::checkCredential() const
{
    const QStringList context = texts(vc.value(QStringLiteral("@context")));
    if (context.isEmpty() || context.first() != u"https://www.w3.org/2018/credentials/v1")
        return malformedCredential(
            QStringLiteral("vc.@context does not start with https://www.w3.org/2018/credentials/v1"));
    const QStringList types = texts(vc.value(QStringLiteral("type")));
    if (!types.contains(u"VerifiableCredential") || !types.contains(u"PublicCovidPass"))
        return malformedCredential(
            QStringLiteral("vc.type [%1] is not a VerifiableCredential PublicCovidPass")
                .arg(types.join(QStringLiteral(", "))));
    // Version 1.x.x: a later minor version only adds what a verifier may ignore (spec §5.1.1).
    const QString version = vc.value(QStringLiteral("version")).toString();
    if (!version.startsWith(u"1."))
        return malformedCredential(QStringLiteral("vc.version '%1' is not 1.x.x").arg(version));
    const QCborMap subject = vc.value(QStringLiteral("credentialSubject")).toMap();
    Subject result;
    result.givenName = subject.value(QStringLiteral("givenName")).toString();
    result.familyName = subject.value(QStringLiteral("familyName")).toString();
    result.dob = subject.value(QStringLiteral("dob")).toString();
    if (result.givenName.isEmpty())
        return malformedCredential(QStringLiteral("vc.credentialSubject has no givenName"));
    if (result.dob.size() != 10 || !parseIsoDate(result.dob))
        return malformedCredential(
            QStringLiteral("vc.credentialSubject.dob '%1' is not a date (YYYY-MM-DD)").arg(result.dob));
    return result;
}

} // namespace passgate::nzcp
