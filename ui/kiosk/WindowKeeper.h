#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWindow;

namespace passgate {

// Keeps the kiosk window from vanishing under a running kiosk. Another program can unmap or destroy
// the native window (xdotool windowclose, a crashed window manager) without any close request
// reaching Qt; passgate would then run on invisibly, holding the data dir's lock, and the next kiosk
// start would find the ledger in use. Once the window has been on screen, a window that stays
// unexposed while neither hidden by passgate nor minimised is taken as gone: a self-scan kiosk makes
// it anew and shows it again, any other mode ends passgate so the lock goes with it.
class WindowKeeper : public QObject
{
    Q_OBJECT

public:
    // `keepShowing`: asked at the moment the window is found gone (self-scan mode, now).
    WindowKeeper(QWindow *window, std::function<bool()> keepShowing, QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The window is gone and is not to be shown again: the application should quit.
    void windowLost();

private:
    void check();

    QPointer<QWindow> m_window;
    std::function<bool()> m_keepShowing;
    bool m_wasExposed = false;
    int m_unexposedChecks = 0;
    QTimer m_poll;
};

} // namespace passgate
