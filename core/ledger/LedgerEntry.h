#pragma once

#include "checkin/CheckInMode.h"
#include "checkin/Decision.h"
#include "checkin/Evidence.h"
#include "common/Clock.h"
#include "ledger/LedgerError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace passgate {

class VenueKeys;

// One pass (or paper statement) an entry rests on, with nothing that names the holder: the format,
// what it states, who issued it, and the certificate id as a keyed hash (HMAC-SHA256 with the venue
// secret; empty when the evidence carries no id).
struct LedgerPass
{
    QString format;        // passFormatCode ("eu-dcc"), or "paper"
    QString statement;     // "vaccination", "test", "recovery", "exemption"
    QString issuerCountry; // ISO 3166 alpha-2, may be empty
    QByteArray certificateHash;
    friend bool operator==(const LedgerPass &, const LedgerPass &) = default;
};

// A row of the ledger. Check-ins carry what contact tracing needs and no more: never a name or a birth
// date, the contact only sealed to the owner's key. Events record what happened to the ledger itself
// (a corrupt database moved aside, a purge checkpoint, a ledger continued) inside the same hash chain.
struct LedgerEntry
{
    enum class Kind
    {
        CheckIn,
        Event
    };

    // Stable event codes (Kind::Event); details go in attributes.
    static inline const QString CorruptDatabaseMovedAside = QStringLiteral("corrupt-database-moved-aside");
    static inline const QString PurgeCheckpoint = QStringLiteral("purge-checkpoint");
    // The first entry of a ledger started because the file of the one before was deleted, replaced or
    // overwritten while open: it records the checkpoint (through-id, anchor-hash) this ledger chains
    // to, which is the last entry of the one before, and where that one's entries were rescued.
    static inline const QString LedgerContinued = QStringLiteral("ledger-continued");
    // Attribute names the check-in path fills from Evidence.
    static inline const QString VisitorCategoryAttribute = QStringLiteral("visitor-category");
    static inline const QString DepartmentAttribute = QStringLiteral("department");
    static inline const QString AttestedAttribute = QStringLiteral("attested");

    qint64 id = 0;  // assigned by Ledger::append, strictly increasing, never reused
    QDateTime time; // UTC, from the injected clock
    Kind kind = Kind::CheckIn;
    QString kioskId;
    CheckInMode mode = CheckInMode::Qr;
    Verdict verdict = Verdict::Deny;
    QStringList reasonCodes; // Reason::code only: arguments may carry personal data
    QList<LedgerPass> passes;
    QString staffId;          // for paper and override check-ins
    QByteArray sealedContact; // SealedBox to the owner's key; null when there is no contact
    // Venue-specific labels that hold no personal data, e.g. {"visitor-category": "inpatient-visitor",
    // "ward": "3B"}. Keys: lower-case letters, digits and '-'; both bounded in length (see validate()).
    QMap<QString, QString> attributes;
    QString event; // Kind::Event: one of the event codes above

    QByteArray previousHash; // filled by the ledger: the hash chain
    QByteArray hash;

    // The one call the check-in service makes: an entry from what the check-in rested on and what was
    // decided. Seals the contact and hashes certificate ids with the venue keys.
    // Evidence::visitorCategory and Evidence::department become the attributes "visitor-category" and
    // "department".
    static LedgerResult<LedgerEntry> fromCheckIn(const Evidence &evidence, const Decision &decision,
                                                 const QString &kioskId, const Clock &clock,
                                                 const VenueKeys &keys);
    // The same at a given time (CheckInService::Steps::record hands over the check-in's time).
    static LedgerResult<LedgerEntry> fromCheckIn(const Evidence &evidence, const Decision &decision,
                                                 const QString &kioskId, const QDateTime &at,
                                                 const VenueKeys &keys);
    static LedgerEntry makeEvent(const QString &event, const QString &kioskId, const Clock &clock,
                                 QMap<QString, QString> details = {});

    // Rejects what the ledger must not store or cannot store canonically.
    LedgerResult<void> validate() const;

    friend bool operator==(const LedgerEntry &, const LedgerEntry &) = default;
};

// Stable text codes stored in the database (and shown in exports); the inverse returns false for
// unknown text. Modes, verdicts, formats and statement types have theirs beside their enums.
QString kindCode(LedgerEntry::Kind kind);
bool kindFromCode(const QString &code, LedgerEntry::Kind *kind);

} // namespace passgate
