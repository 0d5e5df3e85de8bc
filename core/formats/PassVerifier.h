#pragma once

#include "common/Clock.h"
#include "formats/DecodedPass.h"
#include "formats/PassError.h"
#include "formats/TrustStore.h"
#include "formats/dcc/DccDecoder.h"
#include "formats/nzcp/NzcpDecoder.h"
#include "formats/shc/ShcDecoder.h"

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace passgate {

// The one entry point for scanned text: picks the format by its prefix and verifies the pass.
// "HC1:" is the EU DCC, "shc:/" a SMART Health Card (one text, or every chunk of a card one per
// line), "NZCP:/" the NZ COVID Pass; text of no known format goes to the DCC decoder, which names
// what it found.
class PassVerifier
{
public:
    // Both are referenced, not copied: they must outlive the verifier.
    PassVerifier(const TrustStore &trust, const Clock &clock);

    // The format a text claims to be, by prefix; std::nullopt when no known format matches.
    static std::optional<PassFormat> detectFormat(QStringView text);

    // Line ends and tabs around the text (a keyboard-wedge scanner adds them) are ignored; spaces
    // are not, they are base45 characters.
    Result<DecodedPass, PassError> verify(QStringView text) const;
    Result<DecodedPass, PassError> verify(QStringView text, const QDateTime &at) const;

private:
    const Clock &m_clock;
    dcc::DccDecoder m_dcc;
    shc::ShcDecoder m_shc;
    nzcp::NzcpDecoder m_nzcp;
};

} // namespace passgate
