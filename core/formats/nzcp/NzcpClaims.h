#pragma once

#include "formats/PassError.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace passgate::nzcp {

// The CWT claims of an NZ COVID Pass (NZCP spec §5): iss (1), nbf (5), exp (4), cti (7) and the
// verifiable credential under the text key "vc". All four numbered claims are required.
struct NzcpClaims
{
    static constexpr int claimIssuer = 1;
    static constexpr int claimExpiry = 4;
    static constexpr int claimNotBefore = 5;
    static constexpr int claimCwtId = 7;

    QString issuer;      // "did:web:nzcp.identity.health.nz" for real passes
    QDateTime notBefore; // UTC
    QDateTime expires;   // UTC
    QString jti;         // "urn:uuid:" + cti as a UUID: the pass's identifier, for revocation
    QCborMap vc;         // the credential, checked by checkCredential()

    // What the credential says, once checkCredential() has accepted it.
    struct Subject
    {
        QString givenName;
        QString familyName; // optional in the spec
        QString dob;        // "1960-04-16"
    };

    // The payload as one CBOR claims map, decoded once: the decoder reads the issuer from it to
    // find the key, and the other claims only after the signature holds (a payload whose signature
    // fails is refused for that, whatever else is wrong in it).
    static Result<QCborMap, PassError> readMap(QByteArrayView payload);
    static Result<QString, PassError> issuerOf(const QCborMap &claims);
    static Result<NzcpClaims, PassError> fromMap(const QCborMap &claims);
    // readMap and fromMap in one, for a stage on its own.
    static Result<NzcpClaims, PassError> parse(QByteArrayView payload);
    // vc: @context starting with the W3C credentials context, type with "VerifiableCredential" and
    // "PublicCovidPass", version 1.x.x, credentialSubject with givenName and dob (a full date).
    // MalformedCredential otherwise.
    Result<Subject, PassError> checkCredential() const;
};

} // namespace passgate::nzcp
