#include "formats/shc/ShcDecoder.h"

#include "common/Base64Url.h"

#include <QJsonDocument>

namespace passgate::shc {

namespace {

Failure<PassError> malformed(const QString &reason)
{
    return fail(PassErrorCode::MalformedJws, reason);
}

bool isJwsCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

QString describe(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 32 && byte < 127)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

} // namespace

Result<CompactJws, PassError> ShcDecoder::parseJws(QByteArrayView jws)
{
    if (jws.startsWith("\xEF\xBB\xBF"))
        return malformed(QStringLiteral("the JWS starts with a UTF-8 byte order mark; a compact JWS is "
                                        "base64url and dots only"));
    for (qsizetype i = 0; i < jws.size(); ++i) {
        if (!isJwsCharacter(jws[i]))
            return malformed(QStringLiteral("%1 at position %2 is neither base64url nor a dot; a compact JWS "
                                            "has nothing before, inside or after it")
                                 .arg(describe(jws[i]))
                                 .arg(i));
    }
    const qsizetype firstDot = jws.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : jws.sliced(firstDot + 1).indexOf('.');
    const qsizetype parts = jws.count('.') + 1;
    if (parts != 3)
        return malformed(
            QStringLiteral("a compact JWS is header.payload.signature, three parts; this has %1").arg(parts));
    const QByteArrayView headerText = jws.first(firstDot);
    const QByteArrayView payloadText = jws.sliced(firstDot + 1, secondDot);
    const QByteArrayView signatureText = jws.sliced(firstDot + 1 + secondDot + 1);

    const std::optional<QByteArray> header = decodeBase64Url(headerText);
    const std::optional<QByteArray> payload = decodeBase64Url(payloadText);
    const std::optional<QByteArray> signature = decodeBase64Url(signatureText);
    if (!header || header->isEmpty())
        return malformed(QStringLiteral("the JWS header is not base64url"));
    if (!payload || payload->isEmpty())
        return malformed(QStringLiteral("the JWS payload is not base64url"));
    if (!signature || signature->isEmpty())
        return malformed(QStringLiteral("the JWS signature is not base64url"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*header, &parseError);
    if (header->startsWith("\xEF\xBB\xBF") || !document.isObject())
        return malformed(QStringLiteral("the JWS header is not a JSON object") +
                         (parseError.error != QJsonParseError::NoError
                              ? QStringLiteral(": ") + parseError.errorString()
                              : QString()));
    CompactJws result;
    result.header = document.object();
    const QJsonValue alg = result.header.value(u"alg");
    const QJsonValue kid = result.header.value(u"kid");
    const QJsonValue zip = result.header.value(u"zip");
    if (!alg.isString())
        return malformed(
            QStringLiteral("the JWS header has no alg; SMART Health Cards are signed with ES256"));
    if (alg.toString() != u"ES256")
        return malformed(
            QStringLiteral("the JWS header's alg is \"%1\"; SMART Health Cards are signed with ES256")
                .arg(alg.toString().left(40)));
    if (!kid.isString() || kid.toString().isEmpty())
        return malformed(QStringLiteral("the JWS header has no kid naming the issuer's key"));
    if (!zip.isString()) {
        // Without zip the issuer usually left the payload uncompressed: say that, the stage a
        // person fixing the issuer has to look at, rather than only that the header lacks a word.
        if (payload->startsWith('{'))
            return fail(PassErrorCode::NotCompressed,
                        QStringLiteral("the payload is uncompressed JSON and the header names no zip; "
                                       "SMART Health Cards compress it with raw DEFLATE (\"zip\": \"DEF\")"));
        return malformed(
            QStringLiteral("the JWS header has no zip; SMART Health Cards compress their payload "
                           "with DEFLATE (\"zip\": \"DEF\")"));
    }
    if (zip.toString() != u"DEF")
        return malformed(
            QStringLiteral("the JWS header's zip is \"%1\", not \"DEF\"").arg(zip.toString().left(40)));
    result.algorithm = alg.toString();
    result.keyId = kid.toString();
    result.zip = zip.toString();
    result.signingInput = jws.first(firstDot + 1 + secondDot).toByteArray();
    result.payload = *payload;
    result.signature = *signature;
    return result;
}

} // namespace passgate::shc
