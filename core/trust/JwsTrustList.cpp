#include "trust/JwsTrustList.h"

#include "common/Base64Url.h"
#include "common/IsoDateTime.h"
#include "crypto/SignatureVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace passgate {

namespace {

struct CompactJws
{
    QByteArray signingInput; // header.payload, as signed
    QJsonObject header;
    QByteArray payload; // parsed only once the signature holds
    QByteArray signature;
};

Failure<SignerListError> malformed(const QString &name, const QString &reason)
{
    return fail(SignerListErrorCode::Malformed, QStringLiteral("%1: %2").arg(name, reason));
}

std::optional<QJsonObject> jsonObject(QByteArrayView base64Url)
{
    const auto bytes = decodeBase64Url(base64Url);
    if (!bytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

Result<CompactJws, SignerListError> readCompactJws(const QByteArray &file, const QString &name)
{
    const QByteArray text = file.trimmed();
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 3)
        return malformed(name, QStringLiteral("not a compact JWS (three base64url parts)"));
    const auto header = jsonObject(parts.at(0));
    const auto payload = decodeBase64Url(parts.at(1));
    const auto signature = decodeBase64Url(parts.at(2));
    if (!header || !payload || !signature)
        return malformed(name, QStringLiteral("the JWS header, payload or signature is not base64url"));
    return CompactJws{text.first(parts.at(0).size() + 1 + parts.at(1).size()), *header, *payload, *signature};
}

QDateTime epochSeconds(const QJsonValue &value)
{
    const double seconds = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(seconds) != seconds || seconds < 0 || seconds > 253402300799.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::utc());
}

} // namespace

JwsTrustListWindow peekJwsTrustListWindow(const QByteArray &file)
{
    auto jws = readCompactJws(file, {});
    if (!jws)
        return {};
    const QJsonObject payload = QJsonDocument::fromJson(jws->payload).object();
    return {epochSeconds(payload.value(u"iat")), epochSeconds(payload.value(u"exp"))};
}

Result<SignerListImport, SignerListError> importJwsTrustList(const QByteArray &file,
                                                             const X509Certificate &anchor,
                                                             const QDateTime &at, const QString &name)
{
    auto jws = readCompactJws(file, name);
    if (!jws)
        return fail(jws.error());
    if (jws->header.value(u"alg").toString() != u"ES256")
        return malformed(
            name,
            QStringLiteral("signed with '%1', not ES256").arg(jws->header.value(u"alg").toString().left(16)));
    const QJsonArray chain = jws->header.value(u"x5c").toArray();
    const QByteArray signerDer = QByteArray::fromBase64(chain.first().toString().toLatin1());
    if (chain.isEmpty() || signerDer != anchor.der())
        return fail(SignerListErrorCode::WrongAnchor,
                    QStringLiteral("%1: signed by a certificate other than the anchor given (x5c[0] is not "
                                   "the anchor)")
                        .arg(name));
    if (auto verified =
            verifySignature(SignatureAlgorithm::Es256, anchor.publicKey(), jws->signingInput, jws->signature);
        !verified)
        return fail(SignerListErrorCode::BadSignature,
                    QStringLiteral("%1: the list's signature does not verify with the anchor (%2): not the "
                                   "list its publisher signed")
                        .arg(name, verified.error().reason));

    const QJsonDocument document = QJsonDocument::fromJson(jws->payload);
    if (!document.isObject())
        return malformed(name, QStringLiteral("the signed payload is not a JSON object"));
    const QJsonObject payload = document.object();
    const QDateTime issuedAt = epochSeconds(payload.value(u"iat"));
    const QDateTime expires = epochSeconds(payload.value(u"exp"));
    if (!issuedAt.isValid() || !expires.isValid() || expires <= issuedAt)
        return malformed(name, QStringLiteral("iat and exp must be times, exp after iat"));
    if (at < issuedAt || at >= expires)
        return fail(SignerListErrorCode::OutsideValidity,
                    QStringLiteral("%1: the list is valid from %2 until %3, not at %4 (give the time it was "
                                   "fetched with --at to import it on purpose)")
                        .arg(name, formatIsoDateTime(issuedAt), formatIsoDateTime(expires),
                             formatIsoDateTime(at.toUTC())));
    if (at < anchor.notBefore() || at > anchor.notAfter())
        return fail(SignerListErrorCode::OutsideValidity,
                    QStringLiteral("%1: the anchor certificate is valid from %2 until %3, not at %4")
                        .arg(name, formatIsoDateTime(anchor.notBefore()),
                             formatIsoDateTime(anchor.notAfter()), formatIsoDateTime(at.toUTC())));
    const QJsonValue countries = payload.value(u"dsc_trust_list");
    if (!countries.isObject())
        return malformed(name, QStringLiteral("the payload has no dsc_trust_list object"));

    SignerListImport import;
    import.source.kind = QStringLiteral("eu-trust-list");
    import.source.name = name;
    import.source.listDate = issuedAt;
    const QJsonObject byCountry = countries.toObject();
    for (auto country = byCountry.begin(); country != byCountry.end(); ++country) {
        const QJsonObject entry = country.value().toObject();
        const QJsonObject usages = entry.value(u"eku").toObject();
        for (const QJsonValue &value : entry.value(u"keys").toArray()) {
            const QJsonObject key = value.toObject();
            ListedSigner listed;
            listed.country = country.key();
            listed.kid = key.value(u"kid").toString();
            // RFC 7517 §4.7: x5c is standard base64 (not base64url) DER. The key is taken from this
            // certificate only, never from the JWK's own x/y or n/e, so those cannot smuggle in another.
            listed.certificateDer =
                QByteArray::fromBase64(key.value(u"x5c").toArray().first().toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
            const QJsonValue thumbprint = key.value(u"x5t#S256");
            if (!thumbprint.isUndefined()) {
                const auto digest = decodeBase64Url(thumbprint.toString().toLatin1());
                listed.sha256 = digest && digest->size() == 32 ? *digest : QByteArray("unreadable");
            }
            for (const QJsonValue &oid : usages.value(listed.kid).toArray())
                listed.usageOids.append(oid.toString());
            takeListedSigner(import, listed);
        }
    }
    return import;
}

} // namespace passgate
