#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace passgate {

// What the verdict overlay shows, already in words: the overlay only binds to it.
class VerdictView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The check-in controller owns the verdict")
    Q_PROPERTY(bool shown READ shown NOTIFY changed)
    Q_PROPERTY(Kind kind READ kind NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QStringList reasons READ reasons NOTIFY changed)
    Q_PROPERTY(QString holderName READ holderName NOTIFY changed)
    Q_PROPERTY(QString birthDate READ birthDate NOTIFY changed)
    Q_PROPERTY(QString statement READ statement NOTIFY changed)
    Q_PROPERTY(QString validity READ validity NOTIFY changed)
    Q_PROPERTY(bool recorded READ recorded NOTIFY changed)
    // A demo pass: shown to demonstrate the kiosk, deliberately not recorded.
    Q_PROPERTY(bool demonstration READ demonstration NOTIFY changed)
    // The line under the verdict that says what happened to the record (empty when it was recorded).
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    Q_PROPERTY(int serial READ serial NOTIFY changed)

public:
    enum class Kind
    {
        None,
        Admit,
        Deny,
        StaffCheck
    };
    Q_ENUM(Kind)

    struct Content
    {
        Kind kind = Kind::None;
        QString headline;
        QStringList reasons;
        QString holderName;
        QString birthDate;
        QString statement;
        QString validity;
        bool recorded = false;
        bool demonstration = false;
        QString notice;
    };

    using QObject::QObject;

    bool shown() const { return m_content.kind != Kind::None; }
    Kind kind() const { return m_content.kind; }
    QString headline() const { return m_content.headline; }
    QStringList reasons() const { return m_content.reasons; }
    QString holderName() const { return m_content.holderName; }
    QString birthDate() const { return m_content.birthDate; }
    QString statement() const { return m_content.statement; }
    QString validity() const { return m_content.validity; }
    bool recorded() const { return m_content.recorded; }
    bool demonstration() const { return m_content.demonstration; }
    QString notice() const { return m_content.notice; }
    // Counts verdicts shown, so the overlay restarts its sound and timer even for two equal verdicts.
    int serial() const { return m_serial; }

    void show(Content content);
    void clear();

Q_SIGNALS:
    void changed();

private:
    Content m_content;
    int m_serial = 0;
};

} // namespace passgate
