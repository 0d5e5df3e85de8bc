import QtQuick
import Passgate
import QtQuick.Layouts

// Self-scan kiosk: visitor-facing, instructions always in Korean and English, the preview, and a way
// for visitors whose phone fails. Staff reach their area by holding the corner for two seconds.
Item {
    id: page
    objectName: "selfScanPage"
    signal openPanel(string name)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: "QR 코드를 화면에 보여 주세요"
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: "Please show your QR code to the camera"
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.large
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }

        // Outage mode: visitors whose pass app fails are checked by staff (both languages, always).
        Rectangle {
            objectName: "selfScanOutage"
            Layout.fillWidth: true
            visible: Kiosk.outage.active
            color: Theme.deny
            radius: Theme.radius
            implicitHeight: outageWords.implicitHeight + Theme.spacing * 2
            Text {
                textFormat: Text.PlainText
                id: outageWords
                objectName: "selfScanOutageText"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                text: "QR 체크인 장애 중입니다. 카운터로 가 주세요.\nCheck-in apps are down: please go to the counter."
                color: "white"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.weight: Font.Bold
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }

        ScanPreview {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: page.width * 0.8
            Layout.alignment: Qt.AlignHCenter
            hint: "네모 안에 맞춰 주세요 · Inside the frame, please"
        }

        BigButton {
            objectName: "cantShowQrButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: page.width * 0.6
            Layout.preferredHeight: Theme.touch * 1.3
            text: "QR을 보여 줄 수 없나요?  ·  Can't show your QR?"
            tint: Theme.accent
            textColor: Theme.onAccent
            onClicked: page.openPanel("help")
        }
    }

    // A visitor's verdict fills the page, readable from the queue.
    VerdictOverlay { anchors.fill: parent }

    // The staff corner: invisible to visitors, a long press asks for the PIN (above the verdict too).
    Item {
        objectName: "staffCorner"
        anchors.top: parent.top
        anchors.right: parent.right
        width: Theme.touch
        height: Theme.touch
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Staff area")
        Accessible.onPressAction: page.openPanel("staff")
        TapHandler {
            longPressThreshold: 2
            onLongPressed: page.openPanel("staff")
        }
    }
}
