#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace passgate {

// Reads QR codes from a still picture (a photo, a PNG from a test vector, a file given to the CLI).
// Live camera frames go through the BarcodeReader instead, which works on luminance planes in place.
class StillImageDecoder
{
public:
    struct Options
    {
        bool tryHarder = true;
        bool tryRotate = true;
        int maxSymbols = 1;
    };

    StillImageDecoder() = default;
    explicit StillImageDecoder(Options options)
        : m_options(options)
    {}

    // The texts of the QR codes found, in reading order; empty when none is found.
    QStringList decode(const QImage &image) const;
    // Loads a PNG/JPEG/WebP file first; an unreadable file yields no text and sets *error if given.
    QStringList decodeFile(const QString &path, QString *error = nullptr) const;

private:
    Options m_options;
};

} // namespace passgate
