import QtQuick
import Passgate
import QtQuick.Layouts

// The staff PIN: a keypad large enough for a thumb; after five wrong PINs it pauses.
PanelFrame {
    id: panel
    objectName: "pinPanel"
    signal unlocked()
    signal done()
    title: qsTr("Staff PIN")
    actionText: qsTr("Unlock")
    actionEnabled: pin.text.length >= 4 && !Kiosk.staff.lockedOut
    problem: Kiosk.staff.lockedOut
             ? qsTr("Too many wrong PINs. Try again in %n second(s).", "", Kiosk.staff.secondsLockedOut)
             : Kiosk.staff.message
    onAction: {
        if (Kiosk.staff.unlock(pin.text, staffId.text)) {
            pin.clear()
            panel.unlocked()
        } else {
            pin.clear()
        }
    }
    onCancelled: { pin.clear(); panel.done() }

    // Fields beside the keypad: a landscape screen has the width, not the height, for both.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing * 1.5
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            Field {
                id: staffId
                objectName: "staffIdField"
                Layout.fillWidth: true
                label: qsTr("Staff id or initials")
            }
            Field {
                id: pin
                objectName: "pinField"
                Layout.fillWidth: true
                label: qsTr("PIN")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                maximumLength: 8
                onAccepted: panel.action()
            }
        }
        GridLayout {
            Layout.alignment: Qt.AlignTop
            columns: 3
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing / 2
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✓"]
                BigButton {
                    objectName: "pinKey_" + modelData
                    implicitWidth: Theme.touch * 1.3
                    implicitHeight: Theme.touch * 0.9
                    text: modelData
                    onClicked: {
                        if (modelData === "⌫")
                            pin.text = pin.text.slice(0, -1)
                        else if (modelData === "✓")
                            panel.action()
                        else if (pin.text.length < 8)
                            pin.text += modelData
                    }
                }
            }
        }
    }
    Item { Layout.fillHeight: true }
    // Staff at a counter keyboard type the PIN and press Enter; the staff id is optional.
    Component.onCompleted: pin.forceActiveFocus()
}
