#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace passgate {

// Colours and sizes in one place (QML singleton `Theme`). Sizes scale with the window through `unit`,
// which the shell sets, so a verdict stays readable from two metres on a 10" tablet and a 24" screen.
// Colours are chosen for contrast: white on the admit green and deny red (>= 5:1), near-black on amber.
class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal unit READ unit WRITE setUnit NOTIFY unitChanged)
    Q_PROPERTY(QColor background MEMBER m_background CONSTANT)
    Q_PROPERTY(QColor panel MEMBER m_panel CONSTANT)
    Q_PROPERTY(QColor panelRaised MEMBER m_panelRaised CONSTANT)
    Q_PROPERTY(QColor text MEMBER m_text CONSTANT)
    Q_PROPERTY(QColor textDim MEMBER m_textDim CONSTANT)
    Q_PROPERTY(QColor accent MEMBER m_accent CONSTANT)
    Q_PROPERTY(QColor onAccent MEMBER m_onAccent CONSTANT)
    Q_PROPERTY(QColor admit MEMBER m_admit CONSTANT)
    Q_PROPERTY(QColor deny MEMBER m_deny CONSTANT)
    Q_PROPERTY(QColor staffCheck MEMBER m_staffCheck CONSTANT)
    Q_PROPERTY(QColor onStaffCheck MEMBER m_onStaffCheck CONSTANT)
    Q_PROPERTY(QColor ok MEMBER m_ok CONSTANT)
    Q_PROPERTY(QColor warning MEMBER m_warning CONSTANT)
    Q_PROPERTY(QColor error MEMBER m_error CONSTANT)
    Q_PROPERTY(QString fontFamily MEMBER m_fontFamily CONSTANT)
    Q_PROPERTY(qreal huge READ huge NOTIFY unitChanged)
    Q_PROPERTY(qreal title READ title NOTIFY unitChanged)
    Q_PROPERTY(qreal large READ large NOTIFY unitChanged)
    Q_PROPERTY(qreal body READ body NOTIFY unitChanged)
    Q_PROPERTY(qreal small READ small NOTIFY unitChanged)
    Q_PROPERTY(qreal spacing READ spacing NOTIFY unitChanged)
    Q_PROPERTY(qreal touch READ touch NOTIFY unitChanged)
    Q_PROPERTY(qreal radius READ radius NOTIFY unitChanged)

public:
    using QObject::QObject;

    qreal unit() const { return m_unit; }
    void setUnit(qreal unit)
    {
        if (qFuzzyCompare(unit, m_unit))
            return;
        m_unit = unit;
        Q_EMIT unitChanged();
    }
    qreal huge() const { return 96 * m_unit; }
    qreal title() const { return 46 * m_unit; }
    qreal large() const { return 34 * m_unit; }
    qreal body() const { return 26 * m_unit; }
    qreal small() const { return 20 * m_unit; }
    qreal spacing() const { return 16 * m_unit; }
    qreal touch() const { return 76 * m_unit; } // minimum touch target
    qreal radius() const { return 14 * m_unit; }

Q_SIGNALS:
    void unitChanged();

private:
    qreal m_unit = 1.0;
    QColor m_background{0x10, 0x16, 0x1d};
    QColor m_panel{0x1b, 0x24, 0x2e};
    QColor m_panelRaised{0x2a, 0x37, 0x44};
    QColor m_text{0xf4, 0xf6, 0xf8};
    QColor m_textDim{0xb7, 0xc2, 0xcc};
    QColor m_accent{0x4a, 0xa3, 0xff};
    QColor m_onAccent{0x06, 0x12, 0x1f};
    QColor m_admit{0x13, 0x7a, 0x35};
    QColor m_deny{0xb3, 0x26, 0x1e};
    QColor m_staffCheck{0xf2, 0xb7, 0x05};
    QColor m_onStaffCheck{0x1a, 0x14, 0x00};
    QColor m_ok{0x3c, 0xcf, 0x6e};
    QColor m_warning{0xf2, 0xb7, 0x05};
    QColor m_error{0xff, 0x6b, 0x5f};
    QString m_fontFamily = QStringLiteral("Noto Sans CJK KR");
};

} // namespace passgate
