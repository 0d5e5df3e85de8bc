#pragma once

#include "common/Result.h"

#include <QString>

namespace passgate {

enum class SafetyNumberError
{
    Empty,
    WrongLength,
    BadCharacters,
    WrongMix
};

// A 개인안심번호 (personal safety number): the six characters the Naver, Kakao and PASS apps showed
// under the QR code from February 2021 so that visitors could write them into a paper log instead
// of a phone number. Four digits and two Hangul syllables in any order ("12가34나", "1가23나4");
// the issuer's mapping to a phone number is not public, so the check stops at that shape.
// Accepts what people type around it: spaces and hyphens, full-width digits, and a syllable typed as
// conjoining jamo (NFC-composed first).
class SafetyNumber
{
public:
    static Result<SafetyNumber, Error<SafetyNumberError>> parse(const QString &text);

    // The six characters, digits ASCII, syllables precomposed: what is sealed and exported.
    const QString &text() const { return m_text; }

private:
    explicit SafetyNumber(QString text);
    QString m_text;
};

} // namespace passgate
