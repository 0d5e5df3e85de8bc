import QtQuick
import Passgate
import QtQuick.Layouts
import QtMultimedia

// The verdict, readable from two metres: colour + icon + one headline + the reason in plain words,
// then who the pass belongs to (for the ID check) and what it states. Stays until the next check-in,
// a tap, or (self-scan) the reset timer.
Rectangle {
    id: overlay
    objectName: "verdictOverlay"
    property VerdictView verdict: Kiosk.checkIn.verdict
    readonly property bool admit: verdict.kind === VerdictView.Admit
    readonly property bool deny: verdict.kind === VerdictView.Deny
    readonly property color ink: verdict.kind === VerdictView.StaffCheck ? Theme.onStaffCheck : "white"

    visible: verdict.shown
    color: admit ? Theme.admit : deny ? Theme.deny : Theme.staffCheck
    Accessible.role: Accessible.AlertMessage
    Accessible.name: verdict.headline + ". " + verdict.reasons.join(". ")

    SoundEffect { id: admitSound; source: "qrc:/Passgate/sounds/admit.wav" }
    SoundEffect { id: denySound; source: "qrc:/Passgate/sounds/deny.wav" }
    SoundEffect { id: staffSound; source: "qrc:/Passgate/sounds/staff-check.wav" }

    Connections {
        target: overlay.verdict
        function onSerialChanged() {
            if (!Kiosk.settings.sounds || !overlay.verdict.shown)
                return
            if (overlay.admit)
                admitSound.play()
            else if (overlay.deny)
                denySound.play()
            else
                staffSound.play()
        }
    }

    // A MouseArea (not a TapHandler) so the tap does not also reach the buttons under the verdict.
    MouseArea { anchors.fill: parent; onClicked: Kiosk.checkIn.dismiss() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        Item { Layout.fillHeight: true }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing * 2
            VerdictIcon {
                objectName: "verdictIcon"
                kind: overlay.verdict.kind
                ink: overlay.ink
                Layout.preferredWidth: Math.min(overlay.height * 0.24, 220 * Theme.unit)
                Layout.preferredHeight: Layout.preferredWidth
            }
            Text {
                textFormat: Text.PlainText
                objectName: "verdictHeadline"
                text: overlay.verdict.headline
                color: overlay.ink
                font.family: Theme.fontFamily
                font.pixelSize: Theme.huge
                font.weight: Font.Bold
            }
        }

        Text {
            objectName: "verdictReason"
            Layout.fillWidth: true
            // Reasons carry codes from the pass (a vaccine a policy does not recognise): text, never markup.
            textFormat: Text.PlainText
            text: overlay.verdict.reasons.join("\n")
            visible: text.length > 0
            color: overlay.ink
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
            visible: overlay.verdict.holderName.length > 0 || overlay.verdict.statement.length > 0
            color: Qt.rgba(0, 0, 0, 0.22)
            radius: Theme.radius
            implicitWidth: details.implicitWidth + 3 * Theme.spacing
            implicitHeight: details.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: details
                anchors.centerIn: parent
                spacing: Theme.spacing / 2
                Text {
                    textFormat: Text.PlainText
                    objectName: "verdictHolder"
                    Layout.alignment: Qt.AlignHCenter
                    visible: overlay.verdict.holderName.length > 0
                    text: overlay.verdict.birthDate.length > 0
                          ? qsTr("%1 · born %2").arg(overlay.verdict.holderName).arg(overlay.verdict.birthDate)
                          : overlay.verdict.holderName
                    color: overlay.ink
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.large
                    font.weight: Font.DemiBold
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "verdictStatement"
                    Layout.alignment: Qt.AlignHCenter
                    visible: text.length > 0
                    text: [overlay.verdict.statement, overlay.verdict.validity].filter(s => s.length > 0).join(" · ")
                    color: overlay.ink
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                }
            }
        }

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            objectName: "verdictNotice"
            visible: text.length > 0
            text: overlay.verdict.notice
            color: overlay.ink
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }

        Item { Layout.fillHeight: true }
    }
}
