#include "kiosk/WindowKeeper.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QWindow>

Q_LOGGING_CATEGORY(lcWindow, "passgate.window")

namespace passgate {

namespace {

// Two checks a second apart: an unmap on the way to a minimise or a re-map settles sooner.
constexpr int checksBeforeGone = 2;

} // namespace

WindowKeeper::WindowKeeper(QWindow *window, std::function<bool()> keepShowing, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_keepShowing(std::move(keepShowing))
{
    if (!m_window)
        return;
    m_window->installEventFilter(this);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &WindowKeeper::check);
    m_poll.start();
}

bool WindowKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Expose && m_window->isExposed()) {
        m_wasExposed = true;
        m_unexposedChecks = 0;
    }
    return false;
}

void WindowKeeper::check()
{
    if (!m_window || !m_wasExposed || !m_window->isVisible() || m_window->isExposed() ||
        (m_window->windowStates() & Qt::WindowMinimized)) {
        m_unexposedChecks = 0;
        return;
    }
    if (++m_unexposedChecks < checksBeforeGone)
        return;
    m_unexposedChecks = 0;
    m_wasExposed = false;
    if (m_keepShowing()) {
        qCWarning(lcWindow) << "the kiosk window was closed from outside: showing it again";
        // A native window destroyed by another program cannot be mapped again: make a new one.
        m_window->destroy();
        m_window->show();
        return;
    }
    qCWarning(lcWindow) << "the kiosk window was closed from outside: ending passgate";
    Q_EMIT windowLost();
}

} // namespace passgate
