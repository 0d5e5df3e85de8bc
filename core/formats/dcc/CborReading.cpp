#include "formats/dcc/CborReading.h"

#include <QCborStreamReader>
#include <QSet>

namespace passgate::dcc {

std::optional<QCborValue> decodeCborExactly(QByteArrayView data, QString *error)
{
    if (data.isEmpty()) {
        *error = QStringLiteral("no CBOR data");
        return std::nullopt;
    }
    QCborStreamReader reader(data.data(), data.size());
    QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        *error = QStringLiteral("invalid CBOR at byte %1: %2")
                     .arg(reader.currentOffset())
                     .arg(reader.lastError().toString());
        return std::nullopt;
    }
    if (reader.currentOffset() != data.size()) {
        *error =
            QStringLiteral("%1 bytes follow the CBOR data item").arg(data.size() - reader.currentOffset());
        return std::nullopt;
    }
    return value;
}

bool hasDuplicateKeys(const QCborMap &map)
{
    QSet<QByteArray> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QByteArray key = it.key().toCbor();
        if (seen.contains(key))
            return true;
        seen.insert(key);
    }
    return false;
}

} // namespace passgate::dcc
