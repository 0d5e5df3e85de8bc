#include "policy/PolicyCatalog.h"

#include "common/JsonFile.h"
#include "policy/EuRulesPolicy_p.h"
#include "policy/PresetPolicy_p.h"
#include "policy/RuleSetPolicy_p.h"

#include <QDir>

// The presets live in passgate_core's resources (see resources/CMakeLists.txt); a static library
// must name its resource initialiser once before first use.
static void initialisePolicyResources()
{
    Q_INIT_RESOURCE(passgate_policies);
}

namespace passgate {

Result<std::shared_ptr<const Policy>, PolicyFailure> policyFromJson(const QJsonObject &object)
{
    const QString format = object.value(u"format").toString();
    if (format == u"passgate-preset") {
        auto preset = PresetPolicy::fromJson(object);
        if (!preset)
            return fail(preset.error());
        return std::shared_ptr<const Policy>(std::make_shared<PresetPolicy>(std::move(preset).value()));
    }
    if (format == u"passgate-rules") {
        auto rules = RuleSetPolicy::fromJson(object);
        if (!rules)
            return fail(rules.error());
        return std::shared_ptr<const Policy>(std::make_shared<RuleSetPolicy>(std::move(rules).value()));
    }
    if (format == u"eu-dcc-rules") {
        auto rules = EuRulesPolicy::fromJson(object);
        if (!rules)
            return fail(rules.error());
        return std::shared_ptr<const Policy>(std::make_shared<EuRulesPolicy>(std::move(rules).value()));
    }
    return fail(PolicyError::Malformed,
                QStringLiteral("unknown policy format '%1' (passgate-preset, passgate-rules or eu-dcc-rules)")
                    .arg(format));
}

Result<std::shared_ptr<const Policy>, PolicyFailure> policyFromFile(const QString &path)
{
    const auto document = readJsonFile(path);
    if (!document)
        return fail(PolicyError::Malformed, document.error().reason);
    auto policy = policyFromJson(document->object());
    if (!policy)
        return fail(policy.error().code, path + QStringLiteral(": ") + policy.error().reason);
    return policy;
}

PolicyCatalog PolicyCatalog::fromResourceFolder(const QString &folder)
{
    initialisePolicyResources();
    PolicyCatalog catalog;
    const QDir dir(folder);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto policy = policyFromFile(dir.filePath(file));
        // The shipped files are tested (tst_policy_presets); a broken one is a build defect.
        if (!policy)
            qFatal("built-in policy %s: %s", qPrintable(file), qPrintable(policy.error().reason));
        catalog.add(*policy);
    }
    return catalog;
}

PolicyCatalog PolicyCatalog::builtIn()
{
    return fromResourceFolder(QStringLiteral(":/policies"));
}

PolicyCatalog PolicyCatalog::builtInRuleSets()
{
    return fromResourceFolder(QStringLiteral(":/policies/certlogic"));
}

void PolicyCatalog::add(std::shared_ptr<const Policy> policy)
{
    if (policy)
        m_policies.insert(policy->info().name, std::move(policy));
}

Result<std::shared_ptr<const Policy>, PolicyFailure> PolicyCatalog::find(const QString &name) const
{
    const auto found = m_policies.constFind(name);
    if (found == m_policies.constEnd())
        return fail(PolicyError::UnknownPolicy,
                    QStringLiteral("no policy named '%1' (known: %2)")
                        .arg(name, QStringList(m_policies.keys()).join(QStringLiteral(", "))));
    return *found;
}

} // namespace passgate
