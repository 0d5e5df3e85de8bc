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
    const QStringView payload = trimmedLineEnds(text);
    switch (detectFormat(payload).value_or(PassFormat::EuDcc)) {
    case PassFormat::EuDcc:
        // Unknown prefixes land here too: the DCC decoder names what it found ("HC2:", none, ...).
        return m_dcc.decode(payload, at);
    case PassFormat::SmartHealthCard:
    case PassFormat::NzCovidPass:
        break;
    }
    return fail(PassErrorCode::UnknownPrefix, QStringLiteral("this pass format is not supported yet"));
}

} // namespace passgate
