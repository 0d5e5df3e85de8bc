#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <optional>

namespace passgate {

// One event as the kernel reports it on /dev/input/eventN (struct input_event), with its timestamp on
// the monotonic clock. Recorded streams (evemu-record's "E:" lines) read into the same shape.
struct EvdevEvent
{
    std::chrono::microseconds time{0};
    std::uint16_t type = 0;
    std::uint16_t code = 0;
    std::int32_t value = 0;
};

// Reads a USB barcode scanner's key events, taken straight from its device, into scanned payloads.
// Key codes become characters through the US layout with the device's own Shift and Caps Lock state
// (the system's layout and input method never see these keys); Alt + keypad digits, which scanners
// send in their layout-independent "Alt mode", become the character with that code.
//
// A scanner types a whole code in one burst, 2-10 ms per key; a person types 80-300 ms per key. A
// burst is a run of characters with no gap longer than maxKeyGap between key presses (measured on the
// kernel's timestamps, so a busy kiosk cannot stretch or squeeze them). It is a scan when it is at
// least minLength characters and ends with the terminator key within maxKeyGap, or, for scanners
// set up without a suffix, when it starts with a known pass prefix and silence follows. Everything
// else is a rejected burst with its reason; single keystrokes are a person typing and not counted.
// Held keys (autorepeat) and editing keys end a burst: nobody holds a key to scan.
class ScannerKeystrokes
{
public:
    enum class Terminator
    {
        Enter,
        Tab,
    };
    struct Options
    {
        std::chrono::microseconds maxKeyGap{std::chrono::milliseconds(40)};
        int minLength = 8;
        Terminator terminator = Terminator::Enter;
        QStringList prefixes{QStringLiteral("HC1:"), QStringLiteral("shc:/"), QStringLiteral("NZCP:/")};
    };

    enum class Rejection
    {
        TooShort,     // a quick burst shorter than minLength (a barcode that is no pass, or a fast digraph)
        NoTerminator, // a burst that ended in silence without the terminator and without a pass prefix
        Interrupted,  // an editing key, a held key or a slow key in the middle of a burst
        EventsLost,   // the kernel's buffer overflowed (SYN_DROPPED): keys are missing
        Unplugged,    // the device went away in the middle of a burst
    };

    struct Outcome
    {
        std::optional<QString> payload; // set for a scan
        Rejection rejection = Rejection::TooShort;
        int length = 0;                  // characters in the burst
        std::chrono::microseconds at{0}; // the last key's time
        bool isScan() const { return payload.has_value(); }
    };

    ScannerKeystrokes() = default;
    explicit ScannerKeystrokes(Options options);

    // One event from the device; a burst that it completes or breaks comes back.
    std::optional<Outcome> feed(const EvdevEvent &event);
    // No event since the last one until NOW: a burst that silence ends comes back. The device path
    // calls this from a timer maxKeyGap after each key; recorded streams call it at their end.
    std::optional<Outcome> idle(std::chrono::microseconds now);
    // The device is gone (or lost events): the burst in progress, if any, is rejected.
    std::optional<Outcome> cut(Rejection reason);

    bool inBurst() const { return !m_burst.isEmpty(); }
    const Options &options() const { return m_options; }

private:
    std::optional<Outcome> typed(QChar ch, std::chrono::microseconds at);
    std::optional<Outcome> terminated(std::chrono::microseconds at);
    std::optional<Outcome> endBurst(std::chrono::microseconds at, std::optional<Rejection> forced);

    Options m_options;
    QString m_burst;
    std::chrono::microseconds m_lastKeyAt{0};
    int m_shiftsDown = 0;
    bool m_capsLock = false;
    bool m_altDown = false;
    int m_altCode = -1; // the Alt + keypad code so far; -1 when no digit was typed
};

QString scannerRejectionName(ScannerKeystrokes::Rejection rejection);

} // namespace passgate
