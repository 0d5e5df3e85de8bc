#include "station/StaffPin.h"

#include "crypto/ConstantTime.h"
#include "crypto/Pbkdf2.h"
#include "crypto/SecureRandom.h"

#include <QStringList>

namespace passgate {

namespace {

constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return crypto::pbkdf2Sha256(pin.toUtf8(), salt, iterations, hashBytes);
}

bool isRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        if (pin.at(i).unicode() - pin.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}

} // namespace

Result<void, Error<StaffPinError>> StaffPin::acceptable(const QString &pin)
{
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return fail(StaffPinError::NotDigits, QStringLiteral("a PIN is digits only"));
    }
    if (pin.size() < 4)
        return fail(StaffPinError::TooShort, QStringLiteral("a PIN has at least 4 digits"));
    if (pin.size() > 8)
        return fail(StaffPinError::TooLong, QStringLiteral("a PIN has at most 8 digits"));
    if (isRun(pin, 0) || isRun(pin, 1) || isRun(pin, -1))
        return fail(StaffPinError::Trivial, QStringLiteral("a PIN like 0000 or 1234 is too easy to guess"));
    return {};
}

Result<QString, Error<StaffPinError>> StaffPin::hash(const QString &pin, int iterations)
{
    if (auto ok = acceptable(pin); !ok)
        return fail(ok.error());
    const QByteArray salt = crypto::secureRandomBytes(saltBytes);
    const QByteArray derived = salt.size() == saltBytes ? derive(pin, salt, iterations) : QByteArray();
    if (derived.isEmpty())
        return fail(StaffPinError::Crypto,
                    QStringLiteral("PBKDF2 failed: the cryptography library refused it"));
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool StaffPin::matches(const QString &pin, const QString &record)
{
    const QStringList parts = record.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256")
        return false;
    bool numeric = false;
    const int iterations = parts.at(1).toInt(&numeric);
    if (!numeric || iterations < 1000 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.size() < 8 || expected.size() != hashBytes)
        return false;
    const QByteArray actual = derive(pin, salt, iterations);
    return actual.size() == hashBytes && crypto::sameBytesInConstantTime(actual, expected);
}

} // namespace passgate
