#include "formats/nzcp/NzcpDecoder.h"

#include "common/IsoDateTime.h"
#include "formats/IcaoName.h"
#include "formats/IssuerKeyLookup.h"
#include "formats/nzcp/Base32.h"

#include <QCborArray>
#include <QJsonObject>

namespace passgate::nzcp {

namespace {

const QLatin1String prefix("NZCP:/");
const QLatin1String supportedVersion("1");

Vaccination certifiedVaccination(const QString &issuer, const QString &jti)
{
    Vaccination v;
    v.disease = QStringLiteral("840539006"); // COVID-19: the only thing a PublicCovidPass speaks of
    v.country = QStringLiteral("NZ");
    v.issuer = issuer;
    v.certificateId = jti;
    v.issuerCertified = true;
    return v;
}

} // namespace

NzcpDecoder::NzcpDecoder(const TrustStore &trust, const Clock &clock)
    : m_trust(trust)
    , m_clock(clock)
{}

bool NzcpDecoder::hasPrefix(QStringView text)
{
    return text.startsWith(prefix);
}

Result<QStringView, PassError> NzcpDecoder::unprefix(QStringView text)
{
    if (!hasPrefix(text))
        return fail(PassErrorCode::UnknownPrefix, QStringLiteral("an NZ COVID Pass starts with NZCP:/"));
    const QStringView rest = text.sliced(prefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return fail(PassErrorCode::UnknownPrefix, QStringLiteral("NZCP:/ without a version (NZCP:/1/...)"));
    if (rest.first(slash) != supportedVersion)
        return fail(PassErrorCode::UnknownPrefix,
                    QStringLiteral("NZ COVID Pass version '%1' is not supported (version 1 is)")
                        .arg(rest.first(slash).left(8)));
    return rest.sliced(slash + 1);
}

Result<cose::CoseSign1, PassError> NzcpDecoder::parseCose(QByteArrayView bytes)
{
    Result<cose::CoseSign1, PassError> message = cose::CoseSign1::parse(bytes);
    if (!message)
        return message;
    // NZCP spec §4.2: a COSE_Sign1 with tag 18, the kid and alg ES256 in the protected header.
    if (!message->coseTagged || message->cwtTagged)
        return fail(PassErrorCode::MalformedCose,
                    QStringLiteral("an NZ COVID Pass is a COSE_Sign1 with tag 18"));
    if (message->protectedHeader.value(cose::CoseSign1::labelAlgorithm).toInteger(0) !=
        cose::CoseSign1::es256)
        return fail(
            PassErrorCode::UnsupportedAlgorithm,
            QStringLiteral("an NZ COVID Pass is signed with ES256 (-7), named in the protected header"));
    if (!message->keyId || !message->keyIdProtected)
        return fail(PassErrorCode::MissingKeyId,
                    QStringLiteral("the protected header names no key id (kid)"));
    return message;
}

Result<IssuerKey, PassError> NzcpDecoder::verifySignature(const cose::CoseSign1 &message,
                                                          const QString &issuer, const TrustStore &trust)
{
    const QString kid = QString::fromUtf8(message.keyId.value_or(QByteArray()));
    const Result<IssuerKey, PassError> key =
        issuerSigningKey(trust.issuerKeys(), PassFormat::NzCovidPass, issuer, kid);
    if (!key)
        return fail(key.error());
    const Result<void, CryptoError> verified = passgate::verifySignature(
        SignatureAlgorithm::Es256, key->key, message.toBeSigned(), message.signature);
    if (!verified)
        return fail(PassErrorCode::SignatureInvalid,
                    QStringLiteral("the signature does not verify with %1#%2: %3")
                        .arg(issuer, kid, verified.error().reason));
    return *key;
}

Result<void, PassError> NzcpDecoder::checkValidity(const NzcpClaims &claims, const QDateTime &at)
{
    if (at < claims.notBefore)
        return fail(PassErrorCode::NotYetValid,
                    QStringLiteral("valid from %1, after the check time %2")
                        .arg(formatIsoDateTime(claims.notBefore), formatIsoDateTime(at)));
    if (at >= claims.expires)
        return fail(PassErrorCode::Expired,
                    QStringLiteral("expired at %1, before the check time %2")
                        .arg(formatIsoDateTime(claims.expires), formatIsoDateTime(at)));
    return {};
}

Result<DecodedPass, PassError> NzcpDecoder::decode(QStringView text) const
{
    return decode(text, m_clock.now());
}

Result<DecodedPass, PassError> NzcpDecoder::decode(QStringView text, const QDateTime &at) const
{
    Result<QStringView, PassError> base32 = unprefix(text);
    if (!base32)
        return fail(base32.error());
    Result<QByteArray, PassError> bytes = decodeBase32(*base32);
    if (!bytes)
        return fail(bytes.error());
    Result<cose::CoseSign1, PassError> message = parseCose(*bytes);
    if (!message)
        return fail(message.error());
    // The signature before the claims (NZCP spec §6): what an unverified payload says beyond its
    // issuer is not worth a diagnosis.
    Result<QCborMap, PassError> map = NzcpClaims::readMap(message->payload);
    if (!map)
        return fail(map.error());
    Result<QString, PassError> issuer = NzcpClaims::issuerOf(*map);
    if (!issuer)
        return fail(issuer.error());
    Result<IssuerKey, PassError> key = verifySignature(*message, *issuer, m_trust);
    if (!key)
        return fail(key.error());
    Result<NzcpClaims, PassError> claims = NzcpClaims::fromMap(*map);
    if (!claims)
        return fail(claims.error());
    // As for the DCC: not yet valid asks staff about the kiosk's clock (the decision step does),
    // expired refuses.
    if (Result<void, PassError> valid = checkValidity(*claims, at.toUTC());
        !valid && valid.error().code != PassErrorCode::NotYetValid)
        return fail(valid.error());
    Result<NzcpClaims::Subject, PassError> subject = claims->checkCredential();
    if (!subject)
        return fail(subject.error());

    DecodedPass pass;
    pass.format = PassFormat::NzCovidPass;
    pass.holder.given = subject->givenName;
    pass.holder.family = subject->familyName;
    pass.holder.givenStandardised = icaoStandardisedName(subject->givenName);
    pass.holder.familyStandardised = icaoStandardisedName(subject->familyName);
    pass.birthDate = subject->dob;
    pass.statement = certifiedVaccination(claims->issuer, claims->jti);
    pass.issuer = claims->issuer;
    pass.issuerCountry = key->country.isEmpty() ? QStringLiteral("NZ") : key->country;
    pass.certificateId = claims->jti;
    pass.kid = *message->keyId;
    pass.issued = claims->notBefore;
    pass.expires = claims->expires;
    pass.schemaVersion = claims->vc.value(QStringLiteral("version")).toString();
    pass.payload = claims->vc.toJsonObject();
    pass.signature = message->signature;
    return pass;
}

} // namespace passgate::nzcp
