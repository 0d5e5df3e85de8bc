#pragma once

#include "formats/PassError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace passgate::dcc {

// Base45 (RFC 9285): two bytes become three characters of the QR alphanumeric alphabet
// "0-9A-Z $%*+-./:", least significant first; a trailing single byte becomes two characters.

// Refuses characters outside the alphabet (lower case included), a length of 3n+1, and a group
// whose value does not fit its bytes (a triplet above 65535, a final pair above 255).
Result<QByteArray, PassError> decodeBase45(QStringView text);
QString encodeBase45(QByteArrayView data);

} // namespace passgate::dcc
