#include "station/AdmissionRule.h"

#include "policy/ClockSanity_p.h"
#include "policy/PassDataCheck.h"
#include "policy/PolicyReasons.h"

namespace passgate {

AdmissionRule::AdmissionRule(PolicyCatalog presets, QString policyName, Venue venue)
    : m_presets(std::move(presets))
    , m_policyName(std::move(policyName))
    , m_venue(std::move(venue))
{}

std::shared_ptr<const Policy> AdmissionRule::policyWith(const TrustBundle *bundle) const
{
    if (bundle) {
        for (const std::shared_ptr<const Policy> &ruleSet : bundle->ruleSets) {
            if (ruleSet->info().name == m_policyName)
                return ruleSet;
        }
    }
    auto preset = m_presets.find(m_policyName);
    return preset ? *preset : nullptr;
}

Decision AdmissionRule::decide(const Evidence &evidence, const QDateTime &now, const TrustBundle *bundle,
                               const QDateTime &newestLedgerEntry) const
{
    Decision decision;
    if (const std::shared_ptr<const Policy> policy = policyWith(bundle)) {
        decision = policy->decide(evidence, m_venue, now);
    } else {
        decision.verdict = Verdict::StaffCheck;
        decision.reasons = {{reason::policyUnknown, {m_policyName}}};
    }
    decision = checkPassData(std::move(decision), evidence, now);
    TimeReferences references;
    references.newestLedgerEntry = newestLedgerEntry;
    if (bundle) {
        references.bundleIssued = bundle->issued;
        references.bundleExpires = bundle->expires;
    }
    return checkClockAndTrust(std::move(decision), now, references);
}

} // namespace passgate
