import QtQuick
import Passgate
import QtQuick.Layouts

// Counter (cafe, PC-bang): staff face the screen. Preview left; today's counts and the fallbacks right.
Item {
    id: page
    objectName: "counterPage"
    signal openPanel(string name)

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // The verdict covers the preview only: staff tap a button beside it (phone, override) with one
        // tap, without first dismissing the verdict.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            ScanPreview { anchors.fill: parent }
            VerdictOverlay { anchors.fill: parent; radius: Theme.radius }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            Layout.maximumWidth: page.width * 0.4
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: counts.implicitHeight + 2 * Theme.spacing
                color: Theme.panel
                radius: Theme.radius
                // Three counts side by side, the number under its label: two rows, not four. Every cell
                // takes an equal third, so a long count never narrows its label below its words.
                GridLayout {
                    id: counts
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    columns: 3
                    rowSpacing: 0
                    columnSpacing: Theme.spacing
                    Text { textFormat: Text.PlainText; text: qsTr("Today"); color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.small; Layout.columnSpan: 3 }
                    Text { textFormat: Text.PlainText; text: qsTr("Admitted"); color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.small; Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.WordWrap }
                    Text { textFormat: Text.PlainText; text: qsTr("Not admitted"); color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.small; Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.WordWrap }
                    Text { textFormat: Text.PlainText; text: qsTr("Staff checks"); color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.small; Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.WordWrap }
                    Text { textFormat: Text.PlainText; objectName: "countAdmitted"; Layout.fillWidth: true; Layout.preferredWidth: 1; text: Kiosk.log.admitted; color: Theme.ok; font.pixelSize: Theme.large; font.weight: Font.Bold }
                    Text { textFormat: Text.PlainText; objectName: "countDenied"; Layout.fillWidth: true; Layout.preferredWidth: 1; text: Kiosk.log.denied; color: Theme.error; font.pixelSize: Theme.large; font.weight: Font.Bold }
                    Text { textFormat: Text.PlainText; objectName: "countStaffChecks"; Layout.fillWidth: true; Layout.preferredWidth: 1; text: Kiosk.log.staffChecks; color: Theme.warning; font.pixelSize: Theme.large; font.weight: Font.Bold }
                }
            }

            FrontDeskPanel {
                Layout.fillWidth: true
                visible: Kiosk.settings.frontDesk
            }

            Item { Layout.fillHeight: true }

            // Outage mode: what staff saw by eye, one tap each, recorded with the outage. Made when the
            // outage starts (a Loader): items of this column made invisible and shown later were not
            // laid out again (Qt 6.4), their words piled up over the counts.
            Loader {
                objectName: "attestButtons"
                Layout.fillWidth: true
                active: Kiosk.outage.active
                visible: active
                sourceComponent: ColumnLayout {
                    spacing: Theme.spacing
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: qsTr("Seen by staff (outage mode):")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        wrapMode: Text.WordWrap
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 3
                        columnSpacing: Theme.spacing / 2
                        Repeater {
                            model: [
                                { code: "pass-on-phone", label: qsTr("Phone pass") },
                                { code: "sticker", label: qsTr("Sticker") },
                                { code: "paper-certificate", label: qsTr("Paper") }
                            ]
                            BigButton {
                                objectName: "attest_" + modelData.code
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1 // equal thirds, whatever the words
                                text: modelData.label
                                tint: Theme.admit
                                textColor: "white"
                                enabledState: Kiosk.checkIn.recordingActionsEnabled
                                onClicked: Kiosk.checkIn.attest(modelData.code)
                            }
                        }
                    }
                }
            }

            // Two by two: with the front desk's choices above, four stacked buttons would not fit.
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                BigButton {
                    objectName: "phoneButton"
                    Layout.fillWidth: true
                    text: qsTr("Phone check-in")
                    onClicked: page.openPanel("phone")
                }
                BigButton {
                    objectName: "paperButton"
                    Layout.fillWidth: true
                    text: qsTr("Paper certificate")
                    onClicked: page.openPanel("paper")
                }
                BigButton {
                    objectName: "overrideButton"
                    Layout.fillWidth: true
                    text: qsTr("Staff override")
                    enabledState: Kiosk.checkIn.canOverride
                    onClicked: page.openPanel("override")
                }
                BigButton {
                    objectName: "staffButton"
                    Layout.fillWidth: true
                    text: qsTr("Staff area")
                    onClicked: page.openPanel("staff")
                }
            }
        }
    }
}
