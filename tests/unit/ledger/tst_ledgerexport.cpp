#include "LedgerFixtures.h"

#include "crypto/SealedBox_p.h"
#include "ledger/LedgerExport.h"

#include <QDirIterator>
#include <QTest>

using namespace passgate;
using namespace passgate::test;
using namespace std::chrono_literals;

namespace {

const QStringList Phones = {QStringLiteral("010-1234-5678"), QStringLiteral("+82 10 9876 5432"),
                            QStringLiteral(u"12가34나"), QStringLiteral(u"1가23나4")};
const QString District = QStringLiteral(u"부산 해운대구");

// Phone, paper and safety-number check-ins with contacts (the last with a home district), one QR
// check-in without, and venue attributes.
QList<LedgerEntry> recordVisits(Venue &venue, Ledger &ledger)
{
    QList<LedgerEntry> written;
    for (int i = 0; i < Phones.size(); ++i) {
        Evidence evidence = phoneEvidence(Phones.at(i));
        if (i == 2) {
            evidence.mode = CheckInMode::Paper;
            evidence.staffId = QStringLiteral("staff-3");
            evidence.paperStatements = {Vaccination{}};
        }
        if (i == 3) {
            evidence.mode = CheckInMode::SafetyNumber;
            evidence.homeDistrict = District;
            evidence.duringOutage = true; // recorded in outage mode: the flag travels with the entry
            evidence.outageReason = QStringLiteral("national QR service down");
        }
        LedgerEntry entry = checkIn(venue, evidence);
        entry.attributes.insert(QStringLiteral("visitor-category"), QStringLiteral("guardian"));
        entry.attributes.insert(QStringLiteral("department"), QStringLiteral("pediatrics, ward 5"));
        auto id = ledger.append(entry);
        if (!id)
            qFatal("append failed");
        entry.id = *id;
        written.append(entry);
        venue.clock.advance(5min);
    }
    LedgerEntry qr = checkIn(venue, qrEvidence());
    qr.id = *ledger.append(qr);
    written.append(qr);
    return written;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class LedgerExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // OWASP CSV injection: no cell a person or a pass could fill is read as a formula by a spreadsheet.
    void csvCellsAreNeverFormulas_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell"); // as written between two commas
        QTest::newRow("staff id =") << "staff"
                                    << "=HYPERLINK(\"http://x\")"
                                    << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("contact +") << "contact"
                                   << "+82 10 9876 5432"
                                   << "\"'+82 10 9876 5432\"";
        QTest::newRow("district -") << "district"
                                    << "-2+3"
                                    << "\"'-2+3\"";
        QTest::newRow("district @") << "district"
                                    << "@SUM(1+1)"
                                    << "\"'@SUM(1+1)\"";
        QTest::newRow("staff tab") << "staff"
                                   << "\t=1+1"
                                   << "\"'\t=1+1\"";
        QTest::newRow("kiosk CR") << "kiosk"
                                  << "\r=1"
                                  << "\"'\r=1\"";
        QTest::newRow("plain text stays as it is") << "district" << District << District;
        QTest::newRow("a comma is quoted, no apostrophe") << "staff"
                                                          << "kim, j"
                                                          << "\"kim, j\"";
        QTest::newRow("a minus inside is no formula") << "kiosk"
                                                      << "door-2"
                                                      << "door-2";
    }

