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

// The attempts for one still photo, in order, tried until one reads a code; cheap ones first. Chosen by
// measurement over qr-photos/qrcode-2 (56 photos): plain reads 42, inverted +3 (dark mode, qr-inv),
// global histogram at half size +4 (halftone, moire), global histogram +2, x0.75 +1, x1.5 +1: 53
// (passgate-cli decode-images DIR --attempts prints these counts).
QList<DecodeAttempt> stillPhotoAttempts();

// The retries for a live frame after the plain attempt found nothing: the first three still-photo
// attempts (51 of the 56 photos; the two rescaling ones cost 2-5 times a plain attempt for one photo
// each). A frame runs at least one of them (round robin across frames) and more while its time budget
// lasts, so every retry reaches a code held in front of the camera within a few frames even on a slow
// machine.
QList<DecodeAttempt> liveFrameRetries();

} // namespace passgate
