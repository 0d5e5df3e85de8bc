import QtQuick
import Passgate
import QtQuick.Layouts

// A large touch target with a clear label; Accessible for screen readers and tests.
Rectangle {
    id: button
    property alias text: label.text
    property color tint: Theme.panelRaised
    property color textColor: Theme.text
    property bool enabledState: true
    signal clicked()

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 2.6, label.implicitWidth + 2 * Theme.spacing)
    Layout.minimumHeight: Theme.touch
    radius: Theme.radius
    color: !enabledState ? Qt.darker(tint, 1.6) : tap.pressed ? Qt.lighter(tint, 1.25) : tint
    border.color: activeFocus ? Theme.accent : Qt.lighter(tint, 1.4)
    border.width: Math.max(1, 2 * Theme.unit)
    opacity: enabledState ? 1 : 0.55
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: label.text
    Accessible.onPressAction: if (enabledState) button.clicked()
    Keys.onReturnPressed: if (enabledState) button.clicked()
    Keys.onSpacePressed: if (enabledState) button.clicked()

    Text {
        textFormat: Text.PlainText
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.small
        font.pixelSize: Theme.body
        font.family: Theme.fontFamily
        font.weight: Font.DemiBold
        color: button.textColor
    }

    TapHandler {
        id: tap
        // An exclusive grab on press: a tap belongs to this button only, never to one lying beneath.
        gesturePolicy: TapHandler.WithinBounds
        // Not disabled with the button: a handler disabled while it holds the grab (the tap that made
        // the button disabled) would keep later taps from arriving.
        onTapped: if (button.enabledState) button.clicked()
    }
}
