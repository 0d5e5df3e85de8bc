#include "ledger/ContactDetails.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace passgate {

QByteArray ContactDetails::toPlaintext() const
{
    if (homeDistrict.isEmpty())
        return contact.toUtf8();
    return QJsonDocument(QJsonObject{{QStringLiteral("contact"), contact},
                                     {QStringLiteral("homeDistrict"), homeDistrict}})
        .toJson(QJsonDocument::Compact);
}

ContactDetails ContactDetails::fromPlaintext(const QByteArray &plaintext)
{
    if (!plaintext.startsWith('{'))
        return {QString::fromUtf8(plaintext), {}};
    const QJsonObject object = QJsonDocument::fromJson(plaintext).object();
    if (object.isEmpty()) // not JSON after all: show what was sealed rather than nothing
        return {QString::fromUtf8(plaintext), {}};
    return {object.value(QStringLiteral("contact")).toString(),
            object.value(QStringLiteral("homeDistrict")).toString()};
}

} // namespace passgate
