#pragma once

#include "checkin/CheckInMode.h"
#include "formats/DecodedPass.h"

#include <QList>
#include <QString>

namespace passgate {

// Everything one check-in rests on. Kept an open set: a visitor may show two passes (vaccination +
// test), staff may read statements off paper, a phone number or personal safety number may stand in
// for a pass. Policy decides on Evidence; the ledger records it (contact sealed).
struct Evidence
{
    CheckInMode mode = CheckInMode::Qr;
    QList<DecodedPass> passes;        // verified passes, QR mode
    QList<Statement> paperStatements; // read by staff off a paper certificate, Paper mode
    QString holderBirthDate;          // for age rules when no pass carries one ("2005-03-01", "2005")
    bool idChecked = false;           // staff compared an ID document with the holder
    QString contact;                  // phone number / safety number, sealed by the ledger
    QString homeDistrict;             // 시·군·구 the visitor gives beside it (optional), sealed with it
    QString staffId;                  // who attested paper evidence or an override
    // Hospital front desk: who the visitor is to the hospital and where they go. Stable codes
    // ("patient", "guardian", "visitor", "staff", "delivery"; the ward/department as the venue names it),
    // stored in the ledger unsealed because they carry no identity; empty elsewhere.
    QString visitorCategory;
    QString department;
    // Recorded while outage mode was on (OutagePeriod): the ledger flags the entry with the reason.
    // Set by the station as it records, from its own state, never by the caller.
    bool duringOutage = false;
    QString outageReason;
    // Attested mode: what staff saw with their own eyes ("pass-on-phone", "sticker",
    // "paper-certificate"), stored as the attribute "attested".
    QString attested;
};

} // namespace passgate
