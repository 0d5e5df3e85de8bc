#pragma once

#include "crypto/X509Certificate.h"
#include "trust/SignerListImport.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace passgate {

// A national backend's copy of the EU trust list as a signed JWS, as the Swedish eHealth Agency
// publishes it (format: docs/trust-bundle.md, "Importing published signer lists"): header {alg ES256, x5c},
// payload {iss, iat, exp, dsc_trust_list: {CC: {eku: {kid: [OIDs]}, keys: [JWK with x5c]}}}. The header's
// certificate must be `anchor` itself (not merely chain to it), the signature must verify with the anchor's
// key, and `at` must lie within the list's iat..exp and the anchor's validity: the list lives one day, so an
// import from a file fetched earlier names that time on purpose. The kid's usage OIDs from `eku` travel with
// each signer.
Result<SignerListImport, SignerListError> importJwsTrustList(const QByteArray &file,
                                                             const X509Certificate &anchor,
                                                             const QDateTime &at, const QString &name);

// The list's own validity window (iat, exp), read without verifying anything: for saying how far
// `at` is from it. Invalid times when the file is not such a JWS.
struct JwsTrustListWindow
{
    QDateTime issuedAt;
    QDateTime expires;
};
JwsTrustListWindow peekJwsTrustListWindow(const QByteArray &file);

} // namespace passgate
