#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace passgate {

// SHA-256 of `data` (32 bytes), e.g. the DCC key id is its first 8 bytes over a certificate's DER.
QByteArray sha256(QByteArrayView data);

} // namespace passgate
