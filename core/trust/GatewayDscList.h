#pragma once

#include "crypto/PublicKey.h"
#include "trust/SignerListImport.h"

#include <QByteArray>
#include <QString>

namespace passgate {

// The EU gateway's trust list as Germany publishes it for its verifier apps (the CovPass "DSC list";
// format: docs/trust-bundle.md, "Importing published signer lists"): line 1 a base64 ECDSA P-256 signature
// r||s, then the signed JSON {"certificates": [{certificateType, country, kid, rawData, thumbprint, ...}]}.
// The signature is checked with `listKey` before a single entry is read. Entries of another type
// than "DSC" (upload or CSCA certificates, should a list carry them) are skipped as not signers.
// `name` is the file name recorded as the bundle's source.
Result<SignerListImport, SignerListError> importGatewayDscList(const QByteArray &file,
                                                               const PublicKey &listKey, const QString &name);

} // namespace passgate
