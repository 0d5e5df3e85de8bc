#pragma once

#include "scan/DecodeAttempt.h"
#include "scan/LumaView.h"
#include "scan/ScanError.h"

#include <QStringList>

namespace passgate {

// The one place that calls ZXing's reader: QR codes only, ZXing exceptions turned into error values.
class LumaDecoder
{
public:
    struct Options
    {
        bool tryHarder = true;
        bool tryRotate = false; // QR detection is rotation invariant; ZXing's rotations only help 1D codes
        bool tryDownscale = true;
        int maxSymbols = 1;
        int maxScaledSide = 2560; // an upscaling attempt that would exceed this is skipped (memory, time)
    };

    LumaDecoder() = default;
    explicit LumaDecoder(Options options)
        : m_options(options)
    {}

    const Options &options() const { return m_options; }

    // The texts of the valid codes found, in ZXing's reading order; empty when none is found.
    Result<QStringList, ScanFailure> read(const LumaView &view, const DecodeAttempt &attempt) const;

private:
    Options m_options;
};

} // namespace passgate
