#include "formats/ScannedText.h"

#include "formats/PassVerifier.h"

#include <QRegularExpression>

namespace passgate {

ScannedTextKind classifyScannedText(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return ScannedTextKind::Empty;
    if (PassVerifier::detectFormat(trimmed))
        return ScannedTextKind::Pass;
    // hcert §4.1: a certificate's context identifier is a type, a version and a colon ("HC1:"). One
    // of another kind or version is still a visitor's certificate: refused with what it is.
    static const QRegularExpression context(QStringLiteral("^[A-Z]{2}[0-9]+:"));
    if (context.match(trimmed).hasMatch())
        return ScannedTextKind::Pass;
    static const QRegularExpression web(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)\\S"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (web.match(trimmed).hasMatch())
        return ScannedTextKind::WebAddress;
    return ScannedTextKind::Other;
}

QString scannedTextKindName(ScannedTextKind kind)
{
    switch (kind) {
    case ScannedTextKind::Pass:
        return QStringLiteral("pass");
    case ScannedTextKind::WebAddress:
        return QStringLiteral("web-address");
    case ScannedTextKind::Empty:
        return QStringLiteral("empty");
    case ScannedTextKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace passgate
