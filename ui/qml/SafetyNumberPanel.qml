import QtQuick
import Passgate
import QtQuick.Layouts

// 개인안심번호: the visitor shows the six characters under their QR code (or says them) instead of a
// phone number; staff tap them in on a keypad that writes Hangul without an input method. The home
// district (시·군·구) is optional, as on the paper log. Both are sealed in the ledger.
PanelFrame {
    id: panel
    objectName: "safetyNumberPanel"
    signal done()
    title: qsTr("Safety number check-in")
    // The keypad writes into the field last tapped.
    property HangulKeypad keypad: numberKeypad
    readonly property string numberProblem: Kiosk.checkIn.safetyNumberProblem(numberKeypad.text)
    problem: numberKeypad.text.length >= 6 && numberProblem.length > 0 ? numberProblem : Kiosk.checkIn.problem
    actionEnabled: numberProblem.length === 0
    records: true
    onAction: {
        if (Kiosk.checkIn.checkInBySafetyNumber(numberKeypad.text, districtKeypad.text)) {
            numberKeypad.clear()
            districtKeypad.clear()
            panel.done()
        }
    }
    onCancelled: { numberKeypad.clear(); districtKeypad.clear(); panel.done() }

    HangulKeypad { id: numberKeypad; maximumLength: 6 }
    HangulKeypad { id: districtKeypad; maximumLength: 20 }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Field {
            id: number
            objectName: "safetyNumberField"
            Layout.fillWidth: true
            label: qsTr("Safety number, e.g. 12가34나")
            text: numberKeypad.preview
            onTextEdited: numberKeypad.text = text
            onActiveFocusChanged: if (activeFocus) panel.keypad = numberKeypad
            onAccepted: panel.action()
            font.weight: panel.keypad === numberKeypad ? Font.Bold : Font.Normal
        }
        Field {
            id: district
            objectName: "homeDistrictField"
            Layout.fillWidth: true
            label: qsTr("Home district (optional), e.g. 강남구")
            text: districtKeypad.preview
            onTextEdited: districtKeypad.text = text
            onActiveFocusChanged: if (activeFocus) panel.keypad = districtKeypad
            onAccepted: panel.action()
            font.weight: panel.keypad === districtKeypad ? Font.Bold : Font.Normal
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        spacing: Theme.spacing * 1.5
        GridLayout {
            Layout.alignment: Qt.AlignTop
            columns: 3
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing / 2
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "␣", "0", "⌫"]
                BigButton {
                    objectName: "safetyDigit_" + modelData
                    implicitWidth: Theme.touch * 1.1
                    implicitHeight: Theme.touch * 0.8
                    Layout.minimumHeight: Theme.touch * 0.8
                    text: modelData
                    onClicked: {
                        if (modelData === "⌫")
                            panel.keypad.backspace()
                        else
                            panel.keypad.type(modelData === "␣" ? " " : modelData)
                    }
                }
            }
        }
        GridLayout {
            objectName: "hangulKeys"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            columns: 7
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing / 2
            Repeater {
                model: panel.keypad.keys
                BigButton {
                    required property string modelData
                    required property int index
                    objectName: "hangulKey_" + modelData
                    Layout.fillWidth: true
                    implicitWidth: Theme.touch * 0.9
                    implicitHeight: Theme.touch * 0.8
                    Layout.minimumHeight: Theme.touch * 0.8
                    text: modelData
                    onClicked: panel.keypad.pressKey(index)
                }
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: panel.keypad.stage === HangulKeypad.Vowel ? qsTr("Now the syllable with its vowel.")
              : panel.keypad.stage === HangulKeypad.Final ? qsTr("Keep the syllable (first key) or add a final consonant.")
              : qsTr("Tap the first consonant of a syllable, or a digit.")
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        wrapMode: Text.WordWrap
    }
    Item { Layout.fillHeight: true }
}
