#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace passgate {

// Where a bundle's signers came from (its provenance), as the bundle records it and staff see it:
// "dsc-list dsc-list-2022-02-03.json (newest entry 2022-02-02): 306 signers".
struct BundleSource
{
    QString kind;       // "dsc-list" (EU gateway list, German form), "eu-trust-list" (JWS), "certificates"
    QString name;       // the file or folder name the publisher gave (not a path: no machine's layout)
    QDateTime listDate; // the list's own date (iat, or its newest entry); invalid when it has none
    int taken = 0;      // signers in the bundle from this source
    int skipped = 0;    // entries left out, each for a reason the build printed

    bool operator==(const BundleSource &) const = default;
};

// The manifest's "sources": [{kind, name, listDate, taken, skipped}], and back.
QJsonArray bundleSourcesToJson(const QList<BundleSource> &sources);
Result<QList<BundleSource>, QString> bundleSourcesFromJson(const QJsonArray &sources);

// "dsc-list dsc-list-2022-02-03.json (newest entry 2022-02-02): 306 signers, 0 skipped"
QString describeBundleSource(const BundleSource &source);

} // namespace passgate
