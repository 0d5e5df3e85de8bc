#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace passgate {

// A JSON Schema "pattern": an ECMA-262 regular expression, searched for anywhere in a string (not
// anchored), over code points. Compiled once, matched many times from any thread.
//
// Two engines, one meaning: PCRE2 (JIT, 16-bit, straight over the QString's UTF-16, no allocation
// per match) runs it on ASCII text without line terminators, where PCRE2 and ECMA-262 agree on
// every construct ("." and "$" around line terminators, "\s" and case folding beyond ASCII are
// where they part); std::regex's ECMAScript grammar over code points runs it on everything else.
// std::regex matches recursively, so text longer than ecmaLengthLimit goes to PCRE2 too (with
// $ meaning the very end, as in ECMA-262).
class EcmaPattern
{
public:
    static constexpr qsizetype ecmaLengthLimit = 1024;

    // The reason when either engine refuses the expression.
    static Result<EcmaPattern, QString> compile(const QString &source);

    // Whether the expression matches somewhere in `text`; nullopt when the engine gave up (a match
    // limit or stack limit reached on hostile input).
    std::optional<bool> search(QStringView text) const;

    const QString &source() const { return m_source; }

private:
    struct Engines;
    explicit EcmaPattern(QString source, std::shared_ptr<const Engines> engines);
    QString m_source;
    std::shared_ptr<const Engines> m_engines;
};

} // namespace passgate
