#pragma once

#include <QString>

namespace passgate {

// The keys behind Hangul that a Korean input method in 한글 mode made of a scanner's keystrokes.
// A USB scanner types "HC1:NCFO..." as key presses; with the system input method in 2-beolsik (두벌식,
// KS X 5002) mode those keys arrive as jamo and composed syllables ("ㅗㅊ1:ㅜㅊ래..."). Every syllable
// decomposes into the jamo it was typed as, and every jamo into its key, so the key sequence comes
// back exactly; only the letter case is lost, which Base45's upper-case alphabet makes harmless
// (letters come back upper case; the lower-case "shc:/" prefix is restored).
// The last resort of the window path: reading the device directly (evdev) avoids the input method.
namespace DubeolsikKeys {

// True when `text` holds a Hangul jamo or syllable: the input method was in 한글 mode.
bool containsHangul(const QString &text);

// `text` with each jamo and syllable replaced by the keys that type it; other characters unchanged.
QString toKeys(const QString &text);

} // namespace DubeolsikKeys

} // namespace passgate
