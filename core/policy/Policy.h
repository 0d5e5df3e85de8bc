#pragma once

#include "checkin/Decision.h"
#include "checkin/Evidence.h"
#include "common/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace passgate {

// Where the check-in happens: the venue type decides venue-specific allowances (e.g. a restaurant
// seating one person alone), the time zone decides where a "day" starts for policies that do not
// fix their own (the Korean presets fix Asia/Seoul).
struct Venue
{
    QString type =
        QStringLiteral("other"); // as KioskConfig::venueType: cafe, restaurant, pcbang, hospital, other
    QTimeZone timeZone = QTimeZone::utc();
};

// What a policy is, for staff and for the ledger: the stable name, what it admits, where the rule
// comes from and when it was in force. Effective dates are shown, not enforced: a venue may keep a
// historical policy for a drill, and staff see that it is out of its period.
struct PolicyInfo
{
    QString name;        // "kr-2022-01-03"
    QString description; // one paragraph for staff
    QString source;      // the authority's text the policy follows
    QDate effectiveFrom; // invalid = open
    QDate effectiveUntil;
    QString timeZoneId; // the zone the policy counts days in; empty = the venue's

    bool inEffectOn(const QDate &date) const
    {
        return (!effectiveFrom.isValid() || date >= effectiveFrom) &&
               (!effectiveUntil.isValid() || date <= effectiveUntil);
    }
};

// A venue policy: Admit / Deny / StaffCheck with reason codes, from the evidence, the venue and the
// time. Implementations are pure: the same inputs always give the same decision.
class Policy
{
public:
    virtual ~Policy() = default;
    virtual const PolicyInfo &info() const = 0;
    virtual Decision decide(const Evidence &evidence, const Venue &venue, const QDateTime &now) const = 0;

    Decision decide(const Evidence &evidence, const Venue &venue, const Clock &clock) const
    {
        return decide(evidence, venue, clock.now());
    }
};

} // namespace passgate
