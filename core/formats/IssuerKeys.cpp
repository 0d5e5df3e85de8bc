#include "formats/IssuerKeys.h"

#include "common/BoundedRead.h"
#include "formats/Jwk.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace passgate {

namespace {

QString indexKey(PassFormat format, const QString &issuer, const QString &kid)
{
    return passFormatCode(format) + u'\n' + issuer + u'\n' + kid;
}

Failure<TrustError> malformed(const QString &reason)
{
    return fail(TrustErrorCode::MalformedIssuerKeys, reason);
}

std::optional<QJsonObject> jsonObject(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

std::optional<PassFormat> formatFromCode(const QString &code)
{
    for (PassFormat format : {PassFormat::SmartHealthCard, PassFormat::NzCovidPass}) {
        if (passFormatCode(format) == code)
            return format;
    }
    return std::nullopt;
}

} // namespace

void IssuerKeys::add(IssuerKey key)
{
    const QString index = indexKey(key.format, key.issuer, key.kid);
    if (const auto known = m_index.constFind(index); known != m_index.constEnd()) {
        m_keys[*known] = std::move(key); // the later statement of the same key wins
        return;
    }
    m_index.insert(index, m_keys.size());
    m_keys.append(std::move(key));
}

const IssuerKey *IssuerKeys::find(PassFormat format, const QString &issuer, const QString &kid) const
{
    const auto found = m_index.constFind(indexKey(format, issuer, kid));
    return found == m_index.constEnd() ? nullptr : &m_keys.at(*found);
}

bool IssuerKeys::knowsIssuer(PassFormat format, const QString &issuer) const
{
    return std::any_of(m_keys.cbegin(), m_keys.cend(),
                       [&](const IssuerKey &key) { return key.format == format && key.issuer == issuer; });
}

QStringList IssuerKeys::issuersOfKid(PassFormat format, const QString &kid) const
{
    QStringList issuers;
    for (const IssuerKey &key : m_keys) {
        if (key.format == format && key.kid == kid && !issuers.contains(key.issuer))
            issuers.append(key.issuer);
    }
    return issuers;
}

Result<QList<IssuerKey>, TrustError> IssuerKeys::fromShcKeySet(const QByteArray &json, const QString &issuer,
                                                               const QString &country)
{
    // SMART Health Cards framework, "Determining keys associated with an issuer": iss is an https URL
    // without a trailing slash, and the keys live at iss + "/.well-known/jwks.json".
    if (!issuer.startsWith(u"https://") || issuer.endsWith(u'/'))
        return malformed(
            QStringLiteral("issuer '%1' must be an https URL without a trailing slash").arg(issuer));
    QString error;
    const std::optional<QJsonObject> set = jsonObject(json, &error);
    if (!set || !set->value(u"keys").isArray())
        return malformed(QStringLiteral("not a JWK set ({\"keys\": [...]}): ") +
                         (error.isEmpty() ? QStringLiteral("no keys array") : error));
    QList<IssuerKey> keys;
    const QJsonArray array = set->value(u"keys").toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject jwk = array.at(i).toObject();
        const QString where = QStringLiteral("keys[%1]").arg(i);
        if (jwk.contains(u"use") && jwk.value(u"use").toString() != u"sig")
            continue;
        if (jwk.contains(u"alg") && jwk.value(u"alg").toString() != u"ES256")
            return malformed(where +
                             QStringLiteral(": alg is \"%1\", SMART Health Cards are signed with ES256")
                                 .arg(jwk.value(u"alg").toString()));
        auto ec = EcJwk::fromJson(jwk);
        if (!ec)
            return malformed(where + QStringLiteral(": ") + ec.error());
        const QString kid = jwk.value(u"kid").toString();
        if (kid != ec->thumbprint)
            return malformed(where + QStringLiteral(": kid '%1' is not the key's thumbprint '%2' (RFC 7638), "
                                                    "as the SMART Health Cards framework requires")
                                         .arg(kid, ec->thumbprint));
        keys.append({PassFormat::SmartHealthCard, issuer, kid, country, ec->toJson(), ec->key});
    }
    if (keys.isEmpty())
        return malformed(QStringLiteral("the key set holds no signing key"));
    return keys;
}

