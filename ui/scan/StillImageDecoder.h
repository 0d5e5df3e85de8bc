#pragma once

#include "scan/DecodeAttempt.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace passgate {

// Reads QR codes from a still picture (a photo, a PNG from a test vector, a file given to the CLI).
// Live camera frames go through the BarcodeReader instead, which works on luminance planes in place.
// A photo that yields nothing is retried as stillPhotoAttempts() says (inverted, other binarizer,
// other scales); time matters less here than on a live frame.
class StillImageDecoder
{
public:
    struct Options
    {
        bool tryHarder = true;
        bool tryRotate = true;
        int maxSymbols = 1;
    };

    // What one picture gave and how: for measuring which attempts pay off.
    struct Reading
    {
        QStringList texts;
        int attemptIndex = -1; // index into attempts() of the attempt that read the codes; -1 if none did
        QString error;         // the last decoder failure, if every attempt failed with one
    };

    StillImageDecoder() = default;
    explicit StillImageDecoder(Options options)
        : m_options(options)
    {}

    // The texts of the QR codes found, in reading order; empty when none is found.
    QStringList decode(const QImage &image) const;
    // Loads a PNG/JPEG/WebP file first; an unreadable file yields no text and sets *error if given.
    QStringList decodeFile(const QString &path, QString *error = nullptr) const;

    Reading read(const QImage &image) const;
    static QList<DecodeAttempt> attempts() { return stillPhotoAttempts(); }

private:
    Options m_options;
};

} // namespace passgate
