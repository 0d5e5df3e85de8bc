import QtQuick
import Passgate
import QtQuick.Layouts

// First start: one screen asks for the venue, its check-in phone number and the staff PIN.
PanelFrame {
    id: page
    objectName: "setupPage"
    signal done()
    title: qsTr("Set up this venue")
    actionText: qsTr("Save and start")
    property string venueType: "cafe"
    property string error
    problem: error
    onAction: {
        error = Kiosk.settings.completeSetup(venueName.text, venueType, phone.text, pin.text, pinAgain.text)
        if (error.length === 0)
            page.done()
    }
    onCancelled: page.done()

    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Until this is done and a trust list is installed, passgate runs in demo mode.")
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: Kiosk.status.staffNotices
        Text {
            textFormat: Text.PlainText
            required property string modelData
            Layout.fillWidth: true
            text: modelData
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            // At spaces ("PIN" stays whole); inside a word only when it is wider than the panel (a
            // passphrase, a file path).
            wrapMode: Text.Wrap
        }
    }
    Field { id: venueName; objectName: "setupVenueName"; Layout.fillWidth: true; label: qsTr("Venue name") }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Repeater {
            model: [
                { code: "cafe", label: qsTr("Cafe") },
                { code: "restaurant", label: qsTr("Restaurant") },
                { code: "pcbang", label: qsTr("PC bang") },
                { code: "hospital", label: qsTr("Hospital") },
                { code: "other", label: qsTr("Other") }
            ]
            BigButton {
                objectName: "venueType_" + modelData.code
                implicitHeight: Theme.touch * 0.75
                text: modelData.label
                tint: page.venueType === modelData.code ? Theme.accent : Theme.panelRaised
                textColor: page.venueType === modelData.code ? Theme.onAccent : Theme.text
                onClicked: page.venueType = modelData.code
            }
        }
    }
    Field { id: phone; objectName: "setupPhone"; Layout.fillWidth: true; label: qsTr("Check-in phone number (안심콜), e.g. 080-123-4567") }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Field { id: pin; objectName: "setupPin"; Layout.fillWidth: true; label: qsTr("Staff PIN (4-8 digits)"); echoMode: TextInput.Password; inputMethodHints: Qt.ImhDigitsOnly; onAccepted: pinAgain.forceActiveFocus() }
        Field { id: pinAgain; objectName: "setupPinAgain"; Layout.fillWidth: true; label: qsTr("PIN again"); echoMode: TextInput.Password; inputMethodHints: Qt.ImhDigitsOnly; onAccepted: page.action() }
    }
    Item { Layout.fillHeight: true }
    // Set up from a keyboard as well as by touch: typing starts in the first field, Tab moves on,
    // Enter in the last field saves.
    Component.onCompleted: venueName.forceActiveFocus()
}
