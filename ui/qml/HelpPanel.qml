import QtQuick
import Passgate
import QtQuick.Layouts

// For visitors whose phone fails: the venue's check-in number, large, and the paper route.
Item {
    id: panel
    objectName: "helpPanel"
    signal done()

    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.85
        spacing: Theme.spacing * 1.5

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: "안심콜: 아래 번호로 전화하면 출입이 기록됩니다\nCall this number to check in by phone"
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.large
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            textFormat: Text.PlainText
            objectName: "checkInNumber"
            Layout.fillWidth: true
            text: Kiosk.settings.checkInPhone.length > 0 ? Kiosk.settings.checkInPhone : "—"
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.huge * 1.1
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: "종이 증명서는 직원에게 보여 주세요\nPlease show a paper certificate to staff"
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.large
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "helpBackButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: panel.width * 0.4
            text: "돌아가기 · Back"
            onClicked: panel.done()
        }
    }
}
