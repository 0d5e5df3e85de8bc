#pragma once

// Shared set-up for the ledger tests: a venue with keys in a temporary data dir, sample check-ins, and
// raw SQLite access for the tests that damage a database on purpose.

#include "checkin/Decision.h"
#include "checkin/Evidence.h"
#include "common/Clock.h"
#include "crypto/X25519Key.h"
#include "ledger/Ledger.h"
#include "ledger/VenueKeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

namespace passgate::test {

inline QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

struct Venue
{
    QTemporaryDir dir;
    crypto::X25519Key owner = crypto::X25519Key::generate().value();
    VenueKeys keys = VenueKeys::install(dir.path(), owner.publicPem()).value();
    FixedClock clock{utc(2026, 3, 1)};

    QString dataDir() const { return dir.path(); }
    QString databasePath() const { return QDir(dir.path()).filePath(Ledger::DatabaseFileName); }

    LedgerOptions options() const
    {
        LedgerOptions options;
        options.dataDir = dataDir();
        options.kioskId = QStringLiteral("front-desk-1");
        return options;
    }
    LedgerResult<Ledger> open() const { return Ledger::open(options(), clock); }
    LedgerResult<Ledger> open(const LedgerOptions &given) const { return Ledger::open(given, clock); }
};

inline DecodedPass samplePass(const QString &certificateId = QStringLiteral("URN:UVCI:01:KR:ABC123/4"))
{
    DecodedPass pass;
    pass.format = PassFormat::EuDcc;
    pass.holder = {QStringLiteral("Hong"), QStringLiteral("Gildong"), QStringLiteral("HONG"),
                   QStringLiteral("GILDONG")};
    pass.birthDate = QStringLiteral("1964-08-12");
    Vaccination vaccination;
    vaccination.product = QStringLiteral("EU/1/20/1528");
    vaccination.doseNumber = 2;
    vaccination.seriesTotal = 2;
    vaccination.date = QDate(2021, 9, 1);
    vaccination.country = QStringLiteral("KR");
    vaccination.certificateId = certificateId;
    pass.statement = vaccination;
    pass.issuerCountry = QStringLiteral("KR");
    pass.certificateId = certificateId;
    return pass;
}

inline Evidence qrEvidence(const QString &certificateId = QStringLiteral("URN:UVCI:01:KR:ABC123/4"))
{
    Evidence evidence;
    evidence.mode = CheckInMode::Qr;
    evidence.passes = {samplePass(certificateId)};
    evidence.holderBirthDate = QStringLiteral("1964-08-12");
    return evidence;
}

inline Evidence phoneEvidence(const QString &phone)
{
    Evidence evidence;
    evidence.mode = CheckInMode::Phone;
    evidence.contact = phone;
    return evidence;
}

inline Decision admit(const QString &reason = QStringLiteral("vaccinated"))
{
    return Decision{Verdict::Admit, {Reason{reason, {QStringLiteral("2021-09-15")}}}, {}};
}

inline LedgerEntry checkIn(const Venue &venue, const Evidence &evidence, const Decision &decision = admit())
{
    return LedgerEntry::fromCheckIn(evidence, decision, QStringLiteral("front-desk-1"), venue.clock,
                                    venue.keys)
        .value();
}

// The same entry as the ledger hands it back: id and hashes are the ledger's to assign.
inline LedgerEntry withoutChain(LedgerEntry entry)
{
    entry.id = 0;
    entry.previousHash.clear();
    entry.hash.clear();
    return entry;
}

// Direct SQLite access, for damaging a ledger the way a disk, a person or another program would.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~RawDatabase() { sqlite3_close_v2(m_db); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    QString text(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return value;
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace passgate::test
