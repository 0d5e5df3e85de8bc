#include "FuzzTarget.h"

#include "scan/EvdevRecording.h"
#include "scan/ScannerKeystrokes.h"

#include <cstdlib>
#include <linux/input-event-codes.h>

// A USB scanner's key events, read straight from its device (the kiosk's hid: source), into scans
// and rejected bursts. The first byte picks the input:
//   0: the rest is a stream of events, 6 bytes each (time step low byte, type, code (2), value,
//      time step high byte; the step in 10 us units), as a
//      device (or something posing as one) could deliver them;
//   1: the rest is an evemu-record text, as a bug report attaches it.
// Whatever arrives, the decoder ends every burst with a scan or a reason (check() says what each
// outcome must hold), never crashes or grows.

using namespace passgate;

namespace {

// What every outcome must hold, whatever the keys: a burst is two characters or more, a scan is its
// whole burst and at least minLength long; after an unplug nothing is left half-read.
void check(const std::optional<ScannerKeystrokes::Outcome> &outcome,
           const ScannerKeystrokes::Options &options)
{
    if (!outcome)
        return;
    if (outcome->length < 2)
        std::abort();
    if (outcome->payload &&
        (outcome->payload->size() != outcome->length || outcome->length < options.minLength))
        std::abort();
}

void decode(const QList<EvdevEvent> &events)
{
    for (const ScannerKeystrokes::Terminator terminator :
         {ScannerKeystrokes::Terminator::Enter, ScannerKeystrokes::Terminator::Tab}) {
        ScannerKeystrokes::Options options;
        options.terminator = terminator;
        ScannerKeystrokes keys(options);
        std::chrono::microseconds last{0};
        for (const EvdevEvent &event : events) {
            check(keys.feed(event), options);
            last = std::max(last, event.time);
        }
        check(keys.idle(last + std::chrono::seconds(1)), options);
        check(keys.cut(ScannerKeystrokes::Rejection::Unplugged), options);
        if (keys.inBurst())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 1) {
        if (auto events = EvdevRecording::parse(body))
            decode(*events);
        return 0;
    }
    QList<EvdevEvent> events;
    std::chrono::microseconds at{1'000'000};
    for (qsizetype i = 0; i + 6 <= body.size(); i += 6) {
        const auto byte = [&](qsizetype k) { return std::uint8_t(body.at(i + k)); };
        at += std::chrono::microseconds(10 * (byte(0) | (byte(5) << 8)));
        EvdevEvent event;
        event.time = at;
        event.type = byte(1) % 4 == 0 ? EV_SYN : byte(1) % 4 == 1 ? EV_MSC : EV_KEY;
        event.code = std::uint16_t(byte(2) | (byte(3) << 8)) % (KEY_MAX + 1);
        event.value = std::int8_t(byte(4)) % 3; // released, pressed, held (and negatives)
        events.append(event);
    }
    decode(events);
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    // "HC1:A1" + Enter as a scanner types it (Shift for the capitals and the colon), 4 ms a key.
    const std::pair<int, bool> keys[] = {{KEY_H, true},         {KEY_C, true}, {KEY_1, false},
                                         {KEY_SEMICOLON, true}, {KEY_A, true}, {KEY_1, false},
                                         {KEY_ENTER, false}};
    QList<EvdevEvent> events;
    std::chrono::microseconds at{1'000'000};
    const auto add = [&](int code, int value) {
        events.append({at, EV_KEY, std::uint16_t(code), value});
        events.append({at, EV_SYN, SYN_REPORT, 0});
        at += std::chrono::microseconds(2000);
    };
    QByteArray binary;
    for (const auto &[code, shifted] : keys) {
        if (shifted)
            add(KEY_LEFTSHIFT, 1);
        add(code, 1);
        add(code, 0);
        if (shifted)
            add(KEY_LEFTSHIFT, 0);
    }
    for (const EvdevEvent &event : std::as_const(events)) {
        binary.append(char(200)); // 2 ms
        binary.append(char(event.type == EV_SYN ? 0 : 2));
        binary.append(char(event.code & 0xff));
        binary.append(char(event.code >> 8));
        binary.append(char(event.value));
        binary.append(char(0));
    }
    // Alt mode: Alt + keypad 7 2 ("H").
    QList<EvdevEvent> alt;
    at = std::chrono::microseconds(2'000'000);
    for (const auto &[code, value] : std::initializer_list<std::pair<int, int>>{
             {KEY_LEFTALT, 1}, {KEY_KP7, 1}, {KEY_KP7, 0}, {KEY_KP2, 1}, {KEY_KP2, 0}, {KEY_LEFTALT, 0}}) {
        alt.append({at, EV_KEY, std::uint16_t(code), value});
        at += std::chrono::microseconds(3000);
    }
    return {withMode(0, binary), withMode(1, EvdevRecording::write(events)),
            withMode(1, EvdevRecording::write(alt)),
            withMode(1, "N: Honeywell 1900\nI: 0003 0c2e 0db1 0111\nE: 0.000001 0001 001c 0001\n")};
}
