#include "kiosk/HangulKeypad.h"

#include <array>

namespace passgate {

namespace {

// Unicode's order of initial consonants, as Hangul Compatibility Jamo (what a key shows).
constexpr std::array<char16_t, 19> Initials = {u'ㄱ', u'ㄲ', u'ㄴ', u'ㄷ', u'ㄸ', u'ㄹ', u'ㅁ',
                                               u'ㅂ', u'ㅃ', u'ㅅ', u'ㅆ', u'ㅇ', u'ㅈ', u'ㅉ',
                                               u'ㅊ', u'ㅋ', u'ㅌ', u'ㅍ', u'ㅎ'};
constexpr int Vowels = 21;
constexpr int Finals = 28; // 27 final consonants and "none"
constexpr char16_t FirstSyllable = 0xAC00;

} // namespace

HangulKeypad::HangulKeypad(QObject *parent)
    : QObject(parent)
{}

QChar HangulKeypad::syllable(int initial, int vowel, int final)
{
    return QChar(char16_t(FirstSyllable + (initial * Vowels + vowel) * Finals + final));
}

void HangulKeypad::setText(const QString &text)
{
    if (text == m_text && m_stage == Stage::Initial)
        return;
    // Typed or pasted text keeps every character that matters: white space around it goes first
    // (" 12가34나" is a safety number, not "12가34" cut to length), and what is left is kept whole up
    // to a bound, so that the panel's check names the real problem (a 7-character paste "has 7",
    // not a silent cut to 6). maximumLength limits what the keys write.
    m_text = text.trimmed().left(MaximumTypedLength);
    m_stage = Stage::Initial;
    Q_EMIT changed();
}

QString HangulKeypad::preview() const
{
    return m_stage == Stage::Vowel ? m_text + QChar(Initials.at(m_initial)) : m_text;
}

QStringList HangulKeypad::keys() const
{
    QStringList keys;
    switch (m_stage) {
    case Stage::Initial:
        for (char16_t initial : Initials)
            keys.append(QString(QChar(initial)));
        break;
    case Stage::Vowel:
        for (int vowel = 0; vowel < Vowels; ++vowel)
            keys.append(QString(syllable(m_initial, vowel)));
        break;
    case Stage::Final: // the first key keeps the syllable as it is
        for (int final = 0; final < Finals; ++final)
            keys.append(QString(syllable(m_initial, m_vowel, final)));
        break;
    }
    return keys;
}

void HangulKeypad::pressKey(int index)
{
    switch (m_stage) {
    case Stage::Initial:
        if (index < 0 || index >= int(Initials.size()) || full())
            return;
        m_initial = index;
        m_stage = Stage::Vowel;
        break;
    case Stage::Vowel:
        if (index < 0 || index >= Vowels)
            return;
        m_vowel = index;
        m_text.append(syllable(m_initial, m_vowel));
        m_stage = Stage::Final;
        break;
    case Stage::Final:
        if (index < 0 || index >= Finals)
            return;
        m_text.back() = syllable(m_initial, m_vowel, index);
        m_stage = Stage::Initial;
        break;
    }
    Q_EMIT changed();
}

void HangulKeypad::type(const QString &character)
{
    if (full() && m_stage != Stage::Vowel)
        return;
    // A consonant chosen but no vowel yet makes no syllable: it is dropped, as on paper.
    m_stage = Stage::Initial;
    if (!full())
        m_text.append(character.left(m_maximumLength - m_text.size()));
    Q_EMIT changed();
}

void HangulKeypad::backspace()
{
    if (m_stage == Stage::Initial && m_text.isEmpty())
        return;
    if (m_stage != Stage::Vowel)
        m_text.chop(1);
    m_stage = Stage::Initial;
    Q_EMIT changed();
}

void HangulKeypad::clear()
{
    m_text.clear();
    m_stage = Stage::Initial;
    Q_EMIT changed();
}

} // namespace passgate
