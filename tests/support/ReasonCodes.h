#pragma once

#include "checkin/Decision.h"

#include <QStringList>

namespace passgate::test {

// The reason codes of a decision, in order: what most verdict assertions compare.
inline QStringList reasonCodes(const QList<Reason> &reasons)
{
    QStringList codes;
    for (const Reason &reason : reasons)
        codes.append(reason.code);
    return codes;
}

inline QStringList reasonCodes(const Decision &decision)
{
    return reasonCodes(decision.reasons);
}

} // namespace passgate::test
