#include "checkin/PhoneNumber.h"

#include <array>

namespace passgate {

namespace {

constexpr std::array areaCodes = {u"031", u"032", u"033", u"041", u"042", u"043", u"044", u"051",
                                  u"052", u"053", u"054", u"055", u"061", u"062", u"063", u"064"};
constexpr std::array legacyMobile = {u"011", u"016", u"017", u"018", u"019"};

bool startsWithAny(const QString &digits, const auto &prefixes)
{
    for (const auto *prefix : prefixes) {
        if (digits.startsWith(QStringView(prefix)))
            return true;
    }
    return false;
}

} // namespace

PhoneNumber::PhoneNumber(Kind kind, QString digits, int prefixLength)
    : m_kind(kind)
    , m_digits(std::move(digits))
    , m_prefixLength(prefixLength)
{}

Result<PhoneNumber, Error<PhoneNumberError>> PhoneNumber::parse(const QString &text)
{
    QString digits;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u'-' && c != u' ' && c != u'.' && c != u'(' && c != u')')
            return fail(PhoneNumberError::BadCharacters,
                        QStringLiteral("'%1' is not part of a phone number").arg(c));
    }
    if (digits.isEmpty())
        return fail(PhoneNumberError::Empty, QStringLiteral("no phone number given"));
    if (trimmed.startsWith(u'+') && !digits.startsWith(u"82"))
        return fail(PhoneNumberError::UnknownPrefix,
                    QStringLiteral("only South Korean numbers (+82) are accepted"));
    if (digits.startsWith(u"82") && (trimmed.startsWith(u'+') || digits.size() >= 11)) {
        digits = digits.mid(2);
        if (!digits.startsWith(u'0'))
            digits.prepend(u'0');
    }

    const auto lengthError = [&digits] {
        return fail(PhoneNumberError::WrongLength,
                    QStringLiteral("%1 digits do not make a number of this kind").arg(digits.size()));
    };
    const qsizetype n = digits.size();
    if (digits.startsWith(u"010")) {
        if (n != 11)
            return lengthError();
        return PhoneNumber(Kind::Mobile, digits, 3);
    }
    if (startsWithAny(digits, legacyMobile)) {
        if (n != 10 && n != 11)
            return lengthError();
        return PhoneNumber(Kind::Mobile, digits, 3);
    }
    if (digits.startsWith(u"070")) {
        if (n != 11)
            return lengthError();
        return PhoneNumber(Kind::Internet, digits, 3);
    }
    if (digits.startsWith(u"080")) {
        if (n != 10)
            return lengthError();
        return PhoneNumber(Kind::TollFree, digits, 3);
    }
    if (digits.startsWith(u"02")) {
        if (n != 9 && n != 10)
            return lengthError();
        return PhoneNumber(Kind::Landline, digits, 2);
    }
    if (startsWithAny(digits, areaCodes)) {
        if (n != 10 && n != 11)
            return lengthError();
        return PhoneNumber(Kind::Landline, digits, 3);
    }
    if (digits.startsWith(u"15") || digits.startsWith(u"16") || digits.startsWith(u"18")) {
        if (n != 8)
            return lengthError();
        return PhoneNumber(Kind::Representative, digits, 0);
    }
    return fail(PhoneNumberError::UnknownPrefix,
                QStringLiteral("%1 is not a Korean mobile or area code").arg(digits.left(3)));
}

QString PhoneNumber::formatted() const
{
    if (m_prefixLength == 0)
        return m_digits.left(4) + u'-' + m_digits.mid(4);
    const QString rest = m_digits.mid(m_prefixLength);
    const qsizetype middle = rest.size() - 4;
    return m_digits.left(m_prefixLength) + u'-' + rest.left(middle) + u'-' + rest.mid(middle);
}

bool PhoneNumber::reachesAPerson() const
{
    return m_kind == Kind::Mobile || m_kind == Kind::Landline || m_kind == Kind::Internet;
}

} // namespace passgate
