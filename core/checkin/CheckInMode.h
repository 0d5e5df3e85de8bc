#pragma once

namespace passgate {

// How the visitor was checked in; stored in the ledger. New kinds are appended, never renumbered.
enum class CheckInMode { Qr = 0, Phone = 1, Paper = 2, Override = 3 };

} // namespace passgate
