#pragma once

#include <QByteArrayView>
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <optional>

namespace passgate::cose {

// Decodes exactly one CBOR data item that fills all of `data`; std::nullopt (and *error) when the
// bytes are not CBOR, are truncated, or carry anything after the item. Nesting is bounded by Qt.
std::optional<QCborValue> decodeCborExactly(QByteArrayView data, QString *error);

// True when a map names the same key twice: such a header or claim set is ambiguous, and a
// verifier must not guess which of the two the signer meant.
bool hasDuplicateKeys(const QCborMap &map);

} // namespace passgate::cose
