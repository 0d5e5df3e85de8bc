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
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    for (const QString &catalogue : {QStringLiteral("passgate"), QStringLiteral("passgate_scan")}) {
        auto translator = std::make_unique<QTranslator>();
        const QString file = QStringLiteral(":/i18n/%1_%2.qm").arg(catalogue, language);
        if (translator->load(file) && QCoreApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
        else
            qCWarning(lcLanguage) << "the translation" << file << "is missing from the resources";
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
