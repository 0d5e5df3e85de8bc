#pragma once

#include "checkin/Decision.h"

#include <QList>

namespace passgate {

// Every reason code core can put into a Decision or a check-in's outcome, each with arguments of
// the shape that code carries: the one list that the screen's words and their tests walk, so that
// no code reaches staff as a bare "rule-failed: ...". Codes backed by an enum (pass errors, ledger
// errors) are enumerated from the enum, the rest named by core's own constants; a test checks that
// every reason constant in core's sources is here.
QList<Reason> everyReasonCoreProduces();

} // namespace passgate
