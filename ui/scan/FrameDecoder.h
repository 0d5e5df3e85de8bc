#pragma once

#include "scan/DecodeAttempt.h"
#include "scan/FrameReading.h"
#include "scan/LumaDecoder.h"

#include <QVideoFrame>

#include <chrono>

namespace passgate {

// Reads the codes of one live frame: the plain attempt, then liveFrameRetries() while the frame's budget
// lasts. At least one retry runs per empty frame and the retries rotate across frames, so a light-on-dark
// code held in front of the camera is read within a few frames however slow the machine. Not thread-safe:
// one instance per worker thread.
class FrameDecoder
{
public:
    struct Options
    {
        LumaDecoder::Options luma{
            .tryHarder = true, .tryRotate = false, .tryDownscale = true, .maxSymbols = 1};
        std::chrono::milliseconds budget{35}; // per frame, plain attempt included
        bool exhaustive = false;              // every retry on every empty frame (tests, stills)
    };

    FrameDecoder() = default;
    explicit FrameDecoder(Options options)
        : m_options(options)
        , m_decoder(options.luma)
    {}

    FrameReading decode(const QVideoFrame &frame, quint64 frameIndex);

    const Options &options() const { return m_options; }

private:
    Options m_options;
    LumaDecoder m_decoder{m_options.luma};
    QList<DecodeAttempt> m_retries = liveFrameRetries();
    qsizetype m_nextRetry = 0;
};

} // namespace passgate
