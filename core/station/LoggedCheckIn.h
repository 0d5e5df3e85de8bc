#pragma once

#include "checkin/CheckInMode.h"
#include "checkin/Decision.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace passgate {

// One check-in as staff see it in today's list: no personal data, only what the ledger keeps in
// the clear (mode, verdict, reason codes, front-desk category and department).
struct LoggedCheckIn
{
    QDateTime at; // UTC
    CheckInMode mode = CheckInMode::Qr;
    Verdict verdict = Verdict::Deny;
    QList<Reason> reasons; // codes; arguments only for one just recorded (never read back from disk)
    QString category;
    QString department;
};

} // namespace passgate
