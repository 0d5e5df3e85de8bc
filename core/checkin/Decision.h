#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace passgate {

enum class Verdict { Admit = 0, Deny = 1, StaffCheck = 2 };

// A reason is a stable code (stored in the ledger, used by tests and translations) plus arguments
// for the sentence shown to people, e.g. {"expired", {"2022-06-30"}}.
struct Reason
{
    QString code;
    QStringList args;
    friend bool operator==(const Reason &, const Reason &) = default;
};

struct Decision
{
    Verdict verdict = Verdict::Deny;
    QList<Reason> reasons;
    QDateTime validUntil; // when the admitted evidence stops counting, if known
};

} // namespace passgate
