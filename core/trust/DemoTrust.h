#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace passgate {

// The DEMO-ONLY trust material compiled in from resources/demo (make-demo.sh makes it): lets the
// kiosk and the CLI be shown without real keys. A kiosk checking real passes must pin real keys.
namespace demo {

QByteArray publisherPublicKeyPem();
QByteArray bundle();

struct DemoPass
{
    QString label;   // valid, expired, forged, test, recovery, revoked
    QString payload; // the QR text
};
// resources/demo/demo-passes.txt: "label<TAB>payload" lines.
QList<DemoPass> passes();
QList<DemoPass> parsePasses(const QString &text);

} // namespace demo

} // namespace passgate
