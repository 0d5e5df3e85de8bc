import QtQuick
import Passgate
import QtQuick.Layouts

// 안심콜: the visitor calls the venue's number, or staff type the visitor's number (sealed in the ledger).
PanelFrame {
    id: panel
    objectName: "phonePanel"
    signal done()
    signal safetyNumber()
    title: qsTr("Phone check-in")
    problem: number.text.length > 0 ? Kiosk.settings.phoneProblem(number.text) : Kiosk.checkIn.problem
    actionEnabled: number.text.length > 0 && Kiosk.settings.phoneProblem(number.text).length === 0
    records: true
    onAction: if (Kiosk.checkIn.checkInByPhone(number.text)) { number.clear(); panel.done() }
    onCancelled: { number.clear(); panel.done() }

    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("The visitor calls the check-in number:")
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        wrapMode: Text.WordWrap
    }
    Text {
        textFormat: Text.PlainText
        text: Kiosk.settings.checkInPhone.length > 0 ? Kiosk.settings.checkInPhone : qsTr("(no number set)")
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.title
        font.weight: Font.Bold
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("…or type the visitor's mobile or home number:")
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        wrapMode: Text.WordWrap
    }
    Field {
        id: number
        objectName: "phoneNumberField"
        Layout.fillWidth: true
        label: qsTr("010-1234-5678")
        inputMethodHints: Qt.ImhDialableCharactersOnly
        onAccepted: panel.action()
    }
    // 개인안심번호: written into paper logs instead of a phone number since 2021.
    BigButton {
        objectName: "useSafetyNumber"
        Layout.fillWidth: true
        implicitHeight: Theme.touch * 0.85
        text: qsTr("The visitor gives a safety number (12가34나) instead")
        onClicked: { number.clear(); panel.safetyNumber() }
    }
    Item { Layout.fillHeight: true }
}
