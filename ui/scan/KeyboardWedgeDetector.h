#pragma once

#include "scan/ScanTime.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace passgate {

// Tells a USB barcode scanner in keyboard-wedge mode from a person typing: a scanner "types" the whole
// payload in a burst, a few milliseconds per character, and ends it with Enter. A burst of at least
// minLength characters, no gap longer than maxKeyGap, ending in Enter within maxKeyGap, is a scan.
// The UI feeds it key presses (installEventFilter on the window, or feed() from QML's Keys handler) and
// sends scanned() into the same ScanSession as the camera.
class KeyboardWedgeDetector : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds maxKeyGap{50}; // scanners: 2-20 ms per key; fast typists: 80 ms and more
        int minLength = 8;                       // pass payloads are far longer; short bursts are typing
    };

    enum class KeyVerdict
    {
        Typing, // not part of a burst (or a burst that ended without qualifying)
        Burst,  // a character that continues or starts a possible scan
        Scan,   // the Enter that completed a scan: scanned() was emitted
    };
    Q_ENUM(KeyVerdict)

    explicit KeyboardWedgeDetector(QObject *parent = nullptr);
    explicit KeyboardWedgeDetector(Options options, ScanTimeSource now = steadyScanTime(),
                                   QObject *parent = nullptr);

    // One key press: KEY is a Qt::Key, TEXT what it types (empty for Shift and other modifiers, which
    // are ignored), AT when it was pressed.
    KeyVerdict feed(int key, const QString &text, std::chrono::milliseconds at);
    // The same with the injected time source, for QML (whose key events carry no timestamp).
    Q_INVOKABLE passgate::KeyboardWedgeDetector::KeyVerdict feedKey(int key, const QString &text);

    // Feeds the KeyPress events of the watched object, timed by their timestamps, and swallows the
    // Enter that completes a scan so it does not also trigger a focused button.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // While STANDDOWN(watched) is true (a text field has the focus) keys belong to that field: none is
    // fed and none is swallowed, however fast it was typed.
    void setStandDown(std::function<bool(QObject *watched)> standDown) { m_standDown = std::move(standDown); }

Q_SIGNALS:
    void scanned(const QString &payload);

private:
    Options m_options;
    ScanTimeSource m_now;
    std::function<bool(QObject *)> m_standDown;
    QString m_burst;
    std::chrono::milliseconds m_lastKeyAt{0};
};

} // namespace passgate
