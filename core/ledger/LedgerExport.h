#pragma once

#include "common/Clock.h"
#include "common/OutputFile.h"
#include "crypto/X25519Key.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerRow.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace passgate::LedgerExport {

// An export for contact tracing: the check-ins of a time window, sealed as a whole to the owner's public
// key (the contacts inside stay sealed too). The kiosk writes it and cannot read it back; the owner opens
// it with the private key and gets CSV with the phone numbers.
//
// File: the line "PASSGATE-LEDGER-EXPORT v1\n", then a SealedBox (context "passgate ledger export v1")
// of compact JSON {format, created, from, to, chain, entries: [stored rows]}.

struct Summary
{
    QDateTime from;
    QDateTime to;
    qint64 entries = 0;
    qint64 bytes = 0;
};

struct OpenedEntry
{
    LedgerEntry entry;
    QString contact;      // the opened phone number / safety number; empty when none was recorded
    QString homeDistrict; // the visitor's 시·군·구 when one was given
};

struct Opened
{
    QDateTime created;
    QDateTime from;
    QDateTime to;
    QString chain; // the chain status at export time, as `ledger verify` said it
    QList<OpenedEntry> entries;
};

inline const QByteArray FileMagic = QByteArrayLiteral("PASSGATE-LEDGER-EXPORT v1\n");
// The largest export the owner side reads (a month of a busy venue is tens of megabytes; reading a
// device or pipe up to this bound may hold about twice it in memory).
constexpr qint64 maxFileBytes = qint64(256) << 20;

// Check-ins with from <= time < to, written atomically to outPath (mode 0600; never through a link,
// an existing file only with Overwrite::Replace: common/OutputFile.h).
LedgerResult<Summary> write(const Ledger &ledger, const QDateTime &from, const QDateTime &to,
                            const QByteArray &ownerPublicKey, const QString &outPath, Overwrite overwrite,
                            const Clock &clock);

// The same for rows read from elsewhere (the replication server's copy of many kiosks): `chain` says
// how their chains were checked.
LedgerResult<Summary> writeRows(const QList<LedgerRow> &rows, const QString &chain, const QDateTime &from,
                                const QDateTime &to, const QByteArray &ownerPublicKey, const QString &outPath,
                                Overwrite overwrite, const Clock &clock);

// Opens an export with the owner's private key. Also re-checks every entry's hash against its contents.
LedgerResult<Opened> open(const QByteArray &file, const crypto::X25519Key &ownerPrivateKey);

// One header line, then one line per entry (RFC 4180 quoting; a cell starting with = + - @, tab or CR
// is written as '<cell> in quotes so that no spreadsheet runs it as a formula: an international
// number "+8210..." reads "'+8210..."). Columns:
// entry_id, time_utc, kiosk, mode, decision, reasons, passes, staff_id, contact, home_district,
// attributes.
QString toCsv(const Opened &opened);

} // namespace passgate::LedgerExport
