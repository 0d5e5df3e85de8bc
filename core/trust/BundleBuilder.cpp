#include "trust/BundleBuilder.h"

#include "policy/PolicyCatalog.h"
#include "trust/BundleFormat_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace passgate {

QByteArray bundleManifest(const BundleContents &contents)
{
    QJsonArray signers;
    for (const BundleContents::Signer &signer : contents.signers) {
        QJsonObject entry{
            {QStringLiteral("certificate"), QString::fromLatin1(signer.certificateDer.toBase64())},
            {QStringLiteral("country"), signer.country}};
        if (!signer.kid.isEmpty())
            entry.insert(QStringLiteral("kid"), QString::fromLatin1(signer.kid.toBase64()));
        if (!signer.usageOids.isEmpty())
            entry.insert(QStringLiteral("eku"), QJsonArray::fromStringList(signer.usageOids));
        signers.append(entry);
    }
    QJsonArray issuerKeys;
    for (const IssuerKey &key : contents.issuerKeys)
        issuerKeys.append(IssuerKeys::toBundleEntry(key));
    QJsonArray ruleSets;
    for (const QJsonObject &ruleSet : contents.ruleSets)
        ruleSets.append(ruleSet);
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("passgate-trust-bundle")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("sequence"), double(contents.sequence)},
        {QStringLiteral("issued"), contents.issued.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("expires"), contents.expires.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("publisher"), contents.publisher},
        {QStringLiteral("signers"), signers},
        {QStringLiteral("ruleSets"), ruleSets},
    };
    // Written only when there are any, so a bundle of DCC signers alone stays byte-for-byte what
    // earlier kiosks were given.
    if (!issuerKeys.isEmpty())
        manifest.insert(QStringLiteral("issuerKeys"), issuerKeys);
    if (!contents.sources.isEmpty())
        manifest.insert(QStringLiteral("sources"), bundleSourcesToJson(contents.sources));
    if (!contents.valueSets.isEmpty())
        manifest.insert(QStringLiteral("valueSets"), contents.valueSets.toManifest());
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

Result<QByteArray, BundleError> buildBundle(const BundleContents &contents, const PublisherSigningKey &key)
{
    if (contents.sequence < 1)
        return fail(BundleErrorCode::Malformed, QStringLiteral("the sequence must be at least 1"));
    if (!contents.issued.isValid() || !contents.expires.isValid() || contents.expires <= contents.issued)
        return fail(BundleErrorCode::Malformed, QStringLiteral("expires must come after issued"));
    for (const QJsonObject &ruleSet : contents.ruleSets) {
        if (auto policy = policyFromJson(ruleSet); !policy)
            return fail(BundleErrorCode::Malformed, policy.error().reason);
    }
    const QByteArray manifest = bundleManifest(contents);
    if (manifest.size() > BundleFrame::maxManifestSize)
        return fail(BundleErrorCode::Malformed, QStringLiteral("the manifest exceeds 16 MiB"));
    QByteArray file = bundleSignedPart(manifest, contents.revocations, key.keyId());
    const QByteArray signature = key.sign(file);
    if (signature.size() != BundleFrame::signatureSize)
        return fail(BundleErrorCode::Storage, QStringLiteral("signing failed"));
    file.append(signature);
    return file;
}

} // namespace passgate
