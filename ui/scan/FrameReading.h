#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace passgate {

// What the reader made of one frame.
struct FrameReading
{
    quint64 frameIndex = 0; // counts every frame the source delivered, dropped ones included
    QStringList texts;      // the codes read; empty for a frame without one
    double decodeMs = 0;    // luminance access plus every attempt, in milliseconds
    QString attempt;        // the attempt that read the codes (DecodeAttempt::name()), empty if none did
    int attemptsTried = 0;
    bool inPlace = false; // the luminance was read in place (false: converted through QImage)
    QString error;        // why the frame could not be read at all (invalid, unmappable, ZXing refused)
    // Steady-clock ms since the earliest frame that may have shown these codes: the first frame
    // after the last one read without a code (dropped frames in between may have carried them), so
    // an upper bound on how long the code has been in view. Set by BarcodeReader, 0 when unknown.
    qint64 codeVisibleSinceMs = 0;
};

} // namespace passgate

Q_DECLARE_METATYPE(passgate::FrameReading)
