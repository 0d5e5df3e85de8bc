#include "kiosk/KioskKeyFilter.h"

#include <QKeyEvent>
#include <QLoggingCategory>
#include <QWindow>

Q_LOGGING_CATEGORY(lcKioskKeys, "passgate.kiosk")

namespace passgate {

namespace {

bool isEscapeCombination(const QKeyEvent &key)
{
    const Qt::KeyboardModifiers modifiers = key.modifiers() & ~Qt::KeypadModifier;
    switch (key.key()) {
    case Qt::Key_Escape:
        return true;
    case Qt::Key_F4:
        return modifiers.testFlag(Qt::AltModifier) || modifiers.testFlag(Qt::ControlModifier);
    case Qt::Key_Q:
    case Qt::Key_W:
        return modifiers.testFlag(Qt::ControlModifier);
    case Qt::Key_Tab:
        return modifiers.testFlag(Qt::AltModifier);
    default:
        return false;
    }
}

} // namespace

KioskKeyFilter::KioskKeyFilter(std::function<bool()> active, QObject *parent)
    : QObject(parent)
    , m_active(std::move(active))
{}

bool KioskKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!isEscapeCombination(*key) || !m_active())
            return false;
        // Accepting the override keeps QShortcutMap from triggering a Shortcut; eating the press keeps
        // it from the focused item.
        event->accept();
        if (event->type() == QEvent::KeyPress) {
            ++m_refused;
            qCInfo(lcKioskKeys) << "self-scan mode: ignored key"
                                << QKeySequence(key->keyCombination()).toString();
        }
        return true;
    }
    case QEvent::Close:
        if (qobject_cast<QWindow *>(watched) && m_active()) {
            event->ignore();
            ++m_refused;
            qCInfo(lcKioskKeys) << "self-scan mode: refused to close the window";
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace passgate
