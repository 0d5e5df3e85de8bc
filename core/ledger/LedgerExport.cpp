#include "ledger/LedgerExport.h"

#include "crypto/SealedBox_p.h"
#include "ledger/ChainHash_p.h"
#include "ledger/ContactDetails.h"
#include "ledger/LedgerRow.h"
#include "ledger/VenueKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace passgate::LedgerExport {

namespace {

const QString Format = QStringLiteral("passgate-ledger-export");

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject rowToJson(const LedgerRow &row)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(row.id)},
        {QStringLiteral("time_ms"), QString::number(row.timeMs)},
        {QStringLiteral("kind"), row.kind},
        {QStringLiteral("kiosk"), row.kiosk},
        {QStringLiteral("mode"), row.mode},
        {QStringLiteral("verdict"), row.verdict},
        {QStringLiteral("reasons"), row.reasons},
        {QStringLiteral("passes"), row.passes},
        {QStringLiteral("staff"), row.staff},
        {QStringLiteral("contact"),
         row.contact.isNull() ? QJsonValue() : QJsonValue(QString::fromLatin1(row.contact.toBase64()))},
        {QStringLiteral("attributes"), row.attributes},
        {QStringLiteral("event"), row.event},
        {QStringLiteral("prev_hash"), QString::fromLatin1(row.previousHash.toHex())},
        {QStringLiteral("hash"), QString::fromLatin1(row.hash.toHex())},
    };
}

LedgerRow rowFromJson(const QJsonObject &json)
{
    LedgerRow row;
    row.id = json.value(QStringLiteral("id")).toString().toLongLong();
    row.timeMs = json.value(QStringLiteral("time_ms")).toString().toLongLong();
    row.kind = json.value(QStringLiteral("kind")).toString();
    row.kiosk = json.value(QStringLiteral("kiosk")).toString();
    row.mode = json.value(QStringLiteral("mode")).toString();
    row.verdict = json.value(QStringLiteral("verdict")).toString();
    row.reasons = json.value(QStringLiteral("reasons")).toString();
    row.passes = json.value(QStringLiteral("passes")).toString();
    row.staff = json.value(QStringLiteral("staff")).toString();
    const QJsonValue contact = json.value(QStringLiteral("contact"));
    if (contact.isString())
        row.contact = QByteArray::fromBase64(contact.toString().toLatin1());
    row.attributes = json.value(QStringLiteral("attributes")).toString();
    row.event = json.value(QStringLiteral("event")).toString();
    row.previousHash = QByteArray::fromHex(json.value(QStringLiteral("prev_hash")).toString().toLatin1());
    row.hash = QByteArray::fromHex(json.value(QStringLiteral("hash")).toString().toLatin1());
    return row;
}

// RFC 4180 quoting, and OWASP's defence against CSV injection: a cell a spreadsheet would read as a
// formula (starting with = + - @, a tab or a CR) gets a leading ' and quotes, so it stays text.
QString csvField(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !value.isEmpty() && formulaStarts.contains(value.front());
    if (!formula && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = formula ? QLatin1Char('\'') + value : value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

LedgerResult<Summary> write(const Ledger &ledger, const QDateTime &from, const QDateTime &to,
                            const QByteArray &ownerPublicKey, const QString &outPath, Overwrite overwrite,
                            const Clock &clock)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return fail(LedgerCode::InvalidInput,
                    QStringLiteral("the export window needs a start before its end"));
    auto entries = ledger.entries(from, to, Ledger::Kinds::CheckIns);
    if (!entries)
        return fail(entries.error());
    auto chain = ledger.verify();
    if (!chain)
        return fail(chain.error());

    QList<LedgerRow> rows;
    for (const LedgerEntry &entry : *entries)
        rows.append(LedgerRow::fromEntry(entry));
    return writeRows(rows, chain->summary(), from, to, ownerPublicKey, outPath, overwrite, clock);
}

LedgerResult<Summary> writeRows(const QList<LedgerRow> &rows, const QString &chain, const QDateTime &from,
                                const QDateTime &to, const QByteArray &ownerPublicKey, const QString &outPath,
                                Overwrite overwrite, const Clock &clock)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return fail(LedgerCode::InvalidInput,
                    QStringLiteral("the export window needs a start before its end"));
    QJsonArray json;
    for (const LedgerRow &row : rows)
        json.append(rowToJson(row));
    const QJsonObject document{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), 1},
        {QStringLiteral("created"), iso(clock.now())},
        {QStringLiteral("from"), iso(from)},
        {QStringLiteral("to"), iso(to)},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("entries"), json},
    };
    auto sealed = crypto::SealedBox::seal(
        ownerPublicKey, QJsonDocument(document).toJson(QJsonDocument::Compact), VenueKeys::ExportContext);
    if (!sealed)
        return fail(LedgerCode::KeysMissing,
                    QStringLiteral("cannot seal the export: ") + sealed.error().reason);

    const QByteArray bytes = FileMagic + *sealed;
    if (auto written = writeOutputFile(outPath, bytes, overwrite); !written)
        return fail(LedgerCode::IoError, written.error());
    return Summary{from.toUTC(), to.toUTC(), qint64(rows.size()), qint64(bytes.size())};
}

