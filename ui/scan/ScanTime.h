#pragma once

#include <chrono>
#include <functional>

namespace passgate {

// A monotonic time in milliseconds, injected where scanning logic compares moments (dedupe cooldown,
// keystroke bursts) so tests can set it. Not the wall clock: a clock set back must not re-admit a pass.
using ScanTimeSource = std::function<std::chrono::milliseconds()>;

// Milliseconds since an arbitrary start, from std::chrono::steady_clock.
ScanTimeSource steadyScanTime();

} // namespace passgate
