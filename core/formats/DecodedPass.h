#pragma once

#include "formats/PassDataProblem.h"
#include "formats/Statement.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace passgate {

// One value per format that has a decoder (a format is added with its decoder folder, never before).
enum class PassFormat
{
    EuDcc,
    SmartHealthCard, // "shc:/" numeric QR, compact JWS, FHIR bundle (core/formats/shc)
    NzCovidPass,     // "NZCP:/1/" base32, CWT (core/formats/nzcp)
};

// The stable text code ("eu-dcc"): ledger column, exports, CLI output.
inline QString passFormatCode(PassFormat format)
{
    switch (format) {
    case PassFormat::EuDcc:
        return QStringLiteral("eu-dcc");
    case PassFormat::SmartHealthCard:
        return QStringLiteral("shc");
    case PassFormat::NzCovidPass:
        return QStringLiteral("nzcp");
    }
    return QStringLiteral("format-%1").arg(int(format));
}

struct HolderName
{
    QString family;             // nam.fn, as printed (may be empty when only given is known)
    QString given;              // nam.gn
    QString familyStandardised; // nam.fnt, ICAO 9303 transliteration
    QString givenStandardised;  // nam.gnt
};

// A pass whose signature and structure have been checked, normalised across formats. This is what
// policy, ledger and UI see; nothing downstream parses pass formats again. Its data may still break
// the schema or a semantic check (dataProblems): genuine, but a person has to look.
struct DecodedPass
{
    PassFormat format = PassFormat::EuDcc;
    HolderName holder;
    QString birthDate; // as written: "1964-08-12", "1964-08", "1964" or empty
    Statement statement;
    QString issuerCountry;               // CWT iss (or the issuer key's country), ISO 3166 alpha-2
    QString issuer;                      // SHC and NZCP: the issuer's URL or DID; empty for a DCC
    QString certificateId;               // the UVCI or the format's unique id
    QByteArray kid;                      // signer key id, raw bytes
    QDateTime issued;                    // UTC
    QDateTime expires;                   // UTC
    QString schemaVersion;               // ver
    QJsonObject payload;                 // the hcert payload as JSON, for CertLogic rules
    QByteArray signature;                // raw signature bytes, for signature-hash revocation
    QList<PassDataProblem> dataProblems; // schema, then semantic findings; empty for a sound pass
};

} // namespace passgate
