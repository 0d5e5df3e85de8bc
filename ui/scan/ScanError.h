#pragma once

#include "common/Result.h"

namespace passgate {

// Why the scanning pipeline could not do what it was asked; the reason text says what and where.
enum class ScanError
{
    BadSourceSpec,     // a SOURCE string that names no known frame source
    SourceUnavailable, // the camera, file or folder named is not there or cannot be opened
    UnreadableFile,    // an image or list that exists but cannot be read
    EncodeFailed,      // text that cannot be rendered as a QR code (empty, too long)
    DecoderFailure,    // ZXing refused the picture (e.g. degenerate size)
    BadDemoList,       // a demo pass list with no usable line
};

using ScanFailure = Error<ScanError>;

} // namespace passgate
