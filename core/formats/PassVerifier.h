#pragma once

#include "common/Clock.h"
#include "formats/DecodedPass.h"
#include "formats/PassError.h"
#include "formats/TrustStore.h"
#include "formats/dcc/DccDecoder.h"

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace passgate {

// The one entry point for scanned text: picks the format by its prefix and verifies the pass.
// "HC1:" is the EU DCC; other formats plug in here as they are added.
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
};

} // namespace passgate
