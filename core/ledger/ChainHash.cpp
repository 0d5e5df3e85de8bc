#include "ledger/ChainHash_p.h"

#include "crypto/Sha256_p.h"

#include <QtEndian>

namespace passgate::ChainHash {

namespace {

void appendField(QByteArray &out, const QByteArray &value)
{
    char length[4];
    qToBigEndian(quint32(value.size()), length);
    out.append(length, 4);
    out.append(value);
}

void appendInteger(QByteArray &out, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    appendField(out, QByteArray(bytes, 8));
}

} // namespace

QByteArray genesis()
{
    return QByteArray(Size, '\0');
}

QByteArray canonicalBytes(const LedgerRow &row)
{
    QByteArray out;
    out.reserve(256 + row.contact.size() + row.passes.size());
    appendField(out, QByteArrayLiteral("passgate ledger entry v1"));
    appendField(out, row.previousHash);
    appendInteger(out, row.id);
    appendInteger(out, row.timeMs);
    for (const QString *text :
         {&row.kind, &row.kiosk, &row.mode, &row.verdict, &row.reasons, &row.passes, &row.staff})
        appendField(out, text->toUtf8());
    // A null contact (none recorded) and an empty one must differ.
    out.append(row.contact.isNull() ? '\0' : '\1');
    appendField(out, row.contact);
    appendField(out, row.attributes.toUtf8());
    appendField(out, row.event.toUtf8());
    return out;
}

QByteArray compute(const LedgerRow &row)
{
    const QByteArray digest = sha256(canonicalBytes(row));
    return digest.size() == Size ? digest : QByteArray();
}

} // namespace passgate::ChainHash
