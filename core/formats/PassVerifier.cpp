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
{}

std::optional<PassFormat> PassVerifier::detectFormat(QStringView text)
{
    if (dcc::DccDecoder::hasPrefix(trimmedLineEnds(text)))
        return PassFormat::EuDcc;
    return std::nullopt;
}

Result<DecodedPass, PassError> PassVerifier::verify(QStringView text) const
{
    return verify(text, m_clock.now());
}

Result<DecodedPass, PassError> PassVerifier::verify(QStringView text, const QDateTime &at) const
{
    // The EU DCC is the one format with a decoder, so every text goes to it: for an unknown prefix
    // it names what it found ("HC2:", none, ...). A second format dispatches on detectFormat here.
    return m_dcc.decode(trimmedLineEnds(text), at);
}

} // namespace passgate
