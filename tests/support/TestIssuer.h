#pragma once

#include "support/TestSigner.h"

#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace passgate::test {

// Everything about one EU DCC a test may want to choose. The defaults make a valid pass: signed,
// kid in the protected header, tagged COSE_Sign1, zlib-compressed, "HC1:" prefix.
struct DccPassSpec
{
    enum class KidPlacement
    {
        Protected,
        Unprotected,
        Both,
        None
    };
    enum class AlgPlacement
    {
        Protected,
        Unprotected,
        None
    };

    QJsonObject payload;                   // the DCC ({"ver", "nam", "dob", "v" | "t" | "r"}); see DccSamples
    QString issuer = QStringLiteral("DE"); // CWT iss; empty: no iss claim
    QDateTime issuedAt;                    // CWT iat; invalid: no iat claim
    QDateTime expiresAt;                   // CWT exp; invalid: no exp claim
    bool fractionalTimes = false;          // write iat/exp as floats, as some issuers do

    KidPlacement kidPlacement = KidPlacement::Protected;
    std::optional<QByteArray> protectedKid;   // overrides the signer's kid in the protected header
    std::optional<QByteArray> unprotectedKid; // ... in the unprotected header
    AlgPlacement algPlacement = AlgPlacement::Protected;
    std::optional<int> algorithm; // overrides the signer's COSE algorithm label

    bool coseTag = true; // tag 18
    bool cwtTag = false; // tag 61 around tag 18
    bool compress = true;
    QString prefix = QStringLiteral("HC1:");

    std::optional<QCborMap> claimsOverride; // replaces the whole CWT claims map
    std::optional<QByteArray> payloadBytes; // replaces the encoded COSE payload
    bool corruptSignature = false;          // flips a bit of the signature after signing
};

// The issuer side of the EU DCC, for tests and demo passes: encodes, signs and packs a pass the
// way a national issuer does (CBOR -> CWT -> COSE_Sign1 -> zlib -> base45 -> "HC1:").
class TestIssuer
{
public:
    explicit TestIssuer(TestSigner signer);

    const TestSigner &signer() const { return m_signer; }

    // Every stage of one signed pass. ECDSA signatures are randomised: take the stages of one pass
    // from here, not from separate cose() / issue() calls.
    struct Stages
    {
        QByteArray claims;     // CWT claims, CBOR
        QByteArray cose;       // COSE_Sign1 (tagged per spec), CBOR
        QByteArray compressed; // zlib of cose, or cose itself when !compress
        QString base45;
        QString text; // prefix + base45: the QR content
    };
    Stages stages(const DccPassSpec &spec) const;

    // The full QR text.
    QString issue(const DccPassSpec &spec) const;
    // One stage of a pass signed afresh, for tests of one decoder stage.
    QByteArray claims(const DccPassSpec &spec) const;
    QByteArray cose(const DccPassSpec &spec) const;
    QByteArray compressed(const DccPassSpec &spec) const;

    // zlib (RFC 1950) of any bytes, at the best compression as issuers use.
    static QByteArray zlibCompress(const QByteArray &data);

private:
    TestSigner m_signer;
};

} // namespace passgate::test
