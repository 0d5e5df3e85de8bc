#include "trust/BundleVerifier.h"

#include "crypto/Sha256_p.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/X509Certificate.h"
#include "policy/PolicyCatalog.h"
#include "trust/BundleFormat_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace passgate {

namespace {

Failure<BundleError> malformed(const QString &reason)
{
    return fail(BundleErrorCode::Malformed, reason);
}

// An instant with an explicit offset ("Z" or +hh:mm): a bundle must not mean different times on
// kiosks in different zones.
QDateTime readInstant(const QJsonObject &manifest, QStringView key)
{
    const QDateTime time = QDateTime::fromString(manifest.value(key).toString(), Qt::ISODateWithMs);
    return time.isValid() && time.timeSpec() != Qt::LocalTime ? time.toUTC() : QDateTime();
}

Result<void, BundleError> readSigners(const QJsonArray &signers, TrustBundle &bundle)
{
    for (qsizetype i = 0; i < signers.size(); ++i) {
        const QJsonObject entry = signers.at(i).toObject();
        const QString where = QStringLiteral("signers[%1]").arg(i);
        const QByteArray der = QByteArray::fromBase64(entry.value(u"certificate").toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        auto certificate = X509Certificate::fromDer(der);
        if (der.isEmpty() || !certificate)
            return malformed(
                where + QStringLiteral(": certificate is not base64 DER X.509") +
                (certificate ? QString() : QStringLiteral(" (") + certificate.error().reason + u')'));
        const QString country = entry.value(u"country").toString();
        if (country.size() != 2 || !country.isUpper())
            return malformed(where + QStringLiteral(": country must be two capital letters"));
        QByteArray kid = SignerCertificate::dccKeyId(der);
        if (entry.contains(u"kid")) {
            kid = QByteArray::fromBase64(entry.value(u"kid").toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
            if (kid.isEmpty() || kid.size() > 32)
                return malformed(where + QStringLiteral(": kid must be 1 to 32 bytes of base64"));
        }
        QStringList usageOids;
        for (const QJsonValue &oid : entry.value(u"eku").toArray())
            usageOids.append(oid.toString());
        auto signer = SignerCertificate::fromCertificate(*certificate, kid, country, usageOids);
        if (!signer)
            return malformed(where + QStringLiteral(": ") + signer.error().reason);
        bundle.signerList.append(*signer);
        bundle.signers.add(std::move(signer).value());
    }
    return {};
}

// CertLogic rules name value sets (external.valueSets.<id>): a rule set reads the bundle's, as the EU
// verifier apps give their downloaded sets to every rule; sets of its own with the same id win.
QJsonObject withBundleValueSets(QJsonObject ruleSet, const ValueSets &valueSets)
{
    const QString format = ruleSet.value(u"format").toString();
    if (valueSets.isEmpty() || (format != u"eu-dcc-rules" && format != u"passgate-rules"))
        return ruleSet;
    QJsonObject merged = valueSets.forCertLogic();
    const QJsonObject own = ruleSet.value(u"valueSets").toObject();
    for (auto set = own.begin(); set != own.end(); ++set)
        merged.insert(set.key(), set.value());
    ruleSet.insert(QStringLiteral("valueSets"), merged);
    return ruleSet;
}

Result<void, BundleError> readManifest(const QByteArray &bytes, TrustBundle &bundle)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return malformed(QStringLiteral("manifest is not a JSON object: ") + parseError.errorString());
    const QJsonObject manifest = document.object();
    if (manifest.value(u"format").toString() != u"passgate-trust-bundle" ||
        manifest.value(u"version").toInt() != 1)
        return malformed(QStringLiteral("manifest is not passgate-trust-bundle version 1"));
    const double sequence = manifest.value(u"sequence").toDouble(-1);
    if (sequence < 1 || sequence > 9007199254740991.0 || std::trunc(sequence) != sequence)
        return malformed(QStringLiteral("sequence must be a positive integer"));
    bundle.sequence = quint64(sequence);
    bundle.issued = readInstant(manifest, u"issued");
    bundle.expires = readInstant(manifest, u"expires");
    if (!bundle.issued.isValid() || !bundle.expires.isValid() || bundle.expires <= bundle.issued)
        return malformed(QStringLiteral("issued and expires must be ISO 8601 instants with an offset, "
                                        "expires after issued"));
    bundle.publisher = manifest.value(u"publisher").toString();
    if (auto signers = readSigners(manifest.value(u"signers").toArray(), bundle); !signers)
        return fail(signers.error());
    const QJsonArray issuerKeys = manifest.value(u"issuerKeys").toArray();
    for (qsizetype i = 0; i < issuerKeys.size(); ++i) {
        auto key = IssuerKeys::fromBundleEntry(issuerKeys.at(i).toObject());
        if (!key)
            return malformed(QStringLiteral("issuerKeys[%1]: %2").arg(i).arg(key.error().reason));
        bundle.signers.addIssuerKey(std::move(key).value());
    }
    auto sources = bundleSourcesFromJson(manifest.value(u"sources").toArray());
    if (!sources)
        return malformed(sources.error());
    bundle.sources = *sources;
    auto valueSets = ValueSets::fromManifest(manifest.value(u"valueSets").toArray());
    if (!valueSets)
        return malformed(valueSets.error());
    bundle.valueSets = *valueSets;
    const QJsonArray ruleSets = manifest.value(u"ruleSets").toArray();
    for (qsizetype i = 0; i < ruleSets.size(); ++i) {
        auto policy = policyFromJson(withBundleValueSets(ruleSets.at(i).toObject(), bundle.valueSets));
        if (!policy)
            return malformed(QStringLiteral("ruleSets[%1]: %2").arg(i).arg(policy.error().reason));
        bundle.ruleSets.append(*policy);
    }
    return {};
}

} // namespace

Result<TrustBundle, BundleError> verifyBundle(const QByteArray &file, const PublisherKeys &publishers,
                                              const QDateTime &now, ExpiryCheck expiry)
{
    if (file.size() > maxBundleBytes)
        return fail(BundleErrorCode::Malformed,
                    QStringLiteral("%1 bytes: larger than any bundle (%2 bytes at most)")
                        .arg(file.size())
                        .arg(maxBundleBytes));
    auto frame = readBundleFrame(file);
    if (!frame)
        return fail(frame.error());
    const PublicKey *key = publishers.find(frame->publisherKeyId);
    if (!key)
        return fail(BundleErrorCode::UnknownPublisher,
                    QStringLiteral("signed by publisher key %1, which is not pinned")
                        .arg(QString::fromLatin1(frame->publisherKeyId.toHex())));
    auto verified = verifySignature(SignatureAlgorithm::Es256, *key,
                                    QByteArrayView(file).first(frame->signedLength), frame->signature);
    if (!verified)
        return fail(BundleErrorCode::BadSignature,
                    QStringLiteral("the signature does not verify: ") + verified.error().reason);

    TrustBundle bundle;
    bundle.publisherKeyId = frame->publisherKeyId;
    bundle.fileHash = sha256(file);
    bundle.revocations = std::move(frame->revocations);
    if (auto manifest = readManifest(frame->manifest, bundle); !manifest)
        return fail(manifest.error());
    if (expiry == ExpiryCheck::Enforce && bundle.expiredAt(now))
        return fail(BundleErrorCode::Expired, QStringLiteral("expired at %1 (sequence %2)")
                                                  .arg(bundle.expires.toString(Qt::ISODate))
                                                  .arg(bundle.sequence));
    return bundle;
}

} // namespace passgate
