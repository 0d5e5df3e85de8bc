#pragma once

#include "formats/TrustStore.h"
#include "policy/Policy.h"
#include "trust/BundleSource.h"
#include "trust/RevocationList.h"
#include "trust/ValueSets.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace passgate {

// The largest bundle file a kiosk reads, downloads or installs: a bundle with a million
// revocations is about 17 MB.
constexpr qint64 maxBundleBytes = 64 * 1024 * 1024;

// A verified trust bundle's contents (docs/trust-bundle.md): only ever made by verifyBundle().
struct TrustBundle
{
    quint64 sequence = 0;
    QDateTime issued;
    QDateTime expires;
    QString publisher;
    QByteArray publisherKeyId;
    QByteArray fileHash;                 // SHA-256 of the whole file: the same sequence must be the same file
    TrustStore signers;                  // by kid, for verifying passes
    QList<SignerCertificate> signerList; // the same, in bundle order, for people
    QList<std::shared_ptr<const Policy>> ruleSets;
    RevocationList revocations;
    QList<BundleSource> sources; // where the signers came from (empty in bundles made before 0.3)
    ValueSets valueSets;         // the EU value sets, also given to CertLogic rule sets

    bool expiredAt(const QDateTime &now) const { return now >= expires; }
};

} // namespace passgate
