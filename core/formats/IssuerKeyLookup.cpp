#include "formats/IssuerKeyLookup.h"

namespace passgate {

Result<IssuerKey, PassError> issuerSigningKey(const IssuerKeys &keys, PassFormat format,
                                              const QString &issuer, const QString &kid)
{
    if (!keys.knowsIssuer(format, issuer))
        return fail(PassErrorCode::UnknownIssuer,
                    QStringLiteral("issuer %1 is not on the trust list").arg(issuer));
    if (const IssuerKey *key = keys.find(format, issuer, kid))
        return *key;
    QStringList owners = keys.issuersOfKid(format, kid);
    owners.removeAll(issuer);
    if (!owners.isEmpty())
        return fail(PassErrorCode::KeyNotOfIssuer,
                    QStringLiteral("key '%1' is trusted for %2, not for the pass's issuer %3")
                        .arg(kid, owners.join(QStringLiteral(", ")), issuer));
    // Where the issuer publishes its keys, so staff and operators know what to look at.
    const QString where = format == PassFormat::NzCovidPass
                              ? QStringLiteral(" (not in its DID document's assertionMethod, or no longer)")
                              : QStringLiteral(" (not in its published key set, or no longer)");
    return fail(PassErrorCode::UnknownKeyId,
                QStringLiteral("issuer %1 has no trusted key '%2'%3").arg(issuer, kid, where));
}

} // namespace passgate
