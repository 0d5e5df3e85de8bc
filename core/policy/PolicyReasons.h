#pragma once

#include <QString>

// Reason codes policies give (stable: stored in the ledger, keyed by translations and tests).
namespace passgate::reason {

// Admitting
inline const QString vaccinated = QStringLiteral("vaccinated"); // primary series counts
inline const QString booster = QStringLiteral("booster");       // a dose beyond the primary series
inline const QString tested = QStringLiteral("tested");         // a negative test that still counts
inline const QString recovered = QStringLiteral("recovered");
inline const QString exemptMedical = QStringLiteral("exempt-medical"); // medical exemption certificate
inline const QString minor = QStringLiteral("minor");                  // under the policy's age limit

// Staff decide
inline const QString aloneOnly = QStringLiteral("alone-only"); // may be seated alone without a pass
inline const QString idCheck = QStringLiteral("id-check");     // paper / typed evidence needs the ID seen
inline const QString clock = QStringLiteral("clock");          // {now, the later reference time}
inline const QString trustListExpired = QStringLiteral("trust-list-expired"); // {bundle expiry}
inline const QString policyUnknown = QStringLiteral("policy-unknown");        // {configured name}
// A genuine pass naming something the policy's lists do not: staff see the code as the pass gives it
// (empty when it gives none) and decide. Only where that kind of statement could count at all.
inline const QString vaccineNotRecognised = QStringLiteral("vaccine-not-recognised");    // {mp}
inline const QString testTypeNotRecognised = QStringLiteral("test-type-not-recognised"); // {tt}
inline const QString diseaseNotRecognised = QStringLiteral("disease-not-recognised");    // {tg}

// Denying (the evidence shown does not count, and why)
inline const QString tooEarly = QStringLiteral("too-early"); // vaccination before its first day
inline const QString vaccinationExpired = QStringLiteral("vaccination-expired");
inline const QString incompleteSeries = QStringLiteral("incomplete-series");
inline const QString testPositive = QStringLiteral("test-positive");
inline const QString testType = QStringLiteral("test-type"); // a kind of test not accepted
inline const QString testExpired = QStringLiteral("test-expired");
inline const QString testInFuture = QStringLiteral("test-in-future");
inline const QString recoveryNotYet = QStringLiteral("recovery-not-yet");
inline const QString recoveryExpired = QStringLiteral("recovery-expired");
inline const QString exemptionExpired = QStringLiteral("exemption-expired");
inline const QString notAccepted =
    QStringLiteral("not-accepted"); // this kind of evidence does not count here
inline const QString noEvidence = QStringLiteral("no-evidence");
// 2G+: a statement that counts only beside another one, and no such other one. {types needed}
inline const QString secondStatementNeeded = QStringLiteral("second-statement-needed");
// A statement that fails the venue's gateway rules (eu-dcc-rules). {identifiers of the failing rules}
inline const QString ruleFailed = QStringLiteral("rule-failed");

} // namespace passgate::reason
