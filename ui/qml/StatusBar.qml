import QtQuick
import Passgate
import QtQuick.Layouts

// Always visible: venue, demo flag, trust list, camera, ledger. Icon + colour + words per part.
Rectangle {
    id: bar
    objectName: "statusBar"
    implicitHeight: Math.max(44 * Theme.unit, row.implicitHeight + Theme.spacing / 2)
    color: Theme.panel

    component Words: Text {
        textFormat: Text.PlainText
        visible: text.length > 0
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.small
    }

    // Each part gives up width (eliding its words) before anything is pushed off the bar; the full
    // words are in the staff area and the banners. A number is never elided (a count or a date cut
    // short reads as another): the word holding the first digit ("12840", "2022-02-09:") always shows
    // whole, the words before and after it give up their width instead ("Sync: server unr… 12840
    // wai…").
    component Part: RowLayout {
        id: part
        property int level: KioskStatus.Ok
        property string label
        // How narrow the words may get before the other parts give up more of theirs.
        property real minimumTextWidth: Theme.touch
        // Where the word holding the first digit starts and ends; the label's end when it has none.
        readonly property int numberAt: label.search(/\S*\d/) < 0 ? label.length : label.search(/\S*\d/)
        readonly property int numberEnd: numberAt + label.substring(numberAt).search(/\s|$/)
        spacing: Theme.spacing / 3
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        Accessible.role: Accessible.StaticText
        Accessible.name: label
        Rectangle {
            implicitWidth: Theme.small
            implicitHeight: Theme.small
            radius: level === KioskStatus.Ok ? width / 2 : 2
            rotation: level === KioskStatus.Warning ? 45 : 0
            color: level === KioskStatus.Ok ? Theme.ok : level === KioskStatus.Warning ? Theme.warning : Theme.error
        }
        Words {
            text: part.label.substring(0, part.numberAt).trim()
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.minimumWidth: Math.min(implicitWidth, part.minimumTextWidth)
        }
        Words { text: part.label.substring(part.numberAt, part.numberEnd) }
        Words {
            text: part.label.substring(part.numberEnd).trim()
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.minimumWidth: Math.min(implicitWidth, part.minimumTextWidth / 2)
        }
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing * 1.5

        Text {
            textFormat: Text.PlainText
            text: Kiosk.settings.venueName.length > 0 ? Kiosk.settings.venueName : "passgate"
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.maximumWidth: bar.width * 0.3
        }
        Rectangle {
            objectName: "demoBadge"
            visible: Kiosk.status.demo
            color: Theme.warning
            radius: 4
            implicitWidth: demoText.implicitWidth + Theme.spacing
            implicitHeight: demoText.implicitHeight + 4
            Text {
                textFormat: Text.PlainText
                id: demoText
                anchors.centerIn: parent
                text: qsTr("DEMO")
                color: Theme.onStaffCheck
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small
                font.weight: Font.Bold
            }
        }
        Item { Layout.fillWidth: true }
        Part { level: Kiosk.status.trustState; label: Kiosk.status.trustText }
        Part { level: Kiosk.status.cameraState; label: Kiosk.status.cameraText }
        Part { objectName: "scannerStatus"; visible: Kiosk.status.scannerText.length > 0; level: Kiosk.status.scannerState; label: Kiosk.status.scannerText }
        Part { objectName: "syncStatus"; visible: Kiosk.status.syncText.length > 0; level: Kiosk.status.syncState; label: Kiosk.status.syncText }
        // Whether check-ins are recorded is the part staff must always be able to read.
        Part { objectName: "ledgerStatus"; level: Kiosk.status.ledgerState; label: Kiosk.status.ledgerText; minimumTextWidth: bar.width * 0.2 }
        Text {
            textFormat: Text.PlainText
            text: Qt.formatTime(clockTick.now, "HH:mm")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            Timer {
                id: clockTick
                property date now: new Date()
                interval: 10000; running: true; repeat: true
                onTriggered: now = new Date()
            }
        }
    }
}
