#pragma once

#include <QList>
#include <QString>

namespace passgate {

// Something in the data of a pass whose signature, trust and expiry are fine that does not hold:
// it breaks the published schema, or a fact the schema cannot express (born after the pass was
// issued). The signature proves who issued the pass, so such a pass is never refused outright:
// a person looks at the visitor's ID (StaffCheck), and the policy still decides on what it can read.
struct PassDataProblem
{
    QString code;   // stable, below: ledger reasons and translations key on it
    QString field;  // where, as "v[0].ma", "dob", "nam.fnt"; empty for the payload as a whole
    QString detail; // a sentence for staff and logs
    friend bool operator==(const PassDataProblem &, const PassDataProblem &) = default;
};

namespace dataproblem {
// The payload breaks the published DCC schema (the validator's finding is the detail).
inline const QString schema = QStringLiteral("pass-data-malformed");
// Semantic checks (core/formats/dcc/HcertSemantics.h says why each exists).
inline const QString birthAfterIssue = QStringLiteral("birth-after-issue");
inline const QString vaccinationAfterIssue = QStringLiteral("vaccination-after-issue");
inline const QString testAfterIssue = QStringLiteral("test-after-issue");
inline const QString recoveryAfterIssue = QStringLiteral("recovery-after-issue");
inline const QString unreadableDate = QStringLiteral("unreadable-date");
} // namespace dataproblem

} // namespace passgate
