#include "kiosk/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcLanguage, "passgate.language")

namespace passgate {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{}

QString LanguageSwitcher::systemDefault()
{
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

void LanguageSwitcher::setLanguage(const QString &language)
{
    if (language != u"ko" && language != u"en") {
        qCWarning(lcLanguage) << "unknown language" << language << "- keeping" << m_language;
        return;
    }
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // English is the source language; Korean comes from the compiled translation in the resources.
    if (language == u"ko") {
        if (m_translator.load(QStringLiteral(":/i18n/passgate_ko.qm")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
        else
            qCWarning(lcLanguage) << "the Korean translation is missing from the resources";
    }
    QLocale::setDefault(QLocale(language == u"ko" ? QLocale::Korean : QLocale::English));
    const bool changed = language != m_language;
    m_language = language;
    if (m_engine)
        m_engine->retranslate();
    if (changed) {
        if (m_remember)
            m_remember(language);
        Q_EMIT languageChanged();
    }
}

} // namespace passgate
