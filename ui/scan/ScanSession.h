#pragma once

#include "scan/ScanTime.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

namespace passgate {

// Where a payload came from; the check-in records it and the staff view shows it.
enum class ScanOrigin
{
    Camera,
    VideoFile,
    ImageFolder,
    Demo,
    KeyboardWedge,
    UsbScanner, // read from its input device (HidScanner)
};

QString scanOriginName(ScanOrigin origin);

// Turns the stream of codes read (the same pass is read in every frame while it is held up) into
// check-in events: a payload is new unless the same text was seen less than cooldown ago. The cooldown
// runs from the last sighting, so a pass left in front of the camera never checks in twice, and a
// visitor who shows their pass again right after someone else's is not counted again either.
class ScanSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString lastPayload READ lastPayload NOTIFY lastPayloadChanged)
    Q_PROPERTY(int cooldownMs READ cooldownMs CONSTANT)

public:
    explicit ScanSession(std::chrono::milliseconds cooldown = std::chrono::seconds(5),
                         ScanTimeSource now = steadyScanTime(), QObject *parent = nullptr);

    // Feeds one reading; true (and newPayload emitted) when it counts as a new scan.
    bool offer(const QString &payload, ScanOrigin origin);
    // Forgets every sighting: the next reading of any payload is new (e.g. after staff cancelled a check-in).
    void reset();

    QString lastPayload() const { return m_lastPayload; }
    int cooldownMs() const { return int(m_cooldown.count()); }
    quint64 newCount() const { return m_newCount; }
    quint64 repeatCount() const { return m_repeatCount; }

Q_SIGNALS:
    void newPayload(const QString &payload, passgate::ScanOrigin origin);
    // The same payload again within the cooldown (the UI may say "already scanned").
    void repeatedPayload(const QString &payload, passgate::ScanOrigin origin);
    void lastPayloadChanged();

private:
    void forgetExpired(std::chrono::milliseconds now);

    std::chrono::milliseconds m_cooldown;
    ScanTimeSource m_now;
    QHash<QString, std::chrono::milliseconds> m_lastSeen;
    QString m_lastPayload;
    quint64 m_newCount = 0;
    quint64 m_repeatCount = 0;
};

} // namespace passgate