Result<QList<IssuerKey>, TrustError> IssuerKeys::fromDidDocument(const QByteArray &json,
                                                                 const QString &country)
{
    QString error;
    const std::optional<QJsonObject> document = jsonObject(json, &error);
    if (!document)
        return malformed(QStringLiteral("not a DID document: ") + error);
    const QString did = document->value(u"id").toString();
    if (!did.startsWith(u"did:web:") || did.size() <= 8)
        return malformed(QStringLiteral("the DID document's id '%1' is not a did:web DID").arg(did));
    QStringList assertion;
    for (const QJsonValue &method : document->value(u"assertionMethod").toArray())
        assertion.append(method.isString() ? method.toString() : method.toObject().value(u"id").toString());
    QList<IssuerKey> keys;
    const QJsonArray methods = document->value(u"verificationMethod").toArray();
    for (qsizetype i = 0; i < methods.size(); ++i) {
        const QJsonObject method = methods.at(i).toObject();
        const QString id = method.value(u"id").toString();
        const QString where = QStringLiteral("verificationMethod[%1]").arg(i);
        // A relative id ("#key-1") is relative to the document's DID.
        const QString absolute = id.startsWith(u'#') ? did + id : id;
        if (!absolute.startsWith(did + u'#'))
            return malformed(where + QStringLiteral(": id '%1' is not a key of %2").arg(id, did));
        const bool asserts = assertion.contains(absolute) || assertion.contains(absolute.mid(did.size()));
        if (!asserts)
            continue; // may not sign passes: NZCP spec §6 "Verifying the CWT", step 3
        if (method.value(u"type").toString() != u"JsonWebKey2020")
            return malformed(
                where +
                QStringLiteral(": type '%1', not JsonWebKey2020").arg(method.value(u"type").toString()));
        auto ec = EcJwk::fromJson(method.value(u"publicKeyJwk").toObject());
        if (!ec)
            return malformed(where + QStringLiteral(": ") + ec.error());
        keys.append(
            {PassFormat::NzCovidPass, did, absolute.mid(did.size() + 1), country, ec->toJson(), ec->key});
    }
    if (keys.isEmpty())
        return malformed(QStringLiteral("%1 lists no JsonWebKey2020 key in assertionMethod").arg(did));
    return keys;
}

Result<QList<IssuerKey>, TrustError> IssuerKeys::readIssuerFile(const QString &issuer, const QString &path)
{
    const Result<QByteArray, QString> bytes = readFileBounded(path, readLimit::keyFile);
    if (!bytes)
        return fail(TrustErrorCode::UnreadableFile, bytes.error());
    if (!issuer.startsWith(u"did:")) {
        auto keys = fromShcKeySet(*bytes, issuer, QString());
        if (!keys)
            return fail(keys.error().code, path + QStringLiteral(": ") + keys.error().reason);
        return keys;
    }
    auto keys = fromDidDocument(*bytes, QString());
    if (!keys)
        return fail(keys.error().code, path + QStringLiteral(": ") + keys.error().reason);
    if (keys->constFirst().issuer != issuer)
        return malformed(QStringLiteral("%1 is the DID document of %2, not of %3")
                             .arg(path, keys->constFirst().issuer, issuer));
    return keys;
}

Result<IssuerKey, TrustError> IssuerKeys::fromBundleEntry(const QJsonObject &entry)
{
    const std::optional<PassFormat> format = formatFromCode(entry.value(u"format").toString());
    if (!format)
        return malformed(QStringLiteral("format must be \"shc\" or \"nzcp\""));
    const QString issuer = entry.value(u"issuer").toString();
    const QString kid = entry.value(u"kid").toString();
    if (issuer.isEmpty() || kid.isEmpty())
        return malformed(QStringLiteral("issuer and kid are required"));
    auto ec = EcJwk::fromJson(entry.value(u"jwk").toObject());
    if (!ec)
        return malformed(QStringLiteral("jwk: ") + ec.error());
    if (*format == PassFormat::SmartHealthCard && kid != ec->thumbprint)
        return malformed(
            QStringLiteral("kid '%1' is not the key's thumbprint '%2'").arg(kid, ec->thumbprint));
    const QString country = entry.value(u"country").toString();
    if (!country.isEmpty() && (country.size() != 2 || !country.isUpper()))
        return malformed(QStringLiteral("country must be two capital letters"));
    return IssuerKey{*format, issuer, kid, country, ec->toJson(), ec->key};
}

QJsonObject IssuerKeys::toBundleEntry(const IssuerKey &key)
{
    QJsonObject entry{{QStringLiteral("format"), passFormatCode(key.format)},
                      {QStringLiteral("issuer"), key.issuer},
                      {QStringLiteral("kid"), key.kid},
                      {QStringLiteral("jwk"), key.jwk}};
    if (!key.country.isEmpty())
        entry.insert(QStringLiteral("country"), key.country);
    return entry;
}

} // namespace passgate
