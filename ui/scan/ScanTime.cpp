#include "scan/ScanTime.h"

namespace passgate {

ScanTimeSource steadyScanTime()
{
    return [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
    };
}

} // namespace passgate
