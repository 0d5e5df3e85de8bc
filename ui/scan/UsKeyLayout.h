#pragma once

#include <QChar>

#include <optional>

namespace passgate {

// The characters behind Linux key codes (linux/input-event-codes.h) on the US layout, the layout USB
// barcode scanners emulate out of the box. Key codes name positions, not characters: reading them
// straight from the device is what makes a scan independent of the system's layout and input method.
// The numeric keypad types its digits and operators (scanners send them with Num Lock assumed on).
namespace UsKeyLayout {

// What CODE types, with Shift held or not; a null QChar for keys that type nothing printable
// (modifiers, Enter, Tab, arrows...).
QChar character(int code, bool shift);

struct Keystroke
{
    int code = 0;
    bool shift = false;
};
// The key (and Shift) that types CH on the main block; empty for characters the layout lacks.
std::optional<Keystroke> keystroke(QChar ch);

} // namespace UsKeyLayout

} // namespace passgate
