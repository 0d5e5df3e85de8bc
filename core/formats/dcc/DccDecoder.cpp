#include "formats/dcc/DccDecoder.h"

#include "common/IsoDateTime.h"
#include "formats/dcc/Base45.h"
#include "formats/dcc/HcertMapping_p.h"
#include "formats/dcc/HcertSchema.h"
#include "formats/dcc/HcertSemantics_p.h"
#include "formats/dcc/HcertStructure.h"

#include <QRegularExpression>

namespace passgate::dcc {

namespace {

const QLatin1String dccPrefix("HC1:");

QString kidText(const QByteArray &kid)
{
    return QString::fromLatin1(kid.toBase64());
}

} // namespace

DccDecoder::DccDecoder(const TrustStore &trust, const Clock &clock)
    : DccDecoder(trust, clock, Options{})
{}

DccDecoder::DccDecoder(const TrustStore &trust, const Clock &clock, Options options)
    : m_trust(trust)
    , m_clock(clock)
    , m_options(options)
{}

bool DccDecoder::hasPrefix(QStringView text)
{
    return text.startsWith(dccPrefix);
}

Result<QStringView, PassError> DccDecoder::unprefix(QStringView text)
{
    if (hasPrefix(text))
        return text.sliced(dccPrefix.size());
    // A health certificate context identifier (hcert spec §4.1) looks like "HC1:": type, version, colon.
    static const QRegularExpression otherContext(QStringLiteral("^([A-Z]{2}[0-9]+):"));
    const QRegularExpressionMatch match = otherContext.match(text);
    if (match.hasMatch())
        return fail(PassErrorCode::UnknownPrefix,
                    QStringLiteral("context identifier '%1:' is not supported; an EU DCC starts with HC1:")
                        .arg(match.captured(1)));
    return fail(PassErrorCode::UnknownPrefix,
                QStringLiteral("no context identifier; an EU DCC starts with HC1:"));
}

Result<QByteArray, PassError> DccDecoder::coseBytes(QStringView text, qsizetype maxInflatedSize)
{
    Result<QStringView, PassError> base45 = unprefix(text);
    if (!base45)
        return fail(base45.error());
    Result<QByteArray, PassError> compressed = decodeBase45(*base45);
    if (!compressed)
        return fail(compressed.error());
    return inflateBounded(*compressed, maxInflatedSize);
}

Result<SignerCertificate, PassError> DccDecoder::verifySignature(const cose::CoseSign1 &message,
                                                                 const TrustStore &trust)
{
    if (!message.keyId)
        return fail(PassErrorCode::MissingKeyId, QStringLiteral("the COSE headers name no key id (kid)"));
    const QList<SignerCertificate> candidates = trust.find(*message.keyId);
    if (candidates.isEmpty())
        return fail(
            PassErrorCode::UnknownKeyId,
            QStringLiteral("no trusted signer has key id %1%2")
                .arg(kidText(*message.keyId),
                     message.keyIdProtected ? QString() : QStringLiteral(" (from the unprotected header)")));

    const QByteArray signed_ = message.toBeSigned();
    QString lastReason;
    for (const SignerCertificate &candidate : candidates) {
        const Result<void, CryptoError> verified =
            passgate::verifySignature(message.algorithm, candidate.publicKey(), signed_, message.signature);
        if (verified)
            return candidate;
        lastReason = verified.error().reason;
    }
    return fail(PassErrorCode::SignatureInvalid,
                QStringLiteral("the signature does not verify with the signer %1: %2")
                    .arg(kidText(*message.keyId), lastReason));
}

Result<void, PassError> DccDecoder::checkKeyUsage(const SignerCertificate &signer, const QJsonObject &dcc)
{
    for (StatementType type : hcertStatementTypes(dcc)) {
        if (!signer.allows(type))
            return fail(
                PassErrorCode::UsageNotAllowed,
                QStringLiteral("the signer %1 may not sign %2 certificates (its key usage forbids it)")
                    .arg(kidText(signer.kid()), statementTypeCode(type)));
    }
    return {};
}

Result<void, PassError> DccDecoder::checkValidity(const CwtClaims &claims, const QDateTime &at)
{
    if (at < claims.issuedAt)
        return fail(PassErrorCode::NotYetValid,
                    QStringLiteral("issued at %1, after the check time %2")
                        .arg(formatIsoDateTime(claims.issuedAt), formatIsoDateTime(at)));
    if (at > claims.expiresAt)
        return fail(PassErrorCode::Expired,
                    QStringLiteral("expired at %1, before the check time %2")
                        .arg(formatIsoDateTime(claims.expiresAt), formatIsoDateTime(at)));
    return {};
}

QJsonObject DccDecoder::toJson(const QCborMap &dcc)
{
    return dcc.toJsonObject();
}

Result<DecodedPass, PassError> DccDecoder::decode(QStringView text) const
{
    return decode(text, m_clock.now());
}

Result<DecodedPass, PassError> DccDecoder::decode(QStringView text, const QDateTime &at) const
{
    Result<QByteArray, PassError> cose = coseBytes(text, m_options.maxInflatedSize);
    if (!cose)
        return fail(cose.error());
    Result<cose::CoseSign1, PassError> message = cose::CoseSign1::parse(*cose);
    if (!message)
        return fail(message.error());
    Result<CwtClaims, PassError> claims = CwtClaims::parse(message->payload);
    if (!claims)
        return fail(claims.error());
    Result<SignerCertificate, PassError> signer = verifySignature(*message, m_trust);
    if (!signer)
        return fail(signer.error());
    const QJsonObject dcc = toJson(claims->dcc);
    if (Result<void, PassError> usage = checkKeyUsage(*signer, dcc); !usage)
        return fail(usage.error());
    // Issued after `at` is a question about the kiosk's clock, not about the pass: the decision
    // step asks staff (reason "clock"). Expired is a refusal.
    if (Result<void, PassError> valid = checkValidity(*claims, at.toUTC());
        !valid && valid.error().code != PassErrorCode::NotYetValid)
        return fail(valid.error());
    if (Result<void, PassError> structure = checkHcertStructure(dcc); !structure)
        return fail(structure.error());

    DecodedPass pass;
    pass.format = PassFormat::EuDcc;
    fillFromHcert(pass, dcc);
    pass.issuerCountry = claims->issuer.isEmpty() ? signer->country() : claims->issuer;
    pass.kid = *message->keyId;
    pass.issued = claims->issuedAt;
    pass.expires = claims->expiresAt;
    pass.signature = message->signature;
    // The schema's most specific finding is enough for staff; the semantic checks each add theirs.
    if (const auto schemaErrors = HcertSchema::published().errors(dcc); !schemaErrors.isEmpty())
        pass.dataProblems.append(
            {dataproblem::schema, schemaErrors.first().first, schemaErrors.first().second});
    pass.dataProblems.append(checkHcertSemantics(dcc, claims->issuedAt));
    return pass;
}

} // namespace passgate::dcc
