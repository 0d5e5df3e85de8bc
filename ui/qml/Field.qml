import QtQuick
import Passgate
import QtQuick.Controls.Basic

// A large text field in the kiosk's look.
TextField {
    id: field
    property string label
    placeholderText: label
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    color: Theme.text
    placeholderTextColor: Theme.textDim
    implicitHeight: Theme.touch * 0.85
    leftPadding: Theme.spacing
    Accessible.name: label
    background: Rectangle {
        color: Theme.background
        radius: Theme.radius / 2
        border.color: field.activeFocus ? Theme.accent : Theme.panelRaised
        border.width: Math.max(1, 2 * Theme.unit)
    }
}
