#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace passgate {

enum class Verdict
{
    Admit = 0,
    Deny = 1,
    StaffCheck = 2
};

// The stable text code ("admit", "deny", "staff-check"): ledger column, exports, CLI output.
inline QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Admit:
        return QStringLiteral("admit");
    case Verdict::Deny:
        return QStringLiteral("deny");
    case Verdict::StaffCheck:
        return QStringLiteral("staff-check");
    }
    return QStringLiteral("verdict-%1").arg(int(verdict));
}

// The inverse of verdictCode; false for unknown text.
inline bool verdictFromCode(const QString &code, Verdict *verdict)
{
    for (Verdict candidate : {Verdict::Admit, Verdict::Deny, Verdict::StaffCheck}) {
        if (verdictCode(candidate) == code) {
            *verdict = candidate;
            return true;
        }
    }
    return false;
}

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
    // A policy that wants two statements (2G+) and saw one that counts only with another: the
    // statement types that would complete it ("test"; or "vaccination", "recovery"). Empty otherwise.
    QStringList awaiting = {};
};

} // namespace passgate
