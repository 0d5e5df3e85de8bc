#include "formats/PassVerifier.h"

namespace passgate {

namespace {

QStringView trimmedLineEnds(QStringView text)
{
    auto isEdge = [](QChar c) { return c == u'\n' || c == u'\r' || c == u'\t'; };
    while (!text.isEmpty() && isEdge(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isEdge(text.back()))
        text.chop(1);
    return text;
}

} // namespace

PassVerifier::PassVerifier(const TrustStore &trust, const Clock &clock)
    : m_clock(clock)
    , m_dcc(trust, clock)
    , m_shc(trust, clock)
    , m_nzcp(trust, clock)
{}

std::optional<PassFormat> PassVerifier::detectFormat(QStringView text)
{
    const QStringView trimmed = trimmedLineEnds(text);
    if (dcc::DccDecoder::hasPrefix(trimmed))
        return PassFormat::EuDcc;
    // "shc:" without its slash is still a card to the holder: the SHC decoder says what is wrong.
    if (shc::ShcDecoder::hasPrefix(trimmed) || trimmed.startsWith(u"shc:"))
        return PassFormat::SmartHealthCard;
    if (nzcp::NzcpDecoder::hasPrefix(trimmed))
        return PassFormat::NzCovidPass;
    return std::nullopt;
}

Result<DecodedPass, PassError> PassVerifier::verify(QStringView text) const
{
    return verify(text, m_clock.now());
}

Result<DecodedPass, PassError> PassVerifier::verify(QStringView text, const QDateTime &at) const
{
    const QStringView trimmed = trimmedLineEnds(text);
    switch (detectFormat(trimmed).value_or(PassFormat::EuDcc)) {
    case PassFormat::SmartHealthCard:
        return m_shc.decode(trimmed, at);
    case PassFormat::NzCovidPass:
        return m_nzcp.decode(trimmed, at);
    case PassFormat::EuDcc:
        break;
    }
    // The DCC decoder also answers text of no known format: it names what it found ("HC2:", none).
    return m_dcc.decode(trimmed, at);
}

} // namespace passgate
