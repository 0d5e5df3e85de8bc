#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace passgate {

// COSE (RFC 9053 §2.1) carries an ECDSA signature as r || s, each left-padded to the curve's field
// size; OpenSSL wants the DER ECDSA-Sig-Value SEQUENCE { r INTEGER, s INTEGER }.

// Raw r || s (even length) to DER; empty on malformed input.
QByteArray ecdsaRawToDer(QByteArrayView raw);
// DER to raw r || s with each half `fieldBytes` wide; empty on malformed input or oversized values.
QByteArray ecdsaDerToRaw(QByteArrayView der, int fieldBytes);

} // namespace passgate
