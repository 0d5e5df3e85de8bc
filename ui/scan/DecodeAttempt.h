#pragma once

#include <QList>
#include <QString>

namespace passgate {

// How the luminance is turned into black and white before the QR detector runs.
enum class Binarizer
{
    LocalAverage,    // ZXing's hybrid binarizer: threshold from the neighbourhood; the default
    GlobalHistogram, // one threshold per picture: copes with blur and halftone where local fails
    FixedThreshold,  // threshold 127: cheap, for high-contrast renders
};

// One way of looking at a picture. The first attempt is plain; retries change one or two of these,
// because phones in dark mode show light-on-dark codes (ZXing-C++ 1.4 cannot invert by itself) and
// photos with moiré, glare or tiny modules read only at another scale or with another binarizer.
struct DecodeAttempt
{
    bool inverted = false;
    Binarizer binarizer = Binarizer::LocalAverage;
    double scale = 1.0; // resampled before decoding; 1.0 decodes the samples in place

    QString name() const;
    friend bool operator==(const DecodeAttempt &, const DecodeAttempt &) = default;
};

// The attempts for one still photo, in order, tried until one reads a code. Chosen by measurement over
// qr-photos/qrcode-2 (see docs/architecture.md, "Scanning"): each one after the first reads photos
// that none of the earlier ones read.
QList<DecodeAttempt> stillPhotoAttempts();

// The retries for a live frame after the plain attempt failed. A frame runs at least one of them
// (round robin across frames) and more while its time budget lasts, so every retry reaches a code
// held in front of the camera within a few frames even on a slow machine.
QList<DecodeAttempt> liveFrameRetries();

} // namespace passgate
