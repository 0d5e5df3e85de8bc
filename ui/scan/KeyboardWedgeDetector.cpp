#include "scan/KeyboardWedgeDetector.h"

#include "scan/DubeolsikKeys.h"
#include "scan/ScanLog.h"

#include <QKeyEvent>

namespace passgate {

KeyboardWedgeDetector::KeyboardWedgeDetector(QObject *parent)
    : KeyboardWedgeDetector(Options{}, steadyScanTime(), parent)
{}

KeyboardWedgeDetector::KeyboardWedgeDetector(Options options, ScanTimeSource now, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_now(std::move(now))
{}

KeyboardWedgeDetector::KeyVerdict KeyboardWedgeDetector::feed(int key, const QString &text,
                                                              std::chrono::milliseconds at)
{
    const bool quick = !m_burst.isEmpty() && at - m_lastKeyAt <= m_options.maxKeyGap;
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        const QString burst = std::exchange(m_burst, QString());
        if (quick && burst.size() >= m_options.minLength) {
            qCInfo(lcScan).noquote() << "keyboard-wedge scan of" << burst.size() << "characters";
            if (DubeolsikKeys::containsHangul(burst)) {
                // The system input method was in 한글 mode: the scanner's keys come back from the jamo.
                qCInfo(lcScan) << "keyboard-wedge scan arrived as Hangul: read back as 2-beolsik keys";
                Q_EMIT scanned(DubeolsikKeys::toKeys(burst));
            } else {
                Q_EMIT scanned(burst);
            }
            return KeyVerdict::Scan;
        }
        return KeyVerdict::Typing;
    }
    if (text.isEmpty())
        return m_burst.isEmpty() ? KeyVerdict::Typing : KeyVerdict::Burst; // Shift and friends
    if (!text.at(0).isPrint()) {
        m_burst.clear(); // Backspace, Tab, Escape: a person editing
        return KeyVerdict::Typing;
    }
    if (!quick)
        m_burst.clear();
    m_burst += text;
    m_lastKeyAt = at;
    return KeyVerdict::Burst;
}

KeyboardWedgeDetector::KeyVerdict KeyboardWedgeDetector::feedKey(int key, const QString &text)
{
    return feed(key, text, m_now());
}

bool KeyboardWedgeDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_standDown && m_standDown(watched)) {
        m_burst.clear();
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        // Synthetic events may carry no timestamp; the time source stands in for them.
        const std::chrono::milliseconds at =
            keyEvent->timestamp() != 0 ? std::chrono::milliseconds(keyEvent->timestamp()) : m_now();
        if (feed(keyEvent->key(), keyEvent->text(), at) == KeyVerdict::Scan)
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace passgate
