#pragma once

#include "formats/IssuerKeys.h"
#include "trust/BundleError.h"
#include "trust/BundleSource.h"
#include "trust/PublisherSigningKey.h"
#include "trust/RevocationList.h"
#include "trust/ValueSets.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace passgate {

// What a publisher puts in a bundle (docs/trust-bundle.md); buildBundle() writes and signs it.
struct BundleContents
{
    struct Signer
    {
        QByteArray certificateDer;
        QString country;
        QByteArray kid; // empty: the DCC default, SHA-256(DER)[0..8)
        // Extended key usage a signed list states for the signer (beside the certificate's own);
        // empty: the certificate's alone.
        QStringList usageOids = {};
    };

    quint64 sequence = 1;
    QDateTime issued;
    QDateTime expires;
    QString publisher;
    QList<Signer> signers;
    QList<IssuerKey> issuerKeys; // SMART Health Card and NZ COVID Pass issuers' keys
    QList<QJsonObject> ruleSets; // policies: passgate-rules, eu-dcc-rules or passgate-preset objects
    RevocationList revocations;  // finish()ed
    QList<BundleSource> sources; // provenance of the signers, for people
    ValueSets valueSets;
};

// The manifest JSON for `contents` (compact, keys in a fixed order through QJsonObject's sorting).
QByteArray bundleManifest(const BundleContents &contents);

// The complete signed .pgtb file. Checks what the kiosk will check (times, rule sets as CertLogic),
// so a publisher cannot produce a bundle every kiosk refuses.
Result<QByteArray, BundleError> buildBundle(const BundleContents &contents, const PublisherSigningKey &key);

} // namespace passgate
