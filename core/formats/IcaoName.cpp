#include "formats/IcaoName.h"

namespace passgate {

QString icaoStandardisedName(const QString &name)
{
    // Doc 9303 Part 3 §6 transliterates some letters to two (Ä -> AE in German use, but the
    // recommended fallback is the bare letter); the bare letter after decomposition is what most
    // issuers print, and the comparison needs one rule, not the issuer's.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        const QChar upper = c.toUpper();
        if (upper >= u'A' && upper <= u'Z')
            out.append(upper);
        else if ((c.isSpace() || c == u'-' || c == u'\'') && !out.isEmpty() && !out.endsWith(u'<'))
            out.append(u'<');
        else if (c == u'ß')
            out.append(QStringLiteral("SS"));
    }
    while (out.endsWith(u'<'))
        out.chop(1);
    return out;
}

} // namespace passgate
