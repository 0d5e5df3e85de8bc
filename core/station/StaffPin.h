#pragma once

#include "common/Result.h"

#include <QString>

namespace passgate {

enum class StaffPinError
{
    TooShort,
    TooLong,
    NotDigits,
    Trivial,
    Crypto
};

// A staff PIN is stored only as a salted PBKDF2-HMAC-SHA256 record,
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", so a stolen config file does not give
// the PIN away cheaply. The iteration count travels with the record, so it can be raised later.
class StaffPin
{
public:
    static constexpr int defaultIterations = 150000;

    // Whether `pin` may become the staff PIN: 4 to 8 digits, not all one digit, not a run like 1234.
    static Result<void, Error<StaffPinError>> acceptable(const QString &pin);

    // A new record for `pin` with a fresh random salt.
    static Result<QString, Error<StaffPinError>> hash(const QString &pin, int iterations = defaultIterations);

    // True when `pin` matches `record`; false for a wrong PIN and for a malformed record.
    static bool matches(const QString &pin, const QString &record);
};

} // namespace passgate
