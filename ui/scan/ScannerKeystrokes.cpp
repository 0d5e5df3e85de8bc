#include "scan/ScannerKeystrokes.h"

#include "scan/UsKeyLayout.h"

#include <linux/input-event-codes.h>

#include <algorithm>
#include <utility>

namespace passgate {

namespace {

int keypadDigit(int code)
{
    switch (code) {
    case KEY_KP0:
        return 0;
    case KEY_KP1:
        return 1;
    case KEY_KP2:
        return 2;
    case KEY_KP3:
        return 3;
    case KEY_KP4:
        return 4;
    case KEY_KP5:
        return 5;
    case KEY_KP6:
        return 6;
    case KEY_KP7:
        return 7;
    case KEY_KP8:
        return 8;
    case KEY_KP9:
        return 9;
    default:
        return -1;
    }
}

// Keys a person edits with; a scanner never sends them inside a code.
bool isEditingKey(int code)
{
    switch (code) {
    case KEY_BACKSPACE:
    case KEY_ESC:
    case KEY_DELETE:
    case KEY_LEFT:
    case KEY_RIGHT:
    case KEY_UP:
    case KEY_DOWN:
    case KEY_HOME:
    case KEY_END:
    case KEY_ENTER:
    case KEY_KPENTER:
    case KEY_TAB:
        return true;
    default:
        return false;
    }
}

} // namespace

ScannerKeystrokes::ScannerKeystrokes(Options options)
    : m_options(std::move(options))
{}

std::optional<ScannerKeystrokes::Outcome> ScannerKeystrokes::feed(const EvdevEvent &event)
{
    if (event.type == EV_SYN && event.code == SYN_DROPPED)
        return cut(Rejection::EventsLost);
    if (event.type != EV_KEY)
        return std::nullopt; // SYN_REPORT, MSC_SCAN, LEDs: nothing typed
    const int code = event.code;
    const bool pressed = event.value == 1;
    switch (code) {
    case KEY_LEFTSHIFT:
    case KEY_RIGHTSHIFT:
        if (event.value != 2)
            m_shiftsDown = std::max(0, m_shiftsDown + (pressed ? 1 : -1));
        return std::nullopt;
    case KEY_CAPSLOCK:
        if (pressed)
            m_capsLock = !m_capsLock;
        return std::nullopt;
    case KEY_LEFTALT:
    case KEY_RIGHTALT:
        if (pressed) {
            m_altDown = true;
            m_altCode = -1;
        } else if (event.value == 0) {
            m_altDown = false;
            // Alt mode: the character is typed when Alt is let go. Codes outside printable ASCII are
            // not in any pass alphabet: they interrupt the burst like an editing key.
            const int typedCode = std::exchange(m_altCode, -1);
            if (typedCode >= 0x20 && typedCode < 0x7f)
                return typed(QChar(typedCode), event.time);
            if (typedCode >= 0 && inBurst())
                return endBurst(event.time, Rejection::Interrupted);
        }
        return std::nullopt;
    default:
        break;
    }
    if (event.value == 2) // autorepeat: someone holds a key down
        return inBurst() ? endBurst(event.time, Rejection::Interrupted) : std::nullopt;
    if (!pressed)
        return std::nullopt;
    if (m_altDown) {
        if (const int digit = keypadDigit(code); digit >= 0)
            m_altCode = std::max(0, m_altCode) * 10 + digit;
        return std::nullopt;
    }
    const bool terminator = m_options.terminator == Terminator::Enter
                                ? code == KEY_ENTER || code == KEY_KPENTER
                                : code == KEY_TAB;
    if (terminator)
        return terminated(event.time);
    QChar ch = UsKeyLayout::character(code, m_shiftsDown > 0);
    if (!ch.isNull()) {
        if (m_capsLock && ch.isLetter())
            ch = ch.isUpper() ? ch.toLower() : ch.toUpper();
        return typed(ch, event.time);
    }
    if (isEditingKey(code) && inBurst())
        return endBurst(event.time, Rejection::Interrupted);
    return std::nullopt; // Ctrl, function keys and the like type nothing and break nothing
}

std::optional<ScannerKeystrokes::Outcome> ScannerKeystrokes::idle(std::chrono::microseconds now)
{
    if (inBurst() && now - m_lastKeyAt > m_options.maxKeyGap)
        return endBurst(m_lastKeyAt, std::nullopt);
    return std::nullopt;
}

std::optional<ScannerKeystrokes::Outcome> ScannerKeystrokes::cut(Rejection reason)
{
    m_shiftsDown = 0;
    m_altDown = false;
    m_altCode = -1;
    return inBurst() ? endBurst(m_lastKeyAt, reason) : std::nullopt;
}

std::optional<ScannerKeystrokes::Outcome> ScannerKeystrokes::typed(QChar ch, std::chrono::microseconds at)
{
    std::optional<Outcome> ended;
    if (inBurst() && at - m_lastKeyAt > m_options.maxKeyGap)
        ended = endBurst(m_lastKeyAt, std::nullopt);
    m_burst += ch;
    m_lastKeyAt = at;
    return ended;
}

std::optional<ScannerKeystrokes::Outcome> ScannerKeystrokes::terminated(std::chrono::microseconds at)
{
    if (!inBurst())
        return std::nullopt;
    if (at - m_lastKeyAt > m_options.maxKeyGap)
        return endBurst(m_lastKeyAt, std::nullopt); // silence ended it; this Enter is a person's
    if (m_burst.size() < 2) {
        m_burst.clear(); // one key and Enter: typing
        return std::nullopt;
    }
    Outcome outcome;
    outcome.length = int(m_burst.size());
    outcome.at = at;
    if (m_burst.size() >= m_options.minLength)
        outcome.payload = std::exchange(m_burst, QString());
    else
        m_burst.clear(); // TooShort
    return outcome;
}

std::optional<ScannerKeystrokes::Outcome> ScannerKeystrokes::endBurst(std::chrono::microseconds at,
                                                                      std::optional<Rejection> forced)
{
    const QString burst = std::exchange(m_burst, QString());
    if (burst.size() < 2)
        return std::nullopt; // a single keystroke is a person typing, not a burst
    Outcome outcome;
    outcome.length = int(burst.size());
    outcome.at = at;
    if (forced) {
        outcome.rejection = *forced;
    } else if (burst.size() < m_options.minLength) {
        outcome.rejection = Rejection::TooShort;
    } else {
        const bool knownPass =
            std::any_of(m_options.prefixes.cbegin(), m_options.prefixes.cend(),
                        [&](const QString &prefix) { return burst.startsWith(prefix, Qt::CaseInsensitive); });
        if (knownPass)
            outcome.payload = burst; // a scanner set up without a suffix
        else
            outcome.rejection = Rejection::NoTerminator;
    }
    return outcome;
}

QString scannerRejectionName(ScannerKeystrokes::Rejection rejection)
{
    switch (rejection) {
    case ScannerKeystrokes::Rejection::TooShort:
        return QStringLiteral("too-short");
    case ScannerKeystrokes::Rejection::NoTerminator:
        return QStringLiteral("no-terminator");
    case ScannerKeystrokes::Rejection::Interrupted:
        return QStringLiteral("interrupted");
    case ScannerKeystrokes::Rejection::EventsLost:
        return QStringLiteral("events-lost");
    case ScannerKeystrokes::Rejection::Unplugged:
        return QStringLiteral("unplugged");
    }
    return QStringLiteral("unknown");
}

} // namespace passgate
