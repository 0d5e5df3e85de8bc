#include "scan/ScanSession.h"

#include "scan/ScanLog.h"

namespace passgate {

QString scanOriginName(ScanOrigin origin)
{
    switch (origin) {
    case ScanOrigin::Camera:
        return QStringLiteral("camera");
    case ScanOrigin::VideoFile:
        return QStringLiteral("video");
    case ScanOrigin::ImageFolder:
        return QStringLiteral("images");
    case ScanOrigin::Demo:
        return QStringLiteral("demo");
    case ScanOrigin::KeyboardWedge:
        return QStringLiteral("keyboard");
    case ScanOrigin::UsbScanner:
        return QStringLiteral("usb-scanner");
    }
    return QStringLiteral("unknown");
}

ScanSession::ScanSession(std::chrono::milliseconds cooldown, ScanTimeSource now, QObject *parent)
    : QObject(parent)
    , m_cooldown(cooldown)
    , m_now(std::move(now))
{}

bool ScanSession::offer(const QString &payload, ScanOrigin origin)
{
    if (payload.isEmpty())
        return false;
    const std::chrono::milliseconds now = m_now();
    forgetExpired(now);
    const bool seenRecently = m_lastSeen.contains(payload);
    m_lastSeen.insert(payload, now);
    if (seenRecently) {
        ++m_repeatCount;
        Q_EMIT repeatedPayload(payload, origin);
        return false;
    }
    ++m_newCount;
    if (m_lastPayload != payload) {
        m_lastPayload = payload;
        Q_EMIT lastPayloadChanged();
    }
    // The payload itself is personal data: the log says only that one came, from where, and its size.
    qCInfo(lcScan).noquote() << "new payload from" << scanOriginName(origin)
                             << QStringLiteral("(%1 characters)").arg(payload.size());
    Q_EMIT newPayload(payload, origin);
    return true;
}

void ScanSession::reset()
{
    m_lastSeen.clear();
}

void ScanSession::forgetExpired(std::chrono::milliseconds now)
{
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();) {
        if (now - it.value() >= m_cooldown)
            it = m_lastSeen.erase(it);
        else
            ++it;
    }
}

} // namespace passgate
