#include "kiosk/Kiosk.h"

#include "kiosk/KioskSettings.h"
#include "kiosk/StaffAccess.h"

#include <QCoreApplication>
#include <QJSEngine>

namespace passgate {

namespace {
Kiosk *s_instance = nullptr;
}

Kiosk::Kiosk(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    s_instance = this;
}

Kiosk::~Kiosk()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Kiosk *Kiosk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Kiosk", "the kiosk's services are wired before QML is loaded");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Kiosk::version() const
{
    return QCoreApplication::applicationVersion();
}

void Kiosk::requestQuit()
{
    // A visitor at a self-scan kiosk reaches no quit button, but the rule holds here too.
    if (m_parts.settings->selfScan() && !m_parts.staff->unlocked())
        return;
    Q_EMIT quitRequested();
}

} // namespace passgate
