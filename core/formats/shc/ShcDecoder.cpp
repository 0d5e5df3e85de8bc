#include "formats/shc/ShcDecoder.h"

#include <QJsonArray>

namespace passgate::shc {

namespace {

// Control and format characters (a BOM among them) and whitespace other than the line breaks
// between chunks: a scanner never puts them into a QR text of digits.
bool isStray(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c == u'\n')
        return false;
    if (c == u'\r')
        return i + 1 >= text.size() || text[i + 1] != u'\n';
    return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

QString describe(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

ShcDecoder::ShcDecoder(const TrustStore &trust, const Clock &clock)
    : ShcDecoder(trust, clock, Options{})
{}

ShcDecoder::ShcDecoder(const TrustStore &trust, const Clock &clock, Options options)
    : m_trust(trust)
    , m_clock(clock)
    , m_options(options)
{}

Result<DecodedPass, PassError> ShcDecoder::decode(QStringView text) const
{
    return decode(text, m_clock.now());
}

Result<DecodedPass, PassError> ShcDecoder::decode(QStringView text, const QDateTime &at) const
{
    if (!text.contains(QLatin1String("shc:/")))
        return fail(PassErrorCode::UnknownPrefix,
                    QStringLiteral("no shc:/ prefix; a SMART Health Card QR text starts with shc:/"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isStray(text, i))
            continue;
        return fail(PassErrorCode::InvalidNumeric,
                    QStringLiteral("%1 at position %2: a SMART Health Card QR text is shc:/ and digits, with "
                                   "nothing around them")
                        .arg(describe(text[i]))
                        .arg(i));
    }
    QList<QStringView> lines;
    for (QStringView line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            return fail(PassErrorCode::InvalidNumeric,
                        QStringLiteral("line %1 is empty: chunks are given one per line, with nothing else")
                            .arg(lines.size() + 1));
        lines.append(line);
    }
    Result<QByteArray, PassError> jws = jwsFromQrTexts(lines);
    if (!jws)
        return fail(jws.error());
    return decodeJws(*jws, at);
}

Result<DecodedPass, PassError> ShcDecoder::decodeJws(QByteArrayView jwsText, const QDateTime &at) const
{
    Result<CompactJws, PassError> jws = parseJws(jwsText);
    if (!jws)
        return fail(jws.error());
    Result<QByteArray, PassError> json = inflateRaw(jws->payload, m_options.maxInflatedSize);
    if (!json)
        return fail(json.error());
    Result<ShcClaims, PassError> claims = parseClaims(*json);
    if (!claims)
        return fail(claims.error());
    Result<IssuerKey, PassError> key = verifySignature(*jws, claims->issuer, m_trust);
    if (!key)
        return fail(key.error());
    // Issued after `at` is a question about the kiosk's clock, not about the card: the decision step
    // asks staff (pass.issued says when). Expired is a refusal.
    if (Result<void, PassError> valid = checkValidity(*claims, at.toUTC());
        !valid && valid.error().code != PassErrorCode::NotYetValid)
        return fail(valid.error());

    DecodedPass pass;
    if (Result<void, PassError> structure = fillFromFhir(pass, *claims); !structure)
        return fail(structure.error());
    pass.format = PassFormat::SmartHealthCard;
    pass.issuer = claims->issuer;
    pass.issuerCountry = key->country;
    pass.kid = jws->keyId.toUtf8();
    pass.issued = claims->notBefore;
    pass.expires = claims->expires;
    pass.signature = jws->signature;
    pass.payload = {{QStringLiteral("iss"), claims->issuer},
                    {QStringLiteral("nbf"), double(claims->notBefore.toMSecsSinceEpoch()) / 1000.0},
                    {QStringLiteral("types"), QJsonArray::fromStringList(claims->types)}};
    if (claims->expires.isValid())
        pass.payload.insert(QStringLiteral("exp"), double(claims->expires.toMSecsSinceEpoch()) / 1000.0);
    return pass;
}

} // namespace passgate::shc
