#include "kiosk/KioskStatus.h"

namespace passgate {

void KioskStatus::setDemo(bool demo)
{
    m_demo = demo;
    Q_EMIT changed();
}

void KioskStatus::setOnline(bool online)
{
    m_online = online;
    Q_EMIT changed();
}

void KioskStatus::setTrust(State state, const QString &text)
{
    m_trustState = state;
    m_trustText = text;
    Q_EMIT changed();
}

void KioskStatus::setCamera(State state, const QString &text)
{
    m_cameraState = state;
    m_cameraText = text;
    Q_EMIT changed();
}

void KioskStatus::setScanner(State state, const QString &text)
{
    m_scannerState = state;
    m_scannerText = text;
    Q_EMIT changed();
}

void KioskStatus::setLedger(State state, const QString &text)
{
    m_ledgerState = state;
    m_ledgerText = text;
    Q_EMIT changed();
}

void KioskStatus::setSync(State state, const QString &text)
{
    if (state == m_syncState && text == m_syncText)
        return;
    m_syncState = state;
    m_syncText = text;
    Q_EMIT changed();
}

void KioskStatus::setStaffNotices(const QStringList &notices)
{
    m_staffNotices = notices;
    Q_EMIT changed();
}

void KioskStatus::setSetupProblem(const QString &problem)
{
    if (problem == m_setupProblem)
        return;
    m_setupProblem = problem;
    Q_EMIT changed();
}

} // namespace passgate
