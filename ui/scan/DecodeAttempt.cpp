#include "scan/DecodeAttempt.h"

namespace passgate {

QString DecodeAttempt::name() const
{
    QStringList parts;
    if (inverted)
        parts.append(QStringLiteral("inverted"));
    switch (binarizer) {
    case Binarizer::LocalAverage:
        break;
    case Binarizer::GlobalHistogram:
        parts.append(QStringLiteral("global-histogram"));
        break;
    case Binarizer::FixedThreshold:
        parts.append(QStringLiteral("fixed-threshold"));
        break;
    }
    if (scale != 1.0)
        parts.append(QStringLiteral("x%1").arg(scale));
    return parts.isEmpty() ? QStringLiteral("plain") : parts.join(QLatin1Char('+'));
}

QList<DecodeAttempt> stillPhotoAttempts()
{
    return {
        DecodeAttempt{},
        DecodeAttempt{.inverted = true},
        DecodeAttempt{.binarizer = Binarizer::GlobalHistogram, .scale = 0.5},
        DecodeAttempt{.binarizer = Binarizer::GlobalHistogram},
        DecodeAttempt{.scale = 0.75},
        DecodeAttempt{.scale = 1.5},
    };
}

QList<DecodeAttempt> liveFrameRetries()
{
    return {
        DecodeAttempt{.inverted = true},
        DecodeAttempt{.binarizer = Binarizer::GlobalHistogram, .scale = 0.5},
        DecodeAttempt{.binarizer = Binarizer::GlobalHistogram},
    };
}

} // namespace passgate
