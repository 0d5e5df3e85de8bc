#include "common/EcmaPattern_p.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

#include <algorithm>
#include <regex>

namespace passgate {

namespace {

struct CodeDeleter
{
    void operator()(pcre2_code *code) const { pcre2_code_free(code); }
};
struct MatchDataDeleter
{
    void operator()(pcre2_match_data *data) const { pcre2_match_data_free(data); }
};

// One per thread, shared by every pattern: only "matched or not" is read, so one pair of offsets
// is enough whatever the pattern captures.
pcre2_match_data *threadMatchData()
{
    thread_local const std::unique_ptr<pcre2_match_data, MatchDataDeleter> data(
        pcre2_match_data_create(1, nullptr));
    return data.get();
}

bool pcreAgreesWithEcma(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() < 0x80 && c != u'\n' && c != u'\r'; });
}

} // namespace

struct EcmaPattern::Engines
{
    std::unique_ptr<pcre2_code, CodeDeleter> pcre;
    bool jit = false;
    std::wregex ecma;
};

EcmaPattern::EcmaPattern(QString source, std::shared_ptr<const Engines> engines)
    : m_source(std::move(source))
    , m_engines(std::move(engines))
{}

Result<EcmaPattern, QString> EcmaPattern::compile(const QString &source)
{
    auto engines = std::make_shared<Engines>();
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    // UTF: code points, as ECMA-262 with the "u" flag that JSON Schema recommends. DOLLAR_ENDONLY:
    // "$" is the end of the text, never before a final newline. ALT_BSUX: \u0041 and \x41 as in
    // ECMA-262.
    engines->pcre.reset(pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.utf16()), PCRE2_SIZE(source.size()),
                                      PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | PCRE2_ALT_BSUX, &errorCode,
                                      &errorOffset, nullptr));
    if (!engines->pcre) {
        PCRE2_UCHAR message[256] = {};
        pcre2_get_error_message(errorCode, message, sizeof message / sizeof message[0]);
        return fail(QStringLiteral("'%1' is not a regular expression (at %2: %3)")
                        .arg(source)
                        .arg(errorOffset)
                        .arg(QString::fromUtf16(reinterpret_cast<const char16_t *>(message))));
    }
    // Without a JIT (an unsupported CPU) the interpreter gives the same answers, slower.
    engines->jit = pcre2_jit_compile(engines->pcre.get(), PCRE2_JIT_COMPLETE) == 0;
    try {
        engines->ecma = std::wregex(source.toStdWString(), std::regex::ECMAScript);
    } catch (const std::regex_error &error) {
        return fail(QStringLiteral("'%1' is not an ECMA-262 regular expression: %2")
                        .arg(source, QString::fromLocal8Bit(error.what())));
    }
    return EcmaPattern(source, std::move(engines));
}

std::optional<bool> EcmaPattern::search(QStringView text) const
{
    const auto *subject = reinterpret_cast<PCRE2_SPTR>(text.utf16());
    int found = PCRE2_ERROR_NOMATCH;
    if (pcreAgreesWithEcma(text) && m_engines->jit) {
        // ASCII is valid UTF-16: the JIT's unchecked entry is safe here.
        found = pcre2_jit_match(m_engines->pcre.get(), subject, PCRE2_SIZE(text.size()), 0, 0,
                                threadMatchData(), nullptr);
    } else if (pcreAgreesWithEcma(text) || text.size() > ecmaLengthLimit) {
        // Checks the text is valid UTF-16 first (a lone surrogate is an error, not a crash).
        found = pcre2_match(m_engines->pcre.get(), subject, PCRE2_SIZE(text.size()), 0, 0, threadMatchData(),
                            nullptr);
    } else {
        try {
            return std::regex_search(text.toString().toStdWString(), m_engines->ecma);
        } catch (const std::regex_error &) {
            return std::nullopt;
        }
    }
    if (found >= 0)
        return true;
    if (found == PCRE2_ERROR_NOMATCH)
        return false;
    return std::nullopt; // a match or stack limit, or text that is not valid UTF-16
}

} // namespace passgate
