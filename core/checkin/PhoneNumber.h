#pragma once

#include "common/Result.h"

#include <QString>

namespace passgate {

enum class PhoneNumberError
{
    Empty,
    BadCharacters,
    UnknownPrefix,
    WrongLength
};

// A South Korean telephone number, validated against the national numbering plan and normalised to
// domestic digits ("01012345678"). Accepts what people type: hyphens, spaces, dots, brackets and the
// +82 / 82 country prefix (whose trunk 0 is restored).
class PhoneNumber
{
public:
    enum class Kind
    {
        Mobile,         // 010 + 8 digits; legacy 011/016/017/018/019 + 7 or 8
        Landline,       // 02 + 7/8 digits (Seoul); 0[3-6]x area codes + 7/8 digits
        Internet,       // 070 + 8 digits
        TollFree,       // 080 + 7 digits, common for venues' 안심콜 numbers
        Representative, // 15xx/16xx/18xx + 4 digits, business numbers without an area code
    };

    static Result<PhoneNumber, Error<PhoneNumberError>> parse(const QString &text);

    Kind kind() const { return m_kind; }
    const QString &digits() const { return m_digits; }
    // Grouped the way Koreans write it: 010-1234-5678, 02-123-4567, 031-1234-5678, 1588-1234.
    QString formatted() const;
    // Whether a visitor can be reached on it (contact tracing): mobile, landline or internet phone.
    bool reachesAPerson() const;

private:
    PhoneNumber(Kind kind, QString digits, int prefixLength);
    Kind m_kind;
    QString m_digits;
    int m_prefixLength;
};

} // namespace passgate
