#pragma once

#include "common/Clock.h"
#include "formats/DecodedPass.h"
#include "formats/PassError.h"
#include "formats/TrustStore.h"
#include "formats/cose/CoseSign1.h"
#include "formats/dcc/BoundedInflate.h"
#include "formats/dcc/CwtClaims.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

namespace passgate::dcc {

// EU Digital COVID Certificate: "HC1:" text -> verified DecodedPass, or the stage that refused it.
//   prefix -> base45 -> inflate (bounded) -> COSE_Sign1 -> CWT claims -> signature (kid in the
//   trust store) -> key usage -> expiry at the clock -> a DCC object (structure)
// and then, without refusing a genuine pass: the published schema and the semantic checks, whose
// findings go into DecodedPass::dataProblems. A pass issued after the clock is returned too (its
// `issued` says so); the venue's decision asks staff about the clock.
// Each stage is also callable on its own (the conformance runner checks them one by one).
class DccDecoder
{
public:
    struct Options
    {
        qsizetype maxInflatedSize = defaultMaxInflatedSize;
    };

    // Both are referenced, not copied: they must outlive the decoder.
    DccDecoder(const TrustStore &trust, const Clock &clock);
    DccDecoder(const TrustStore &trust, const Clock &clock, Options options);

    // Verifies at the clock's time.
    Result<DecodedPass, PassError> decode(QStringView text) const;
    // Verifies at `at` (UTC).
    Result<DecodedPass, PassError> decode(QStringView text, const QDateTime &at) const;

    // --- the stages ---
    static bool hasPrefix(QStringView text);
    // The base45 part after "HC1:". HC2:, HL0: and a bare base45 string are refused.
    static Result<QStringView, PassError> unprefix(QStringView text);
    // Prefix, base45 and inflate: the COSE bytes inside a QR text.
    static Result<QByteArray, PassError> coseBytes(QStringView text,
                                                   qsizetype maxInflatedSize = defaultMaxInflatedSize);
    // The signer (found by the message's kid) whose key verifies the signature.
    static Result<SignerCertificate, PassError> verifySignature(const cose::CoseSign1 &message,
                                                                const TrustStore &trust);
    // Every statement type in `dcc` must be allowed by the signer's usage.
    static Result<void, PassError> checkKeyUsage(const SignerCertificate &signer, const QJsonObject &dcc);
    // issued-at <= at <= expiry; before issued-at is NotYetValid, after expiry Expired.
    static Result<void, PassError> checkValidity(const CwtClaims &claims, const QDateTime &at);
    // The DCC payload as JSON (tagged date-times become ISO strings, byte strings base64url).
    static QJsonObject toJson(const QCborMap &dcc);

private:
    const TrustStore &m_trust;
    const Clock &m_clock;
    Options m_options;
};

} // namespace passgate::dcc
