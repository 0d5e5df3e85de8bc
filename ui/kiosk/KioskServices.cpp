#include "kiosk/KioskServices.h"

#include "kiosk/KioskSettings.h"
#include "kiosk/StaffAccess.h"

#include <QCoreApplication>
#include <QJSEngine>

namespace passgate {

namespace {
KioskServices *s_instance = nullptr;
}

KioskServices::KioskServices(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    s_instance = this;
}

KioskServices::~KioskServices()
{
    if (s_instance == this)
        s_instance = nullptr;
}

KioskServices *KioskServices::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Kiosk", "the kiosk's services are wired before QML is loaded");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString KioskServices::version() const
{
    return QCoreApplication::applicationVersion();
}

void KioskServices::requestQuit()
{
    // A visitor at a self-scan kiosk reaches no quit button, but the rule holds here too.
    if (m_parts.settings->selfScan() && !m_parts.staff->unlocked())
        return;
    Q_EMIT quitRequested();
}

} // namespace passgate
