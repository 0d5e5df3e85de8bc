#pragma once

#include "checkin/Decision.h"
#include "checkin/Evidence.h"
#include "policy/Policy.h"
#include "policy/PolicyCatalog.h"
#include "trust/TrustBundle.h"

#include <QDateTime>
#include <QString>

namespace passgate {

// The kiosk's "decide" step: the venue's policy by name — a rule set of the bundle in force
// replaces the preset of the same name — then checkPassData (a genuine pass with malformed data, or
// issued after `now`, goes to staff), then checkClockAndTrust against the newest ledger entry and
// the bundle's times. An unknown policy name decides nothing: StaffCheck "policy-unknown" {name}.
class AdmissionRule
{
public:
    AdmissionRule(PolicyCatalog presets, QString policyName, Venue venue);

    Decision decide(const Evidence &evidence, const QDateTime &now, const TrustBundle *bundle,
                    const QDateTime &newestLedgerEntry = {}) const;
    // The policy that decide() applies with `bundle` in force; null when the name is unknown.
    std::shared_ptr<const Policy> policyWith(const TrustBundle *bundle) const;

    const QString &policyName() const { return m_policyName; }
    const Venue &venue() const { return m_venue; }

private:
    PolicyCatalog m_presets;
    QString m_policyName;
    Venue m_venue;
};

} // namespace passgate
