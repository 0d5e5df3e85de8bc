#include "formats/cose/CborReading_p.h"

#include <QCborStreamReader>
#include <QVarLengthArray>

#include <algorithm>

namespace passgate::cose {

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
    // Compared as CBOR values, without encoding each key: headers and claims hold a handful of keys,
    // where comparing every pair costs less than any set; a large (hostile) map is sorted instead.
    QVarLengthArray<QCborValue, 16> keys;
    keys.reserve(map.size());
    for (auto it = map.begin(); it != map.end(); ++it)
        keys.append(it.key());
    constexpr qsizetype pairwiseUpTo = 16;
    if (keys.size() <= pairwiseUpTo) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            for (qsizetype j = i + 1; j < keys.size(); ++j) {
                if (keys[i].compare(keys[j]) == 0)
                    return true;
            }
        }
        return false;
    }
    std::sort(keys.begin(), keys.end(),
              [](const QCborValue &a, const QCborValue &b) { return a.compare(b) < 0; });
    return std::adjacent_find(keys.begin(), keys.end(), [](const QCborValue &a, const QCborValue &b) {
               return a.compare(b) == 0;
           }) != keys.end();
}

} // namespace passgate::cose
