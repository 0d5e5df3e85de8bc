#include "policy/PassDataCheck.h"

#include "common/IsoDateTime.h"
#include "policy/PolicyReasons.h"

namespace passgate {

QList<Reason> passDataReasons(const DecodedPass &pass, const QDateTime &now)
{
    QList<Reason> reasons;
    if (pass.issued.isValid() && now.isValid() && pass.issued > now)
        reasons.append({reason::clock, {formatIsoDateTime(now), formatIsoDateTime(pass.issued)}});
    for (const PassDataProblem &problem : pass.dataProblems)
        reasons.append({problem.code, {problem.field, problem.detail}});
    return reasons;
}

Decision checkPassData(Decision decision, const Evidence &evidence, const QDateTime &now)
{
    QList<Reason> found;
    for (const DecodedPass &pass : evidence.passes)
        found.append(passDataReasons(pass, now));
    if (found.isEmpty())
        return decision;
    found.append(decision.reasons);
    decision.reasons = std::move(found);
    decision.verdict = Verdict::StaffCheck;
    decision.validUntil = QDateTime();
    return decision;
}

} // namespace passgate