    void csvCellsAreNeverFormulas()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, cell);
        LedgerExport::OpenedEntry item;
        item.entry.id = 7;
        item.entry.time = utc(2026, 3, 1, 9);
        item.entry.kioskId = field == u"kiosk" ? value : QStringLiteral("k1");
        item.entry.staffId = field == u"staff" ? value : QString();
        item.contact = field == u"contact" ? value : QString();
        item.homeDistrict = field == u"district" ? value : QString();
        LedgerExport::Opened opened;
        opened.entries = {item};
        const QString csv = LedgerExport::toCsv(opened);
        const QString row = csv.section(QLatin1Char('\n'), 1);
        QVERIFY2(row.contains(u',' + cell + u','), qPrintable(row));
        if (cell != value)
            QVERIFY2(!row.contains(u',' + value + u','), qPrintable(row));
    }

    void exportRoundTripsExactly()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        const QList<LedgerEntry> written = recordVisits(venue, *ledger);
        const QString out = QDir(venue.dataDir()).filePath(QStringLiteral("../export-roundtrip.pgx"));
        auto summary = LedgerExport::write(*ledger, utc(2026, 3, 1, 0), utc(2026, 3, 2, 0),
                                           venue.keys.ownerPublicKey(), out, Overwrite::Replace, venue.clock);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().reason));
        QCOMPARE(summary->entries, written.size());
        const QByteArray file = readAll(out);
        QFile::remove(out);
        QVERIFY(file.startsWith(LedgerExport::FileMagic));
        for (const QString &phone : Phones)
            QVERIFY(!file.contains(phone.toUtf8()));
        QVERIFY(!file.contains(District.toUtf8()));

        auto opened = LedgerExport::open(file, venue.owner);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().reason));
        QCOMPARE(opened->from, utc(2026, 3, 1, 0));
        QCOMPARE(opened->to, utc(2026, 3, 2, 0));
        QCOMPARE(opened->chain, QStringLiteral("chain intact: 5 entries verified"));
        QCOMPARE(opened->entries.size(), written.size());
        for (int i = 0; i < written.size(); ++i) {
            QCOMPARE(withoutChain(opened->entries.at(i).entry), withoutChain(written.at(i)));
            QCOMPARE(opened->entries.at(i).entry.id, written.at(i).id);
            QCOMPARE(opened->entries.at(i).contact, i < Phones.size() ? Phones.at(i) : QString());
            QCOMPARE(opened->entries.at(i).homeDistrict, i == 3 ? District : QString());
        }

        const QStringList csv = LedgerExport::toCsv(*opened).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), written.size() + 1);
        QCOMPARE(csv.at(0),
                 QStringLiteral(
                     "entry_id,time_utc,kiosk,mode,decision,reasons,passes,staff_id,contact,home_district,"
                     "attributes"));
        QVERIFY2(csv.at(1).startsWith(QStringLiteral(
                     "1,2026-03-01T09:00:00.000Z,front-desk-1,phone,admit,vaccinated,,,"
                     "010-1234-5678,,\"department=pediatrics, ward 5;visitor-category=guardian\"")),
                 qPrintable(csv.at(1)));
        QVERIFY(csv.at(3).contains(
            QStringLiteral(u",paper,admit,vaccinated,paper/vaccination//,staff-3,12가34나,,")));
        QVERIFY2(
            csv.at(4).contains(QStringLiteral(u",safety-number,admit,vaccinated,,,1가23나4,부산 해운대구,")),
            qPrintable(csv.at(4)));
        QVERIFY2(csv.at(4).contains(QStringLiteral("outage=yes;outage-reason=national QR service down")),
                 qPrintable(csv.at(4)));
        QVERIFY(!csv.at(1).contains(QStringLiteral("outage")));
    }

    void windowLimitsTheExport()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        recordVisits(venue, *ledger); // 09:00, 09:05, 09:10, 09:15, 09:20
        const QString out = venue.dir.filePath(QStringLiteral("window.pgx"));
        auto summary = LedgerExport::write(*ledger, utc(2026, 3, 1, 9, 5), utc(2026, 3, 1, 9, 15),
                                           venue.keys.ownerPublicKey(), out, Overwrite::Replace, venue.clock);
        QVERIFY(summary.ok());
        QCOMPARE(summary->entries, 2);
        auto opened = LedgerExport::open(readAll(out), venue.owner);
        QVERIFY(opened.ok());
        QCOMPARE(opened->entries.at(0).contact, Phones.at(1));
        QCOMPARE(opened->entries.at(1).contact, Phones.at(2));

        auto backwards =
            LedgerExport::write(*ledger, utc(2026, 3, 2), utc(2026, 3, 1), venue.keys.ownerPublicKey(), out,
                                Overwrite::Replace, venue.clock);
        QVERIFY(!backwards.ok());
        QCOMPARE(backwards.error().code, LedgerCode::InvalidInput);
    }

    // A stolen kiosk: everything in the data dir, but not the owner's private key.
    void dataDirAloneRevealsNoPhoneNumber()
    {
        Venue venue;
        QList<LedgerEntry> written;
        {
            auto ledger = venue.open();
            QVERIFY(ledger.ok());
            written = recordVisits(venue, *ledger);
            QVERIFY(LedgerExport::write(
                        *ledger, utc(2026, 3, 1), utc(2026, 3, 2), venue.keys.ownerPublicKey(),
                        venue.dir.filePath(QStringLiteral("export.pgx")), Overwrite::Replace, venue.clock)
                        .ok());
            // Scan while the kiosk runs (WAL and shared memory present) and after it closed.
            QVERIFY(QFile::exists(venue.databasePath() + QStringLiteral("-wal")));
        }
        for (int pass = 0; pass < 2; ++pass) {
            QByteArray everything;
            QDirIterator files(venue.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext())
                everything += readAll(files.next());
            QVERIFY(everything.size() > 4096);
            for (const QString &phone : Phones + QStringList{District}) {
                QString digits = phone;
                digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
                QList<QByteArray> forms{
                    phone.toUtf8(),
                    QByteArray(reinterpret_cast<const char *>(phone.utf16()), phone.size() * 2)};
                // Digit runs only where they are long enough not to turn up by chance in binary data.
                if (digits.size() >= 8)
                    forms << digits.toLatin1() << digits.right(8).toLatin1();
                for (const QByteArray &form : forms)
                    QVERIFY2(!everything.contains(form), form.constData());
            }
            QVERIFY(!everything.contains("PRIVATE KEY"));
            if (pass == 0) {
                auto ledger = venue.open();
                QVERIFY(ledger.ok());
            }
        }

        // What the kiosk holds is no key to the contacts: neither the venue secret used as a private key, nor
        // any other key than the owner's.
        const QByteArray secret =
            QByteArray::fromBase64(readAll(venue.dir.filePath(VenueKeys::SecretFileName)).trimmed());
        auto secretAsKey = crypto::X25519Key::fromRawPrivateKey(secret);
        QVERIFY(secretAsKey.ok());
        auto stranger = crypto::X25519Key::generate();
        QVERIFY(stranger.ok());
        for (const crypto::X25519Key &key : {*secretAsKey, *stranger}) {
            auto opened =
                crypto::SealedBox::open(key, written.at(0).sealedContact, VenueKeys::ContactContext);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, crypto::SealCode::OpenFailed);
            auto exportOpened =
                LedgerExport::open(readAll(venue.dir.filePath(QStringLiteral("export.pgx"))), key);
            QVERIFY(!exportOpened.ok());
            QCOMPARE(exportOpened.error().code, LedgerCode::InvalidInput);
        }
    }

    void alteredExportIsRefused()
    {
        Venue venue;
        auto ledger = venue.open();
        QVERIFY(ledger.ok());
        recordVisits(venue, *ledger);
        const QString out = venue.dir.filePath(QStringLiteral("altered.pgx"));
        QVERIFY(LedgerExport::write(*ledger, utc(2026, 3, 1), utc(2026, 3, 2), venue.keys.ownerPublicKey(),
                                    out, Overwrite::Replace, venue.clock)
                    .ok());
        QByteArray file = readAll(out);
        file[file.size() / 2] = char(file.at(file.size() / 2) ^ 0x20);
        auto opened = LedgerExport::open(file, venue.owner);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, LedgerCode::InvalidInput);
        auto notAnExport = LedgerExport::open("hello", venue.owner);
        QVERIFY(!notAnExport.ok());
        QVERIFY(notAnExport.error().reason.contains(QStringLiteral("not a passgate ledger export")));
    }
};

QTEST_GUILESS_MAIN(LedgerExportTest)
#include "tst_ledgerexport.moc"
