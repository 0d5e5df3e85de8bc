#pragma once

#include "formats/PassDataProblem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace passgate::dcc {

// Facts about a DCC's data that its JSON schema cannot express, each a named check with its own
// code (formats/PassDataProblem.h). None is keyed to a country, an issuer or a file. A date is
// compared by calendar day with the latest day the issue time falls on anywhere (UTC+14), so a pass
// issued just after midnight in Seoul or Auckland is not "issued before" the day it names.
//  - birth-after-issue:          "dob" (its earliest possible day: "1964" is 1964-01-01; "1963-00"
//                                 counts as the year) after the day the pass was issued;
//  - vaccination-after-issue:    v[].dt after that day;
//  - test-after-issue:           t[].sc (the day it names) after that day;
//  - recovery-after-issue:       r[].fr (first positive test) after that day;
//  - unreadable-date:            a date the policies count from (dt, fr, df, du; sc with its
//                                 time, as tests count in hours) that is none: the schema treats "format" as
//                                 an annotation (HcertSchema). A date written with a time
//                                 ("2021-03-18T22:54:00+02:00", as some issuers do) is read by its date.
// Deliberately not checks:
//  - a dose number above the series total: issuers write boosters as 3/2 or 2/1 (after a one-dose
//    vaccine), as the eHealth Network's value-set guidance allows; the policy decides what a dose
//    counts for;
//  - r[].df after r[].du: such a recovery is valid on no day, so the policy refuses it (recovery
//    expired or not yet valid); calling it malformed would turn that justified refusal into a staff
//    question (a published ES vector, 1102, has exactly this and expects to decode).
QList<PassDataProblem> checkHcertSemantics(const QJsonObject &dcc, const QDateTime &issuedAt);

} // namespace passgate::dcc
