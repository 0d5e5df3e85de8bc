#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace passgate {

// An on-screen keypad that writes Hangul without a system input method: a kiosk or a counter PC has
// none set up, and a safety number (12가34나) or a home district (강남구) needs syllables.
// A syllable is made in taps the way it is written: its initial consonant, then the syllable with
// its vowel (가 개 갸 ... 기, all 21 shown), then the syllable as it is or with a final consonant
// (가 각 갂 ... 갛). Digits and a space go in between. Any of the 11,172 modern syllables can be made.
class HangulKeypad : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    // What the field shows: the text, and the consonant chosen for a syllable not finished yet.
    Q_PROPERTY(QString preview READ preview NOTIFY changed)
    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    // The Hangul keys to show now: consonants, the syllables with each vowel, or those with each final.
    Q_PROPERTY(QStringList keys READ keys NOTIFY changed)
    // How many characters the keys write; text set directly (typed, pasted) is trimmed, not cut to it.
    Q_PROPERTY(int maximumLength MEMBER m_maximumLength NOTIFY changed)

public:
    enum class Stage
    {
        Initial, // choose the initial consonant of the next syllable
        Vowel,   // choose the syllable (its vowel) for the consonant chosen
        Final    // the syllable is written: keep it (first key) or add a final consonant
    };
    Q_ENUM(Stage)

    explicit HangulKeypad(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QString preview() const;
    Stage stage() const { return m_stage; }
    QStringList keys() const;

    // The key at `index` of keys().
    Q_INVOKABLE void pressKey(int index);
    // A digit, a space or any other character typed as it is; ends a syllable being made.
    Q_INVOKABLE void type(const QString &character);
    // Takes back the last step: the consonant chosen, or the last character.
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void clear();

    // Text set directly longer than this is no safety number or district, whatever it is.
    static constexpr int MaximumTypedLength = 64;

    // The precomposed syllable of jamo indexes (initial 0-18, vowel 0-20, final 0-27, 0 = none).
    static QChar syllable(int initial, int vowel, int final = 0);

Q_SIGNALS:
    void changed();

private:
    bool full() const { return m_text.size() >= m_maximumLength; }

    QString m_text;
    Stage m_stage = Stage::Initial;
    int m_initial = -1;
    int m_vowel = -1;
    int m_maximumLength = 6;
};

} // namespace passgate
