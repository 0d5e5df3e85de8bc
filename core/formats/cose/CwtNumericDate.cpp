#include "formats/cose/CwtNumericDate_p.h"

#include <QTimeZone>

#include <cmath>

namespace passgate::cose {

namespace {

// 9999-12-31: anything later is no date a pass can mean.
constexpr qint64 latestSeconds = 253402300799;

} // namespace

Result<QDateTime, PassError> cwtNumericDate(const QCborMap &claims, int key, const char *name,
                                            Fractions fractions)
{
    const QCborValue value = claims.value(key);
    const QLatin1String claim(name);
    if (value.isUndefined())
        return fail(PassErrorCode::MissingClaim, QStringLiteral("the CWT has no %1 claim").arg(claim));
    if (fractions == Fractions::Refused) {
        if (!value.isInteger() || value.toInteger() < 0 || value.toInteger() > latestSeconds)
            return fail(PassErrorCode::MalformedClaim,
                        QStringLiteral("the %1 claim is not a whole number of seconds").arg(claim));
        return QDateTime::fromSecsSinceEpoch(value.toInteger(), QTimeZone::utc());
    }
    double seconds = 0;
    if (value.isInteger())
        seconds = static_cast<double>(value.toInteger());
    else if (value.isDouble())
        seconds = value.toDouble();
    else
        return fail(PassErrorCode::MalformedClaim, QStringLiteral("the %1 claim is not a number").arg(claim));
    if (!std::isfinite(seconds) || seconds < 0 || seconds > double(latestSeconds))
        return fail(PassErrorCode::MalformedClaim,
                    QStringLiteral("the %1 claim %2 is not a date").arg(claim).arg(seconds));
    // Fractions (some issuers write float seconds) are kept to the millisecond.
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::floor(seconds * 1000.0)),
                                          QTimeZone::utc());
}

} // namespace passgate::cose
