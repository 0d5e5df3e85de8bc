#pragma once

#include "common/Clock.h"
#include "formats/DecodedPass.h"
#include "formats/PassError.h"
#include "formats/TrustStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringView>

#include <optional>

namespace passgate::shc {

// One "shc:/" QR text: a whole card ("shc:/<digits>") or one chunk of a card split across several
// QR codes ("shc:/<index>/<total>/<digits>", index 1..total, total >= 2).
struct ShcChunk
{
    int index = 1;
    int total = 1;
    QStringView digits; // into the text given to parseChunk()
};

// The claims of a SMART Health Card's JWS payload (a JWT claims set, SMART Health Cards framework).
struct ShcClaims
{
    QString issuer;         // iss: the issuer's https URL, no trailing slash
    QDateTime notBefore;    // nbf (required), UTC; seconds may be fractional
    QDateTime expires;      // exp, UTC; invalid when the card states none (most do not)
    QStringList types;      // vc.type
    QJsonObject fhirBundle; // vc.credentialSubject.fhirBundle
    QString fhirVersion;    // vc.credentialSubject.fhirVersion
};

// A compact JWS (RFC 7515 §7.1) as SMART Health Cards use it: base64url header, payload and
// signature, separated by two dots, nothing around them.
struct CompactJws
{
    QJsonObject header;
    QString algorithm;       // "alg": must be "ES256"
    QString keyId;           // "kid": the signing key's RFC 7638 thumbprint
    QString zip;             // "zip": must be "DEF" (raw DEFLATE payload)
    QByteArray signingInput; // ASCII(header "." payload), the bytes the signature covers
    QByteArray payload;      // decoded, still compressed
    QByteArray signature;    // decoded; ES256: raw r || s of 64 bytes
};

// SMART Health Card: "shc:/" numeric QR text (one or every chunk of a card) -> verified DecodedPass,
// or the stage that refused it:
//   prefix + chunk headers -> numeric -> JWS (header alg ES256, kid, zip DEF) -> raw DEFLATE (bounded)
//   -> claims (iss, nbf, exp, vc) -> signature (issuer + kid in the trust store's issuer keys)
//   -> validity (nbf/exp against the clock) -> structure (a FHIR Bundle with a Patient)
// and then, without refusing a genuine card, findings of the FHIR bundle's shape (PassDataProblem).
// Each stage is callable on its own (the conformance runner checks them one by one).
class ShcDecoder
{
public:
    struct Options
    {
        qsizetype maxInflatedSize = 64 * 1024;
    };

    // Both are referenced, not copied: they must outlive the decoder.
    ShcDecoder(const TrustStore &trust, const Clock &clock);
    ShcDecoder(const TrustStore &trust, const Clock &clock, Options options);

    // `text` is one whole-card QR text, or every chunk of a multi-chunk card, one per line, in any
    // order (ShcChunkAssembler collects them across scans and joins them so).
    Result<DecodedPass, PassError> decode(QStringView text) const;
    Result<DecodedPass, PassError> decode(QStringView text, const QDateTime &at) const;
    // A JWS on its own (the .smart-health-card file form carries JWS strings, no QR layer).
    Result<DecodedPass, PassError> decodeJws(QByteArrayView jws, const QDateTime &at) const;

    // --- the stages ---
    static bool hasPrefix(QStringView text); // "shc:/"
    static Result<ShcChunk, PassError> parseChunk(QStringView text);
    // The index and total a chunk header names ("shc:/<i>/<n>/", each 1..99), whether or not
    // parseChunk accepts the chunk (it may be too small, or its index above its total); index in
    // ShcChunk, digits empty. nullopt for a whole card or anything else.
    static std::optional<ShcChunk> chunkHeader(QStringView text);
    // Every chunk of one card -> the JWS characters, chunks put in index order.
    static Result<QByteArray, PassError> jwsFromQrTexts(const QList<QStringView> &texts);
    // Two digits per character, each pair 00..77 standing for the character 45 + pair.
    static Result<QByteArray, PassError> decodeNumeric(QStringView digits);
    static QString encodeNumeric(QByteArrayView jws);
    static Result<CompactJws, PassError> parseJws(QByteArrayView jws);
    // Raw DEFLATE (RFC 1951, no zlib or gzip header), stopping at maxOutput bytes.
    static Result<QByteArray, PassError> inflateRaw(QByteArrayView compressed, qsizetype maxOutput);
    static Result<ShcClaims, PassError> parseClaims(const QByteArray &json);
    // The issuer key for (iss, kid), and the ES256 signature verified with it: UnknownIssuer,
    // UnknownKeyId, KeyNotOfIssuer or SignatureInvalid (a DER-encoded signature is refused: JWS
    // ES256 is raw r || s, RFC 7518 §3.4).
    static Result<IssuerKey, PassError> verifySignature(const CompactJws &jws, const QString &issuer,
                                                        const TrustStore &trust);
    // nbf <= at (else NotYetValid), and at < exp when exp is present (else Expired).
    static Result<void, PassError> checkValidity(const ShcClaims &claims, const QDateTime &at);
    // The FHIR bundle -> holder, birth date, statement (immunizations -> Vaccination, COVID-19 lab
    // results -> TestResult); MalformedCredential when there is nothing a verifier can read (no
    // Patient, no immunization or result); shape findings go into pass.dataProblems.
    static Result<void, PassError> fillFromFhir(DecodedPass &pass, const ShcClaims &claims);

private:
    const TrustStore &m_trust;
    const Clock &m_clock;
    Options m_options;
};

} // namespace passgate::shc
