#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <vector>

namespace passgate {

// Korean or English, switched at run time: installs the compiled translations and asks the QML engine
// to re-evaluate every qsTr() binding. English is the source language; its catalogues hold only
// plural forms.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk owns the language")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // "ko" when the system locale is Korean, else "en".
    static QString systemDefault();

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    void onChange(std::function<void(const QString &)> remember) { m_remember = std::move(remember); }

Q_SIGNALS:
    void languageChanged();

private:
    QString m_language = QStringLiteral("en");
    // One per catalogue (the kiosk's, the scan sources'); installed ones only.
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QPointer<QQmlEngine> m_engine;
    std::function<void(const QString &)> m_remember;
};

} // namespace passgate
