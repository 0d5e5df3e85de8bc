#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace passgate {

// A public signing key as a JSON Web Key (RFC 7517) on the P-256 curve: how SMART Health Card
// issuers publish their keys and how the NZ COVID Pass DID document carries its own. Both formats
// sign with ES256 only, so any other key type or curve is refused rather than half-supported.
struct EcJwk
{
    QByteArray x; // 32 bytes, big-endian
    QByteArray y;
    PublicKey key;
    QString thumbprint; // RFC 7638: base64url SHA-256 of {"crv","kty","x","y"} in that order

    // kty "EC", crv "P-256", x and y base64url of 32 bytes each, the point on the curve. A "d"
    // member (a private key) is refused: a trust list must never carry one.
    static Result<EcJwk, QString> fromJson(const QJsonObject &jwk);
    // The public members in RFC 7638's order, as a trust bundle stores them.
    QJsonObject toJson() const;
};

} // namespace passgate
