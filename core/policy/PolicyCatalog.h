#pragma once

#include "policy/Policy.h"
#include "policy/PolicyFile.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>

namespace passgate {

// A policy from a JSON object of any of the formats: "passgate-preset" (parameters, PresetPolicy),
// "passgate-rules" (CertLogic, RuleSetPolicy) or "eu-dcc-rules" (EU gateway rules, EuRulesPolicy).
Result<std::shared_ptr<const Policy>, PolicyFailure> policyFromJson(const QJsonObject &object);
Result<std::shared_ptr<const Policy>, PolicyFailure> policyFromFile(const QString &path);

// The policies a venue can select by name: the built-in presets (resources/policies, compiled in),
// overridden by rule sets of the same name from the installed trust bundle, so an authority can
// change the rules without a new release.
class PolicyCatalog
{
public:
    // The presets shipped in resources/policies/*.json.
    static PolicyCatalog builtIn();
    // The CertLogic renditions of the presets (resources/policies/certlogic/*.json): the same
    // verdicts, as rule sets; for tests, benchmarks and as examples for authorities.
    static PolicyCatalog builtInRuleSets();

    // Adds or replaces by name.
    void add(std::shared_ptr<const Policy> policy);
    Result<std::shared_ptr<const Policy>, PolicyFailure> find(const QString &name) const;
    QStringList names() const { return m_policies.keys(); }

private:
    static PolicyCatalog fromResourceFolder(const QString &folder);

    QMap<QString, std::shared_ptr<const Policy>> m_policies;
};

} // namespace passgate
