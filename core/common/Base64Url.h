#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace passgate {

// base64url without padding (RFC 4648 §5, as JOSE uses it: RFC 7515 §2). Strict: a character
// outside [A-Za-z0-9_-], a '=' or a length no encoder produces (4k+1) is std::nullopt, so one text
// has one reading and a signature is never checked over bytes the signer did not write.
std::optional<QByteArray> decodeBase64Url(QByteArrayView text);
QByteArray encodeBase64Url(QByteArrayView bytes);

} // namespace passgate
