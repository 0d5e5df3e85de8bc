#include "scan/DubeolsikKeys.h"

#include <array>

namespace passgate::DubeolsikKeys {

namespace {

constexpr char16_t FirstSyllable = 0xAC00;
constexpr char16_t LastSyllable = 0xD7A3;

// Unicode's order of the jamo inside a precomposed syllable, as compatibility jamo.
constexpr std::array<char16_t, 19> Initials = {u'ㄱ', u'ㄲ', u'ㄴ', u'ㄷ', u'ㄸ', u'ㄹ', u'ㅁ',
                                               u'ㅂ', u'ㅃ', u'ㅅ', u'ㅆ', u'ㅇ', u'ㅈ', u'ㅉ',
                                               u'ㅊ', u'ㅋ', u'ㅌ', u'ㅍ', u'ㅎ'};
constexpr std::array<char16_t, 21> Medials = {u'ㅏ', u'ㅐ', u'ㅑ', u'ㅒ', u'ㅓ', u'ㅔ', u'ㅕ',
                                              u'ㅖ', u'ㅗ', u'ㅘ', u'ㅙ', u'ㅚ', u'ㅛ', u'ㅜ',
                                              u'ㅝ', u'ㅞ', u'ㅟ', u'ㅠ', u'ㅡ', u'ㅢ', u'ㅣ'};
constexpr std::array<char16_t, 28> Finals = {
    0,     u'ㄱ', u'ㄲ', u'ㄳ', u'ㄴ', u'ㄵ', u'ㄶ', u'ㄷ', u'ㄹ', u'ㄺ', u'ㄻ', u'ㄼ', u'ㄽ', u'ㄾ',
    u'ㄿ', u'ㅀ', u'ㅁ', u'ㅂ', u'ㅄ', u'ㅅ', u'ㅆ', u'ㅇ', u'ㅈ', u'ㅊ', u'ㅋ', u'ㅌ', u'ㅍ', u'ㅎ'};

struct Key
{
    char16_t jamo;
    const char *keys; // upper case: the scanner's Base45 letters are
};
// KS X 5002: the single jamo on their keys (the doubled consonants and ㅒ ㅖ with Shift), the
// compound vowels and final clusters as the two keys typed for them.
constexpr std::array<Key, 51> Layout = {{
    {u'ㅂ', "Q"},  {u'ㅈ', "W"},  {u'ㄷ', "E"},  {u'ㄱ', "R"},  {u'ㅅ', "T"},  {u'ㅛ', "Y"},  {u'ㅕ', "U"},
    {u'ㅑ', "I"},  {u'ㅐ', "O"},  {u'ㅔ', "P"},  {u'ㅁ', "A"},  {u'ㄴ', "S"},  {u'ㅇ', "D"},  {u'ㄹ', "F"},
    {u'ㅎ', "G"},  {u'ㅗ', "H"},  {u'ㅓ', "J"},  {u'ㅏ', "K"},  {u'ㅣ', "L"},  {u'ㅋ', "Z"},  {u'ㅌ', "X"},
    {u'ㅊ', "C"},  {u'ㅍ', "V"},  {u'ㅠ', "B"},  {u'ㅜ', "N"},  {u'ㅡ', "M"},  {u'ㅃ', "Q"},  {u'ㅉ', "W"},
    {u'ㄸ', "E"},  {u'ㄲ', "R"},  {u'ㅆ', "T"},  {u'ㅒ', "O"},  {u'ㅖ', "P"},  {u'ㅘ', "HK"}, {u'ㅙ', "HO"},
    {u'ㅚ', "HL"}, {u'ㅝ', "NJ"}, {u'ㅞ', "NP"}, {u'ㅟ', "NL"}, {u'ㅢ', "ML"}, {u'ㄳ', "RT"}, {u'ㄵ', "SW"},
    {u'ㄶ', "SG"}, {u'ㄺ', "FR"}, {u'ㄻ', "FA"}, {u'ㄼ', "FQ"}, {u'ㄽ', "FT"}, {u'ㄾ', "FX"}, {u'ㄿ', "FV"},
    {u'ㅀ', "FG"}, {u'ㅄ', "QT"},
}};

const char *keysOf(char16_t jamo)
{
    for (const Key &key : Layout)
        if (key.jamo == jamo)
            return key.keys;
    return nullptr;
}

bool isSyllable(char16_t c)
{
    return c >= FirstSyllable && c <= LastSyllable;
}

} // namespace

bool containsHangul(const QString &text)
{
    for (const QChar c : text)
        if (isSyllable(c.unicode()) || keysOf(c.unicode()))
            return true;
    return false;
}

QString toKeys(const QString &text)
{
    QString keys;
    keys.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isSyllable(u)) {
            const int index = u - FirstSyllable;
            keys += QLatin1String(keysOf(Initials.at(index / (21 * 28))));
            keys += QLatin1String(keysOf(Medials.at(index / 28 % 21)));
            if (const char16_t final = Finals.at(index % 28))
                keys += QLatin1String(keysOf(final));
        } else if (const char *typed = keysOf(u)) {
            keys += QLatin1String(typed);
        } else {
            keys += c;
        }
    }
    // The SMART Health Card prefix is the one lower-case text a pass QR starts with.
    if (keys.startsWith(u"SHC:/"))
        keys.replace(0, 3, QStringLiteral("shc"));
    return keys;
}

} // namespace passgate::DubeolsikKeys
