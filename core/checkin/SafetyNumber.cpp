#include "checkin/SafetyNumber.h"

namespace passgate {

namespace {

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

} // namespace

SafetyNumber::SafetyNumber(QString text)
    : m_text(std::move(text))
{}

Result<SafetyNumber, Error<SafetyNumberError>> SafetyNumber::parse(const QString &text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString kept;
    int digits = 0;
    int syllables = 0;
    for (const QChar c : composed) {
        if (c.isSpace() || c == u'-')
            continue;
        // Full-width and other decimal digits as people's input methods produce them, stored ASCII.
        if (c.isDigit() && c.digitValue() >= 0) {
            kept.append(QChar(u'0' + c.digitValue()));
            ++digits;
        } else if (isHangulSyllable(c)) {
            kept.append(c);
            ++syllables;
        } else {
            return fail(
                SafetyNumberError::BadCharacters,
                QStringLiteral("'%1' is not part of a safety number (4 digits and 2 Hangul syllables)")
                    .arg(c));
        }
    }
    if (kept.isEmpty())
        return fail(SafetyNumberError::Empty, QStringLiteral("no safety number given"));
    if (kept.size() != 6)
        return fail(SafetyNumberError::WrongLength,
                    QStringLiteral("a safety number has 6 characters, not %1").arg(kept.size()));
    if (digits != 4 || syllables != 2)
        return fail(SafetyNumberError::WrongMix,
                    QStringLiteral("a safety number has 4 digits and 2 Hangul syllables, not %1 and %2")
                        .arg(digits)
                        .arg(syllables));
    return SafetyNumber(kept);
}

} // namespace passgate
