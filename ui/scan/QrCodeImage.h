#pragma once

#include "scan/ScanError.h"

#include <QImage>
#include <QString>

namespace passgate {

// Draws TEXT as a QR code: black modules on white, modulePixels square each, with a quiet zone of
// quietZoneModules around it. For the demo source, tests and benchmarks (ZXing's writer).
Result<QImage, ScanFailure> renderQrCode(const QString &text, int modulePixels = 4, int quietZoneModules = 4);

} // namespace passgate
