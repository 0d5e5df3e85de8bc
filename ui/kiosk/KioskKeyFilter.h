#pragma once

#include <QObject>

#include <functional>

namespace passgate {

// In self-scan mode a visitor must not leave the kiosk: Alt+F4, Ctrl+Q, Ctrl+W and Esc are swallowed
// (also as shortcut overrides, so no Shortcut fires) and window close requests are refused, until
// `active` says otherwise (staff unlocked the admin area). Installed on the application, so it sees
// every window's events first.
class KioskKeyFilter : public QObject
{
    Q_OBJECT

public:
    explicit KioskKeyFilter(std::function<bool()> active, QObject *parent = nullptr);

    // How many key presses and close requests were refused, for the log and tests.
    int refused() const { return m_refused; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<bool()> m_active;
    int m_refused = 0;
};

} // namespace passgate
