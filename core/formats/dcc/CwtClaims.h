#pragma once

#include "formats/PassError.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QDateTime>
#include <QString>

namespace passgate::dcc {

// The CWT claims of a DCC (RFC 8392, hcert spec §2.6): iss (1), exp (4), iat (6) and the health
// certificate claim hcert (-260) whose key 1 holds the EU DCC itself.
struct CwtClaims
{
    static constexpr int claimIssuer = 1;
    static constexpr int claimExpiry = 4;
    static constexpr int claimIssuedAt = 6;
    static constexpr int claimHcert = -260;
    static constexpr int hcertEuDcc = 1;

    QString issuer;     // ISO 3166 alpha-2 of the issuing country; empty when absent
    QDateTime issuedAt; // UTC
    QDateTime expiresAt;
    QCborMap dcc; // hcert[1], the DCC payload ({"ver", "nam", "dob", "v" | "t" | "r"})

    // iat, exp and hcert[1] are required; times may be integers or floats (seconds since the epoch).
    static Result<CwtClaims, PassError> parse(QByteArrayView payload);
};

} // namespace passgate::dcc
