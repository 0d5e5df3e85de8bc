#pragma once

#include <QByteArrayView>

namespace passgate::crypto {

// Whether `a` and `b` hold the same bytes, in a time that depends on their length only: a stored
// secret (a PIN's hash) is compared without telling an attacker how much of a guess was right.
bool sameBytesInConstantTime(QByteArrayView a, QByteArrayView b);

} // namespace passgate::crypto
