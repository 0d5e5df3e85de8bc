#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace passgate {

class CheckInStation;
class Clock;

// The staff area's export for contact tracing: the last N days of check-ins, sealed to the owner's
// key, written into a folder (a USB stick) as passgate-export-<kiosk>-<UTC time>.pgle. Only the
// owner's private key opens it (`passgate-cli ledger open-export`).
class ContactExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk owns the export")
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY changed)

public:
    ContactExport(const CheckInStation &station, QString kioskId, const Clock &clock,
                  QObject *parent = nullptr);

    QString result() const { return m_result; }
    QString lastFile() const { return m_lastFile; }

    // True when the file was written; result() says what happened either way.
    Q_INVOKABLE bool exportDays(int days, const QString &folder);
    // After a language switch: words in the other language are cleared, not shown.
    void forgetResult();

Q_SIGNALS:
    void changed();

private:
    void finish(const QString &result, const QString &file);

    const CheckInStation &m_station;
    QString m_kioskId;
    const Clock &m_clock;
    QString m_result;
    QString m_lastFile;
};

} // namespace passgate
