#include "station/ReasonCatalog.h"

#include "checkin/CheckInService.h"
#include "formats/PassDataProblem.h"
#include "formats/PassError.h"
#include "ledger/LedgerError.h"
#include "policy/PolicyReasons.h"
#include "station/CheckInStation.h"
#include "trust/PassRevocation.h"
#include "trust/TrustedPassReader.h"

namespace passgate {

QList<Reason> everyReasonCoreProduces()
{
    QList<Reason> reasons;
    // Enum-backed: every value up to the first without a name (enumerators are only appended), so
    // a code added to an enum is in the list without anyone remembering to add it.
    for (int i = 0;; ++i) {
        const QString name = errorCodeName(static_cast<PassErrorCode>(i));
        if (name.isEmpty())
            break;
        reasons.append({name, {QStringLiteral("the reader's sentence, 2022-06-30T00:00:00Z")}});
    }
    for (int i = 0;; ++i) {
        const auto code = static_cast<LedgerCode>(i);
        if (ledgerCodeName(code) == u"unknown")
            break;
        reasons.append(ledgerReason(LedgerError{code, QStringLiteral("SQLite's and the system's words")}));
    }

    const QStringList none;
    const auto one = [](const QString &arg) { return QStringList{arg}; };
    // Policy (policy/PolicyReasons.h, policy/EuRulesPolicy_p.h).
    for (const QString &code :
         {reason::vaccinated,         reason::booster,          reason::tested,
          reason::recovered,          reason::exemptMedical,    reason::minor,
          reason::aloneOnly,          reason::idCheck,          reason::tooEarly,
          reason::vaccinationExpired, reason::incompleteSeries, reason::testPositive,
          reason::testType,           reason::testExpired,      reason::testInFuture,
          reason::recoveryNotYet,     reason::recoveryExpired,  reason::exemptionExpired,
          reason::notAccepted,        reason::noEvidence})
        reasons.append({code, none});
    reasons.append(
        {reason::clock, {QStringLiteral("2022-01-03T12:00:00Z"), QStringLiteral("2022-01-05T08:00:00Z")}});
    reasons.append({reason::trustListExpired, one(QStringLiteral("2022-02-01T00:00:00Z"))});
    reasons.append({reason::policyUnknown, one(QStringLiteral("kr-2099"))});
    reasons.append({reason::vaccineNotRecognised, one(QStringLiteral("EU/1/20/1528"))});
    reasons.append({reason::testTypeNotRecognised, one(QStringLiteral("LP1234-5"))});
    reasons.append({reason::diseaseNotRecognised, one(QStringLiteral("6142004"))});
    reasons.append({reason::secondStatementNeeded, one(QStringLiteral("test"))});
    reasons.append({reason::ruleFailed, {QStringLiteral("VR-DE-0001"), QStringLiteral("TR-DE-0004")}});
    // A genuine pass whose data needs a person (formats/PassDataProblem.h): {field, detail}.
    for (const QString &code :
         {dataproblem::schema, dataproblem::birthAfterIssue, dataproblem::vaccinationAfterIssue,
          dataproblem::testAfterIssue, dataproblem::recoveryAfterIssue, dataproblem::unreadableDate})
        reasons.append({code, {QStringLiteral("v[0].dt"), QStringLiteral("the detail")}});
    // Trust (trust/): revoked {certificate id}, no trust list {the reader's sentence}.
    reasons.append({revokedReason, one(QStringLiteral("URN:UVCI:01:DE:REVOKED#1"))});
    reasons.append({trustMissingReason, one(QStringLiteral("no trust list installed"))});
    // The check-in itself (checkin/CheckInService.h, station/CheckInStation.h).
    reasons.append({reason::notRecorded, one(QStringLiteral("ledger-disk-full"))});
    reasons.append({reason::override, one(QStringLiteral("booster card shown"))});
    reasons.append({reason::noReasonGiven, none});
    reasons.append({reason::demonstration, none});
    for (const QString &seen :
         {QStringLiteral("pass-on-phone"), QStringLiteral("sticker"), QStringLiteral("paper-certificate")})
        reasons.append({reason::staffAttested, one(seen)});
    reasons.append({reason::awaitingSecondPass, one(QStringLiteral("test"))});
    reasons.append({reason::secondPassMissing, one(QStringLiteral("vaccination"))});
    reasons.append({reason::secondPassOtherPerson, none});
    reasons.append({reason::attestationIncomplete, none});
    for (const QString &kind :
         {QStringLiteral("web-address"), QStringLiteral("empty"), QStringLiteral("other")})
        reasons.append({reason::notAPass, one(kind)});
    reasons.append({reason::ledgerMissing, one(QStringLiteral("/var/lib/passgate is in use by pid 4242"))});
    return reasons;
}

} // namespace passgate
