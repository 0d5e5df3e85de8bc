#include "trust/GatewayDscList.h"

#include "common/IsoDateTime.h"
#include "crypto/SignatureVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passgate {

namespace {

Failure<SignerListError> malformed(const QString &name, const QString &reason)
{
    return fail(SignerListErrorCode::Malformed, QStringLiteral("%1: %2").arg(name, reason));
}

} // namespace

Result<SignerListImport, SignerListError> importGatewayDscList(const QByteArray &file,
                                                               const PublicKey &listKey, const QString &name)
{
    const qsizetype newline = file.indexOf('\n');
    const qsizetype brace = file.indexOf('{');
    if (newline < 0 || brace < newline)
        return malformed(name, QStringLiteral("not a signed DSC list (a signature line, then JSON)"));
    const auto signature = QByteArray::fromBase64Encoding(file.first(newline).trimmed(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.size() != 64)
        return malformed(name,
                         QStringLiteral("line 1 is not a base64 ECDSA P-256 signature (64 bytes r||s)"));
    const QByteArray signedText = file.sliced(brace).trimmed();
    if (auto verified = verifySignature(SignatureAlgorithm::Es256, listKey, signedText, signature.decoded);
        !verified)
        return fail(SignerListErrorCode::BadSignature,
                    QStringLiteral("%1: the list's signature does not verify with the given key (%2): "
                                   "not the list its publisher signed")
                        .arg(name, verified.error().reason));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(signedText, &parseError);
    const QJsonValue certificates = document.object().value(u"certificates");
    if (!document.isObject() || !certificates.isArray())
        return malformed(name, QStringLiteral("the signed text is not {\"certificates\": [...]}") +
                                   (parseError.error == QJsonParseError::NoError
                                        ? QString()
                                        : QStringLiteral(" (") + parseError.errorString() + u')'));

    SignerListImport import;
    import.source.kind = QStringLiteral("dsc-list");
    import.source.name = name;
    for (const QJsonValue &value : certificates.toArray()) {
        const QJsonObject entry = value.toObject();
        ListedSigner listed;
        listed.country = entry.value(u"country").toString();
        listed.kid = entry.value(u"kid").toString();
        // The list has no date of its own: its newest upload says how current it is.
        if (const auto uploaded = parseIsoDateTime(entry.value(u"timestamp").toString());
            uploaded && (!import.source.listDate.isValid() || *uploaded > import.source.listDate))
            import.source.listDate = uploaded->toUTC();
        if (entry.value(u"certificateType").toString() != u"DSC") {
            import.skipped.append({listed.country, listed.kid,
                                   QStringLiteral("a %1 certificate, not a document signer")
                                       .arg(entry.value(u"certificateType").toString().left(16))});
            ++import.source.skipped;
            continue;
        }
        listed.certificateDer = QByteArray::fromBase64(entry.value(u"rawData").toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
        const QString thumbprint = entry.value(u"thumbprint").toString();
        listed.sha256 = QByteArray::fromHex(thumbprint.toLatin1());
        if (!thumbprint.isEmpty() && (listed.sha256.size() != 32 || thumbprint.size() != 64)) {
            import.skipped.append(
                {listed.country, listed.kid, QStringLiteral("the thumbprint is not 64 hex digits")});
            ++import.source.skipped;
            continue;
        }
        takeListedSigner(import, listed);
    }
    return import;
}

} // namespace passgate
