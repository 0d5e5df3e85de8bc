#include "formats/cose/CoseSign1.h"

#include "formats/cose/CborReading_p.h"

#include <QCborArray>

namespace passgate::cose {

namespace {

constexpr quint64 tagCoseSign1 = 18;
constexpr quint64 tagCwt = 61;

Failure<PassError> malformed(const QString &reason)
{
    return fail(PassErrorCode::MalformedCose, reason);
}

} // namespace

Result<CoseSign1, PassError> CoseSign1::parse(QByteArrayView cbor)
{
    QString error;
    const std::optional<QCborValue> decoded = decodeCborExactly(cbor, &error);
    if (!decoded)
        return malformed(QStringLiteral("not a COSE message: %1").arg(error));

    CoseSign1 message;
    QCborValue value = *decoded;
    if (value.isTag() && value.tag() == QCborTag(tagCwt)) {
        message.cwtTagged = true;
        value = value.taggedValue();
        if (!value.isTag() || value.tag() != QCborTag(tagCoseSign1))
            return malformed(QStringLiteral("the CWT tag 61 must wrap a tagged COSE_Sign1 (tag 18)"));
    }
    if (value.isTag()) {
        if (value.tag() != QCborTag(tagCoseSign1))
            return malformed(
                QStringLiteral("CBOR tag %1 is not COSE_Sign1 (tag 18)").arg(quint64(value.tag())));
        message.coseTagged = true;
        value = value.taggedValue();
    }
    if (!value.isArray() || value.toArray().size() != 4)
        return malformed(QStringLiteral("a COSE_Sign1 is an array of 4 elements"));
    const QCborArray parts = value.toArray();

    if (!parts[0].isByteArray())
        return malformed(QStringLiteral("the protected header is not a byte string"));
    message.protectedBytes = parts[0].toByteArray();
    if (!message.protectedBytes.isEmpty()) {
        const std::optional<QCborValue> header = decodeCborExactly(message.protectedBytes, &error);
        if (!header)
            return malformed(QStringLiteral("the protected header is not CBOR: %1").arg(error));
        if (!header->isMap())
            return malformed(QStringLiteral("the protected header is not a map"));
        message.protectedHeader = header->toMap();
    }
    if (!parts[1].isMap())
        return malformed(QStringLiteral("the unprotected header is not a map"));
    message.unprotectedHeader = parts[1].toMap();
    if (hasDuplicateKeys(message.protectedHeader) || hasDuplicateKeys(message.unprotectedHeader))
        return malformed(QStringLiteral("a COSE header names the same label twice"));
    if (!parts[2].isByteArray())
        return malformed(parts[2].isNull() ? QStringLiteral("a detached payload is not a DCC")
                                           : QStringLiteral("the payload is not a byte string"));
    message.payload = parts[2].toByteArray();
    if (!parts[3].isByteArray())
        return malformed(QStringLiteral("the signature is not a byte string"));
    message.signature = parts[3].toByteArray();

    // The protected header wins: a wrong protected kid is not rescued by a right unprotected one.
    const QCborValue protectedKid = message.protectedHeader.value(labelKeyId);
    const QCborValue unprotectedKid = message.unprotectedHeader.value(labelKeyId);
    const QCborValue kid = protectedKid.isUndefined() ? unprotectedKid : protectedKid;
    if (!kid.isUndefined()) {
        if (!kid.isByteArray())
            return malformed(QStringLiteral("the key id is not a byte string"));
        message.keyId = kid.toByteArray();
        message.keyIdProtected = !protectedKid.isUndefined();
    }

    const QCborValue protectedAlgorithm = message.protectedHeader.value(labelAlgorithm);
    const QCborValue algorithm = protectedAlgorithm.isUndefined()
                                     ? message.unprotectedHeader.value(labelAlgorithm)
                                     : protectedAlgorithm;
    if (algorithm.isUndefined())
        return malformed(QStringLiteral("the COSE header names no algorithm"));
    if (algorithm.isInteger() && algorithm.toInteger() == es256) {
        message.algorithm = SignatureAlgorithm::Es256;
    } else if (algorithm.isInteger() && algorithm.toInteger() == ps256) {
        message.algorithm = SignatureAlgorithm::Ps256;
    } else {
        const QString name =
            algorithm.isInteger() ? QString::number(algorithm.toInteger()) : algorithm.toDiagnosticNotation();
        return fail(
            PassErrorCode::UnsupportedAlgorithm,
            QStringLiteral("COSE algorithm %1 is not supported (ES256 = -7 or PS256 = -37)").arg(name));
    }
    return message;
}

namespace {

// A CBOR head (RFC 8949 §3) in its shortest form, as deterministic encoding requires.
void appendHead(QByteArray &out, quint8 majorType, quint64 argument)
{
    const auto major = static_cast<char>(majorType << 5);
    if (argument < 24) {
        out.append(static_cast<char>(major | static_cast<char>(argument)));
        return;
    }
    int bytes = argument <= 0xff ? 1 : argument <= 0xffff ? 2 : argument <= 0xffffffffu ? 4 : 8;
    const char additional = bytes == 1 ? 24 : bytes == 2 ? 25 : bytes == 4 ? 26 : 27;
    out.append(static_cast<char>(major | additional));
    while (bytes-- > 0)
        out.append(static_cast<char>((argument >> (8 * bytes)) & 0xff));
}

} // namespace

// Sig_structure = ["Signature1", body_protected, external_aad (empty), payload] (RFC 9052 §4.4),
// written directly: it is built for every scan, and going through QCborArray cost more than
// everything else in it.
QByteArray CoseSign1::toBeSigned() const
{
    static constexpr char context[] = "Signature1";
    constexpr quint8 byteString = 2, textString = 3, array = 4;
    QByteArray out;
    out.reserve(32 + protectedBytes.size() + payload.size());
    appendHead(out, array, 4);
    appendHead(out, textString, sizeof context - 1);
    out.append(context, sizeof context - 1);
    appendHead(out, byteString, quint64(protectedBytes.size()));
    out.append(protectedBytes);
    appendHead(out, byteString, 0);
    appendHead(out, byteString, quint64(payload.size()));
    out.append(payload);
    return out;
}

} // namespace passgate::cose
