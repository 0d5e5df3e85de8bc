#include "FuzzTarget.h"

#include "crypto/SealedBox_p.h"
#include "crypto/X25519Key.h"
#include "ledger/ContactDetails.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerExport.h"
#include "ledger/VenueKeys.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

// A sealed ledger export (.pgx) as the owner opens it (`ledger open-export`, `server export`), into
// entries and CSV. The first byte picks how deep the rest goes:
//   0: the bytes are the file;
//   1: the bytes are the export's JSON, sealed to the owner's key, so the rows behind the seal are
//      reached (each must match its hash before anything else is read);
//   2: the bytes are a sealed contact's plaintext (phone or safety number, home district).
// An export comes from a kiosk or a server the owner does not control; opening it must refuse or
// succeed, never crash, and its CSV must never hold a formula.

using namespace passgate;

namespace {

struct Fixture
{
    crypto::X25519Key owner = *crypto::X25519Key::generate();
    QByteArray file; // a real export of a few check-ins
    QByteArray json; // its plaintext

    Fixture()
    {
        QTemporaryDir dir;
        const FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()));
        LedgerOptions options;
        options.dataDir = dir.filePath(QStringLiteral("data"));
        options.kioskId = QStringLiteral("door-1");
        auto ledger = Ledger::open(options, clock);
        if (!ledger)
            return;
        const QStringList contacts{QStringLiteral("010-1234-5678"), QStringLiteral("+82 10 9876 5432"),
                                   QStringLiteral(u"12가34나")};
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            LedgerEntry entry;
            entry.time = clock.now().addSecs(60 * i);
            entry.kioskId = options.kioskId;
            entry.mode = CheckInMode::Phone;
            entry.verdict = Verdict::Admit;
            entry.reasonCodes = {QStringLiteral("no-pass")};
            entry.staffId = i == 1 ? QStringLiteral("=HYPERLINK(\"x\")") : QString();
            entry.attributes.insert(LedgerEntry::DepartmentAttribute, QStringLiteral("ward 5"));
            ContactDetails details{contacts.at(i), i == 2 ? QStringLiteral(u"부산 해운대구") : QString()};
            entry.sealedContact =
                *crypto::SealedBox::seal(owner.publicKey(), details.toPlaintext(), VenueKeys::ContactContext);
            if (!ledger->append(entry))
                return;
        }
        const QString out = dir.filePath(QStringLiteral("export.pgx"));
        if (!LedgerExport::write(*ledger, clock.now().addDays(-1), clock.now().addDays(1), owner.publicKey(),
                                 out, Overwrite::Refuse, clock))
            return;
        QFile exported(out);
        if (!exported.open(QIODevice::ReadOnly))
            return;
        file = exported.readAll();
        if (auto plain = crypto::SealedBox::open(owner, file.mid(LedgerExport::FileMagic.size()),
                                                 VenueKeys::ExportContext))
            json = *plain;
    }
};

const Fixture &fixture()
{
    static const Fixture instance;
    return instance;
}

void openAndWrite(const QByteArray &file)
{
    const auto opened = LedgerExport::open(file, fixture().owner);
    if (!opened)
        return;
    const QString csv = LedgerExport::toCsv(*opened);
    // No cell starts a formula: read as RFC 4180, no cell's content (quoted or not: a spreadsheet
    // evaluates both) begins with = + - @, tab or CR.
    const auto formula = [](QChar c) {
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    };
    bool quoted = false;
    bool cellStart = true;
    bool firstInQuotes = false;
    for (const QChar c : csv) {
        if (cellStart && c == u'"') {
            cellStart = false;
            quoted = true;
            firstInQuotes = true;
            continue;
        }
        if ((cellStart || firstInQuotes) && formula(c))
            std::abort();
        cellStart = firstInQuotes = false;
        if (c == u'"')
            quoted = !quoted; // "" inside a quoted cell toggles twice
        else if (!quoted && (c == u',' || c == u'\n'))
            cellStart = true;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        openAndWrite(body);
        break;
    case 1:
        if (auto sealed =
                crypto::SealedBox::seal(fixture().owner.publicKey(), body, VenueKeys::ExportContext))
            openAndWrite(LedgerExport::FileMagic + *sealed);
        break;
    default:
        (void)ContactDetails::fromPlaintext(body);
        break;
    }
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    return {withMode(0, fixture().file), withMode(1, fixture().json),
            withMode(2, QByteArray(R"({"contact": "010-1234-5678", "homeDistrict": "부산 해운대구"})")),
            withMode(2, "010-1234-5678")};
}
