#pragma once

#include <QString>
#include <QStringView>

namespace passgate {

// What a scanned or typed text is before anyone reads it as a pass. A kiosk window takes a
// keyboard-wedge scanner's keystrokes, so it also receives what a person types, a web address from
// a poster's QR code, a shop's barcode: none of those is a visitor checking in. Only a text that
// claims to be a health certificate (a format passgate reads, or another hcert context identifier
// such as "HC2:") is checked and recorded, refused or not.
enum class ScannedTextKind
{
    Pass,       // HC1:, shc:/ (or shc:), NZCP:/, or an hcert context identifier "XX<digits>:"
    WebAddress, // scheme://..., or www....: the QR of a poster, a menu, a one-time entry log page
    Empty,      // nothing but white space
    Other,      // typed text, a product barcode, a QR of some other system
};

ScannedTextKind classifyScannedText(QStringView text);

// Stable names for reasons and logs: "pass", "web-address", "empty", "other".
QString scannedTextKindName(ScannedTextKind kind);

} // namespace passgate