LedgerResult<Opened> open(const QByteArray &file, const crypto::X25519Key &ownerPrivateKey)
{
    if (!file.startsWith(FileMagic))
        return fail(LedgerCode::InvalidInput, QStringLiteral("not a passgate ledger export"));
    auto plain =
        crypto::SealedBox::open(ownerPrivateKey, file.mid(FileMagic.size()), VenueKeys::ExportContext);
    if (!plain)
        return fail(LedgerCode::InvalidInput,
                    QStringLiteral("the export does not open: ") + plain.error().reason);
    const QJsonObject document = QJsonDocument::fromJson(*plain).object();
    if (document.value(QStringLiteral("format")).toString() != Format ||
        document.value(QStringLiteral("version")).toInt() != 1)
        return fail(LedgerCode::InvalidInput, QStringLiteral("the export has an unknown format or version"));

    Opened opened;
    opened.created =
        QDateTime::fromString(document.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    opened.from = QDateTime::fromString(document.value(QStringLiteral("from")).toString(), Qt::ISODateWithMs);
    opened.to = QDateTime::fromString(document.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs);
    opened.chain = document.value(QStringLiteral("chain")).toString();
    for (const QJsonValue &value : document.value(QStringLiteral("entries")).toArray()) {
        const LedgerRow row = rowFromJson(value.toObject());
        if (ChainHash::compute(row) != row.hash)
            return fail(LedgerCode::Corrupt,
                        QStringLiteral("exported entry %1 does not match its hash").arg(row.id));
        auto entry = row.toEntry();
        if (!entry)
            return fail(entry.error());
        OpenedEntry item{std::move(*entry), {}, {}};
        if (!item.entry.sealedContact.isNull()) {
            auto contact =
                crypto::SealedBox::open(ownerPrivateKey, item.entry.sealedContact, VenueKeys::ContactContext);
            if (!contact)
                return fail(LedgerCode::InvalidInput,
                            QStringLiteral("the contact of entry %1 does not open: %2")
                                .arg(row.id)
                                .arg(contact.error().reason));
            const ContactDetails details = ContactDetails::fromPlaintext(*contact);
            item.contact = details.contact;
            item.homeDistrict = details.homeDistrict;
        }
        opened.entries.append(std::move(item));
    }
    return opened;
}

QString toCsv(const Opened &opened)
{
    QString out =
        QStringLiteral("entry_id,time_utc,kiosk,mode,decision,reasons,passes,staff_id,contact,home_district,"
                       "attributes\n");
    for (const OpenedEntry &item : opened.entries) {
        const LedgerEntry &entry = item.entry;
        QStringList passes;
        for (const LedgerPass &pass : entry.passes)
            passes.append(QStringList{pass.format, pass.statement, pass.issuerCountry,
                                      QString::fromLatin1(pass.certificateHash.toHex())}
                              .join(QLatin1Char('/')));
        QStringList attributes;
        for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it)
            attributes.append(it.key() + QLatin1Char('=') + it.value());
        const QStringList fields{QString::number(entry.id),
                                 iso(entry.time),
                                 entry.kioskId,
                                 modeCode(entry.mode),
                                 verdictCode(entry.verdict),
                                 entry.reasonCodes.join(QLatin1Char(';')),
                                 passes.join(QLatin1Char(';')),
                                 entry.staffId,
                                 item.contact,
                                 item.homeDistrict,
                                 attributes.join(QLatin1Char(';'))};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace passgate::LedgerExport
