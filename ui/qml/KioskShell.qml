import QtQuick
import Passgate
import QtQuick.Layouts

// Everything inside the window: status bar, the page of the current mode, the verdict, and the
// staff panels. Tests instantiate this item directly.
Rectangle {
    id: shell
    objectName: "kioskShell"
    color: Theme.background

    // "" | "help" | "phone" | "safety" | "paper" | "override" | "staff" | "pin" | "setup"
    property string panel: ""
    // A panel opens without the problem of an attempt made before (in another panel, or cancelled).
    onPanelChanged: Kiosk.checkIn.clearProblem()
    property string afterUnlock: ""

    Binding { target: Theme; property: "unit"; value: Math.max(0.5, Math.min(shell.width / 1280, shell.height / 800)) }

    function open(name) {
        if (["paper", "override", "staff"].indexOf(name) >= 0 && !Kiosk.staff.unlocked) {
            afterUnlock = name
            panel = "pin"
        } else {
            panel = name
        }
    }
    function close() {
        panel = ""
        afterUnlock = ""
        // At a self-scan kiosk the next person is a visitor: whatever staff opened locks behind them.
        if (Kiosk.settings.selfScan)
            Kiosk.staff.lock()
    }

    Shortcut {
        sequence: "Esc"
        onActivated: shell.panel.length > 0 ? shell.close() : Kiosk.checkIn.dismiss()
    }
    // Staff at the kiosk's own keyboard: the setup of a kiosk not set up yet (a self-scan kiosk has
    // no button for it), afterwards the staff area behind the PIN (a counter keyboard, no mouse).
    Shortcut {
        sequence: "Ctrl+Alt+Shift+S"
        onActivated: {
            if (Kiosk.settings.configured) {
                shell.open("staff")
            } else {
                Kiosk.settings.allowSetupFromKeyboard()
                shell.panel = "setup"
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: Kiosk.requestQuit()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusBar { Layout.fillWidth: true }

        Rectangle {
            objectName: "blockedBanner"
            Layout.fillWidth: true
            visible: Kiosk.checkIn.blocked
            color: Theme.deny
            implicitHeight: blockedText.implicitHeight + Theme.spacing
            Text {
                textFormat: Text.PlainText
                id: blockedText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                text: qsTr("Check-ins paused: %1").arg(Kiosk.checkIn.blockedReason)
                color: "white"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
        }

        Rectangle {
            objectName: "outageBanner"
            Layout.fillWidth: true
            visible: Kiosk.outage.active
            color: Theme.deny
            implicitHeight: outageText.implicitHeight + Theme.spacing
            Text {
                textFormat: Text.PlainText
                id: outageText
                objectName: "outageBannerText"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                text: qsTr("Outage mode since %1: %2").arg(Kiosk.outage.since).arg(Kiosk.outage.reason)
                color: "white"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
        }

        Rectangle {
            objectName: "setupProblemBanner"
            Layout.fillWidth: true
            visible: Kiosk.status.setupProblem.length > 0
            color: Theme.deny
            implicitHeight: setupProblemText.implicitHeight + Theme.spacing
            Text {
                textFormat: Text.PlainText
                id: setupProblemText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                text: Kiosk.status.setupProblem
                color: "white"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
        }

        Rectangle {
            objectName: "setupBanner"
            Layout.fillWidth: true
            visible: !Kiosk.settings.configured && shell.panel !== "setup"
            color: Theme.panelRaised
            implicitHeight: Theme.touch + Theme.spacing / 2
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing / 2
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: Kiosk.settings.setupReachable ? qsTr("Demo mode: this venue is not set up yet.")
                                                        : qsTr("This kiosk is not set up yet: please ask staff.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    elide: Text.ElideRight
                }
                BigButton {
                    objectName: "setupButton"
                    visible: Kiosk.settings.setupReachable
                    implicitHeight: Theme.touch * 0.75
                    text: qsTr("Set up")
                    onClicked: shell.panel = "setup"
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Loader {
                anchors.fill: parent
                // Under a panel the page takes no input: Tab and Space reach the panel on top, never a
                // button it covers.
                enabled: shell.panel.length === 0
                sourceComponent: Kiosk.settings.selfScan ? selfScanPage : counterPage
            }
            Component {
                id: counterPage
                CounterPage { onOpenPanel: name => shell.open(name) }
            }
            Component {
                id: selfScanPage
                SelfScanPage { onOpenPanel: name => shell.open(name) }
            }

            // The verdict is part of each page (CounterPage: over the preview, the buttons stay usable;
            // SelfScanPage: the whole page).

            // Staff panels sit above the verdict so an override can be made while it is visible.
            Rectangle {
                anchors.fill: parent
                visible: shell.panel.length > 0
                color: Qt.rgba(0, 0, 0, 0.6)
                // Pointer handlers below would still see taps through a TapHandler; a MouseArea stops them.
                MouseArea { anchors.fill: parent }
            }
            Loader {
                id: panelLoader
                anchors.fill: parent
                anchors.margins: shell.panel === "staff" ? 0 : Theme.spacing * 2
                active: shell.panel.length > 0
                sourceComponent: {
                    switch (shell.panel) {
                    case "help": return helpPanel
                    case "phone": return phonePanel
                    case "safety": return safetyPanel
                    case "paper": return paperPanel
                    case "override": return overridePanel
                    case "staff": return staffArea
                    case "pin": return pinPanel
                    case "setup": return setupPage
                    }
                    return null
                }
            }
            Component { id: helpPanel; HelpPanel { onDone: shell.close() } }
            Component { id: phonePanel; PhoneCheckInPanel { onDone: shell.close(); onSafetyNumber: shell.panel = "safety" } }
            Component { id: safetyPanel; SafetyNumberPanel { onDone: shell.close() } }
            Component { id: paperPanel; PaperCheckInPanel { onDone: shell.close() } }
            Component { id: overridePanel; OverridePanel { onDone: shell.close() } }
            Component { id: staffArea; StaffArea { onDone: shell.close() } }
            Component { id: setupPage; SetupPage { onDone: shell.close() } }
            Component {
                id: pinPanel
                PinPanel {
                    onDone: shell.close()
                    onUnlocked: {
                        const next = shell.afterUnlock
                        shell.afterUnlock = ""
                        shell.panel = next
                    }
                }
            }
        }
    }
}
