#include "scan/FrameDecoder.h"

#include "scan/FrameLuma.h"

#include <QElapsedTimer>

namespace passgate {

FrameReading FrameDecoder::decode(const QVideoFrame &frame, quint64 frameIndex)
{
    QElapsedTimer timer;
    timer.start();
    FrameReading reading;
    reading.frameIndex = frameIndex;
    const auto finish = [&] {
        reading.decodeMs = double(timer.nsecsElapsed()) / 1e6;
        return reading;
    };

    const FrameLuma luma(frame);
    if (!luma.isValid()) {
        reading.error = luma.error();
        return finish();
    }
    reading.inPlace = luma.inPlace();

    const auto tryAttempt = [&](const DecodeAttempt &attempt) {
        ++reading.attemptsTried;
        const auto texts = m_decoder.read(luma.view(), attempt);
        if (!texts.ok()) {
            reading.error = texts.error().reason;
            return false;
        }
        if (texts->isEmpty())
            return false;
        reading.texts = *texts;
        reading.attempt = attempt.name();
        return true;
    };

    if (tryAttempt(DecodeAttempt{}) || !reading.error.isEmpty() || m_retries.isEmpty())
        return finish();
    const auto budgetNs = std::chrono::nanoseconds(m_options.budget).count();
    for (qsizetype tried = 0; tried < m_retries.size(); ++tried) {
        if (tried > 0 && !m_options.exhaustive && timer.nsecsElapsed() >= budgetNs)
            break;
        const DecodeAttempt &retry = m_retries[m_nextRetry];
        m_nextRetry = (m_nextRetry + 1) % m_retries.size();
        if (tryAttempt(retry) || !reading.error.isEmpty())
            break;
    }
    return finish();
}

} // namespace passgate
