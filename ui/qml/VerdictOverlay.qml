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

    // Laid out at the box's width; when a verdict says more than the box is tall (three reasons, a
    // long name, a low screen) all of it is drawn smaller, so nothing runs past the coloured edge.
    // (Scaled rather than re-laid out at a smaller size: the height it needs follows from the width
    // it is given, and the width from the height would be a loop.)
    Item {
        id: fitted
        readonly property real room: overlay.height - 4 * Theme.spacing
        anchors.centerIn: parent
        width: overlay.width - 4 * Theme.spacing
        height: content.implicitHeight
        scale: height > room ? room / height : 1

        ColumnLayout {
            id: content
            anchors.fill: parent
            spacing: Theme.spacing

            // The headline next to its icon, as large as the width leaves it room for.
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                // As wide as icon and words (centred together), not the box: a row whose child fills
                // would fill too, and the space left over would open between icon and words.
                Layout.fillWidth: false
                Layout.maximumWidth: fitted.width
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
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    text: overlay.verdict.headline
                    color: overlay.ink
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.huge
                    font.weight: Font.Bold
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.large
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
                // One reason is read from afar; several are read closer, and all must fit.
                font.pixelSize: overlay.verdict.reasons.length > 1 ? Theme.large : Theme.title
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
                // At spaces; inside a word only if the word is wider than the box (a code from a pass).
                wrapMode: Text.Wrap
            }

            // Who the pass belongs to, for the ID check: as wide as the name, never wider than the box.
            Rectangle {
                objectName: "verdictHolderCard"
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacing
                Layout.preferredWidth: details.implicitWidth + 3 * Theme.spacing
                Layout.maximumWidth: fitted.width
                visible: overlay.verdict.holderName.length > 0 || overlay.verdict.statement.length > 0
                color: Qt.rgba(0, 0, 0, 0.22)
                radius: Theme.radius
                implicitHeight: details.implicitHeight + 2 * Theme.spacing
                ColumnLayout {
                    id: details
                    anchors.fill: parent
                    anchors.leftMargin: 1.5 * Theme.spacing
                    anchors.rightMargin: 1.5 * Theme.spacing
                    anchors.topMargin: Theme.spacing
                    anchors.bottomMargin: Theme.spacing
                    spacing: Theme.spacing / 2
                    Text {
                        textFormat: Text.PlainText
                        objectName: "verdictHolder"
                        Layout.fillWidth: true
                        visible: overlay.verdict.holderName.length > 0
                        text: overlay.verdict.birthDate.length > 0
                              ? qsTr("%1 · born %2").arg(overlay.verdict.holderName).arg(overlay.verdict.birthDate)
                              : overlay.verdict.holderName
                        color: overlay.ink
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.large
                        font.weight: Font.DemiBold
                        horizontalAlignment: Text.AlignHCenter
                        // A name is shown whole: at its spaces, inside a name only when it is wider
                        // than the card (46 letters in one given name are real).
                        wrapMode: Text.Wrap
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "verdictStatement"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: [overlay.verdict.statement, overlay.verdict.validity].filter(s => s.length > 0).join(" · ")
                        color: overlay.ink
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
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
        }
    }
}
