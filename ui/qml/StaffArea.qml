import QtQuick
import Passgate
import QtQuick.Layouts
import QtQuick.Controls.Basic

// Behind the staff PIN: settings, trust list, today's ledger with a per-hour chart.
Rectangle {
    id: area
    objectName: "staffArea"
    signal done()
    color: Theme.background

    MouseArea { anchors.fill: parent }
    // A stick plugged in while the area was closed is listed when it opens.
    Component.onCompleted: Kiosk.media.refresh()

    component Heading: Text {
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.large
        font.weight: Font.Bold
    }
    component Label: Text {
        textFormat: Text.PlainText
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
    }
    component Choice: BigButton {
        property bool chosen: false
        implicitHeight: Theme.touch * 0.75
        tint: chosen ? Theme.accent : Theme.panelRaised
        textColor: chosen ? Theme.onAccent : Theme.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

    RowLayout {
        id: columns
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing
        // Two columns of equal width: each has long texts whose implicit width would take it all.
        readonly property real columnWidth: (area.width - 2 * Theme.spacing - spacing) / 2

        // Settings
        Flickable {
            Layout.fillHeight: true
            Layout.preferredWidth: columns.columnWidth
            Layout.maximumWidth: columns.columnWidth
            contentHeight: settingsColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator { }
            ColumnLayout {
                id: settingsColumn
                width: parent.width
                spacing: Theme.spacing * 0.75

                // First in the column: when the pass apps fail at lunchtime, this is what staff need.
                Heading { text: qsTr("Outage mode") }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: Kiosk.outage.active
                          ? qsTr("On since %1: %2. Checks by eye are recorded as such.").arg(Kiosk.outage.since).arg(Kiosk.outage.reason)
                          : qsTr("When visitors' pass apps or the national service are down: staff check passes by eye, each entry is recorded with the outage.")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    visible: !Kiosk.outage.active
                    Repeater {
                        model: [qsTr("National QR service down"), qsTr("Pass apps down"), qsTr("Internet down")]
                        Choice {
                            objectName: "outagePreset_" + index
                            width: Math.min(implicitWidth, parent.width)
                            text: modelData
                            chosen: outageReason.text === modelData
                            onClicked: outageReason.text = modelData
                        }
                    }
                }
                Field {
                    id: outageReason
                    objectName: "outageReasonField"
                    Layout.fillWidth: true
                    visible: !Kiosk.outage.active
                    label: qsTr("What is down (or choose above)")
                }
                BigButton {
                    objectName: "outageButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch * 0.85
                    text: Kiosk.outage.active ? qsTr("End outage mode") : qsTr("Start outage mode")
                    tint: Kiosk.outage.active ? Theme.accent : Theme.deny
                    textColor: "white"
                    onClicked: Kiosk.outage.active ? Kiosk.outage.end() : Kiosk.outage.start(outageReason.text)
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "outageProblem"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                    color: Theme.error
                    text: Kiosk.outage.problem
                }

                Heading { text: qsTr("Settings") }
                Label { textFormat: Text.PlainText; text: qsTr("Mode") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Choice { objectName: "modeCounter"; text: qsTr("Counter"); chosen: Kiosk.settings.mode === "counter"; onClicked: Kiosk.settings.mode = "counter" }
                    Choice { objectName: "modeKiosk"; text: qsTr("Self-scan kiosk"); chosen: Kiosk.settings.mode === "kiosk"; onClicked: Kiosk.settings.mode = "kiosk" }
                    Choice { objectName: "modeFrontDesk"; text: qsTr("Hospital front desk"); chosen: Kiosk.settings.mode === "frontdesk"; onClicked: Kiosk.settings.mode = "frontdesk" }
                }
                Label { textFormat: Text.PlainText; text: qsTr("Language") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Choice { objectName: "languageKo"; text: "한국어"; chosen: Kiosk.language.language === "ko"; onClicked: Kiosk.language.language = "ko" }
                    Choice { objectName: "languageEn"; text: "English"; chosen: Kiosk.language.language === "en"; onClicked: Kiosk.language.language = "en" }
                }
                Label { textFormat: Text.PlainText; text: qsTr("Venue name") }
                Field { Layout.fillWidth: true; text: Kiosk.settings.venueName; label: qsTr("Venue name"); onEditingFinished: Kiosk.settings.venueName = text }
                Label { textFormat: Text.PlainText; text: qsTr("Check-in phone number (안심콜)"); Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Field {
                    id: phoneField
                    Layout.fillWidth: true
                    text: Kiosk.settings.checkInPhone
                    label: qsTr("080-123-4567")
                    property string problem
                    onEditingFinished: problem = Kiosk.settings.setCheckInPhone(text)
                }
                Text { textFormat: Text.PlainText; visible: phoneField.problem.length > 0; text: phoneField.problem; color: Theme.error; font.pixelSize: Theme.small; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Label { textFormat: Text.PlainText; text: qsTr("Policy") }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: ["kr-2021-12-13", "kr-2022-01-03", "eu-3g", "eu-2g", "hospital-visitor"]
                        Choice { text: modelData; chosen: Kiosk.settings.policy === modelData; onClicked: Kiosk.settings.policy = modelData }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    RowLayout {
                        spacing: Theme.spacing / 2
                        Label { textFormat: Text.PlainText; text: qsTr("Sounds") }
                        Switch { objectName: "soundsSwitch"; Accessible.name: qsTr("Sounds"); checked: Kiosk.settings.sounds; onToggled: Kiosk.settings.sounds = checked }
                    }
                    RowLayout {
                        spacing: Theme.spacing / 2
                        Label { textFormat: Text.PlainText; text: qsTr("Keep entries (days)") }
                        SpinBox { objectName: "retentionDays"; Accessible.name: qsTr("Keep entries (days)"); from: 1; to: 366; value: Kiosk.settings.retentionDays; onValueModified: Kiosk.settings.retentionDays = value; font.pixelSize: Theme.body }
                    }
                }
                Label { textFormat: Text.PlainText; visible: Kiosk.settings.frontDesk; text: qsTr("Wards / departments (comma separated)"); Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Field {
                    visible: Kiosk.settings.frontDesk
                    Layout.fillWidth: true
                    text: Kiosk.settings.departments.join(", ")
                    label: qsTr("e.g. 3B, ICU, Radiology")
                    onEditingFinished: Kiosk.settings.setDepartments(text)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Camera (used from the next start)"); Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Choice { objectName: "cameraDefault"; text: qsTr("System default"); chosen: Kiosk.settings.camera === ""; onClicked: Kiosk.settings.camera = "" }
                    Repeater {
                        model: Kiosk.settings.cameras
                        Choice { required property var modelData; text: modelData.name; chosen: Kiosk.settings.camera === modelData.id; onClicked: Kiosk.settings.camera = modelData.id }
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "cameraNote"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: (Kiosk.settings.cameras.length === 0 ? qsTr("No camera is connected.") + " " : "")
                          + qsTr("Scanning now from: %1 (%2). USB barcode scanners work with any setting.").arg(Kiosk.scan.description).arg(Kiosk.scan.status)
                }
                Label { textFormat: Text.PlainText; text: qsTr("USB barcode scanner, read directly: scans arrive whatever window has the focus and do not type into other programs. Choose the scanner, not the keyboard staff type on."); Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Choice { objectName: "scannerNone"; text: qsTr("None (it types into this window)"); chosen: Kiosk.settings.scannerDevice === ""; onClicked: Kiosk.settings.scannerDevice = "" }
                    Repeater {
                        model: Kiosk.settings.keyboards
                        Choice { required property var modelData; text: modelData.name; chosen: Kiosk.settings.scannerDevice === modelData.path; onClicked: Kiosk.settings.scannerDevice = modelData.path }
                    }
                }
                Heading { text: qsTr("Scanning") }
                Label {
                    textFormat: Text.PlainText
                    objectName: "scanMetrics"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Frames seen %1 · with a code %2 · decoded %3 · dropped while busy %4 · errors %5").arg(Kiosk.scan.metrics.framesSeen).arg(Kiosk.scan.metrics.framesWithCode).arg(Kiosk.scan.metrics.framesDecoded).arg(Kiosk.scan.metrics.framesDropped).arg(Kiosk.scan.metrics.decodeErrors)
                          + "\n" + qsTr("Decode time per frame: p50 %1 ms · p95 %2 ms · p99 %3 ms").arg(Kiosk.scan.metrics.decodeMsP50.toFixed(1)).arg(Kiosk.scan.metrics.decodeMsP95.toFixed(1)).arg(Kiosk.scan.metrics.decodeMsP99.toFixed(1))
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "scannerMetrics"
                    visible: Kiosk.scan.scanner !== null
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: !Kiosk.scan.scanner ? ""
                          : qsTr("USB scanner %1: %2 scans · %3 rejected bursts").arg(Kiosk.scan.scanner.name || Kiosk.scan.scanner.device).arg(Kiosk.scan.scanner.scans).arg(Kiosk.scan.scanner.rejectedBursts)
                            + (Kiosk.scan.scanner.lastRejection ? "\n" + qsTr("Last rejected burst: %1").arg(Kiosk.scan.scanner.lastRejection) : "")
                            + (Kiosk.scan.scanner.problem ? "\n" + Kiosk.scan.scanner.problem : "")
                }
                Text { textFormat: Text.PlainText; visible: Kiosk.settings.saveError.length > 0; text: Kiosk.settings.saveError; color: Theme.error; font.pixelSize: Theme.body; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            }
        }

        // Trust list and today's ledger
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: columns.columnWidth
            Layout.maximumWidth: columns.columnWidth
            spacing: Theme.spacing * 0.75

            // What staff must read (the owner key's passphrase, a ledger moved aside): a quarter
            // of the height at most, scrolled when longer, so the controls below stay on screen.
            Flickable {
                objectName: "staffNotices"
                visible: Kiosk.status.staffNotices.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(noticeColumn.implicitHeight, area.height / 4)
                contentHeight: noticeColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator { }
                ColumnLayout {
                    id: noticeColumn
                    width: parent.width
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: Kiosk.status.staffNotices
                        Text {
                            textFormat: Text.PlainText
                            objectName: "staffNotice"
                            required property string modelData
                            Layout.fillWidth: true
                            text: modelData
                            color: Theme.warning
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            // One part at a time: today's list, the trust list, the export; each has the height it needs.
            TabBar {
                id: tabs
                objectName: "staffTabs"
                Layout.fillWidth: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                TabButton { objectName: "tabToday"; text: qsTr("Today"); implicitHeight: Theme.touch * 0.75 }
                TabButton { objectName: "tabTrust"; text: qsTr("Trust list"); implicitHeight: Theme.touch * 0.75 }
                TabButton { objectName: "tabExport"; text: qsTr("Contact tracing"); implicitHeight: Theme.touch * 0.75 }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: tabs.currentIndex
                ColumnLayout {
                    spacing: Theme.spacing * 0.75
                    Heading { text: qsTr("Today: %n check-in(s)", "", Kiosk.log.count) }
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; wrapMode: Text.WordWrap; text: qsTr("Admitted %1 · Not admitted %2 · Staff checks %3").arg(Kiosk.log.admitted).arg(Kiosk.log.denied).arg(Kiosk.log.staffChecks) }

                    // Check-ins per hour, 0-23 h.
                    Item {
                        objectName: "hourChart"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 100 * Theme.unit
                        Row {
                            anchors.fill: parent
                            spacing: 2
                            Repeater {
                                model: Kiosk.log.perHour
                                Item {
                                    width: (parent.width - 23 * 2) / 24
                                    height: parent.height
                                    Rectangle {
                                        anchors.bottom: hourLabel.top
                                        width: parent.width
                                        height: Kiosk.log.busiestHourCount > 0 ? (parent.height - hourLabel.height) * modelData / Kiosk.log.busiestHourCount : 0
                                        color: Theme.accent
                                    }
                                    Text {
                                        textFormat: Text.PlainText
                                        id: hourLabel
                                        anchors.bottom: parent.bottom
                                        anchors.horizontalCenter: parent.horizontalCenter
                                        text: index % 3 === 0 ? index : ""
                                        color: Theme.textDim
                                        font.pixelSize: Theme.small * 0.8
                                    }
                                }
                            }
                        }
                    }

                    ListView {
                        objectName: "ledgerList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: Theme.touch * 0.6
                        clip: true
                        ScrollIndicator.vertical: ScrollIndicator { }
                        model: Kiosk.log
                        spacing: 2
                        delegate: Rectangle {
                            required property string time
                            required property string verdict
                            required property string reasonText
                            required property string modeText
                            required property string categoryText
                            width: ListView.view.width
                            // As tall as its reason, wrapped: one line mostly.
                            height: Math.max(Theme.touch * 0.6, entryRow.implicitHeight + Theme.spacing / 2)
                            color: Theme.panel
                            RowLayout {
                                id: entryRow
                                anchors.fill: parent
                                anchors.leftMargin: Theme.spacing / 2
                                spacing: Theme.spacing
                                Text { textFormat: Text.PlainText; text: time; color: Theme.text; font.pixelSize: Theme.small; font.family: Theme.fontFamily }
                                Rectangle { width: Theme.small; height: width; radius: width / 2; color: verdict === "admit" ? Theme.ok : verdict === "deny" ? Theme.error : Theme.warning }
                                Text { textFormat: Text.PlainText; text: modeText; color: Theme.textDim; font.pixelSize: Theme.small; font.family: Theme.fontFamily; Layout.preferredWidth: Theme.touch * 1.4; elide: Text.ElideRight }
                                Text { textFormat: Text.PlainText; text: categoryText; color: Theme.textDim; font.pixelSize: Theme.small; font.family: Theme.fontFamily }
                                // Wrapped, never elided: a reason may carry a date.
                                Text { text: reasonText; textFormat: Text.PlainText; color: Theme.text; font.pixelSize: Theme.small; font.family: Theme.fontFamily; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            }
                        }
                    }

                }
                // Scrolls when a USB stick holds many files: the buttons below stay on screen.
                Flickable {
                    objectName: "trustTab"
                    contentHeight: trustTabColumn.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollIndicator.vertical: ScrollIndicator { }
                    ColumnLayout {
                        id: trustTabColumn
                        width: parent.width
                        spacing: Theme.spacing * 0.75
                        Heading { text: qsTr("Trust list") }
                        Label { textFormat: Text.PlainText; text: Kiosk.status.trustText; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        // Provenance: which published lists the signers came from.
                        Repeater {
                            model: Kiosk.trust.sources
                            Label {
                                required property string modelData
                                objectName: "trustSource"
                                text: modelData
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                            }
                        }
                        BigButton {
                            objectName: "trustUpdateButton"
                            visible: Kiosk.trust.canUpdate
                            implicitHeight: Theme.touch * 0.75
                            text: Kiosk.trust.updating ? qsTr("Updating…") : qsTr("Update now")
                            onClicked: Kiosk.trust.updateNow()
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing / 2
                            Field { id: trustFile; objectName: "trustFileField"; Layout.fillWidth: true; label: qsTr("Trust list file to import (.pgtb)") }
                            BigButton {
                                objectName: "trustImportButton"
                                implicitHeight: Theme.touch * 0.75
                                text: qsTr("Import")
                                onClicked: {
                            if (Kiosk.trust.importFile(trustFile.text))
                                Kiosk.media.rememberTrustFile(trustFile.text)
                        }
                            }
                        }
                        // Files on a USB stick (or used before), so nobody types a path at a kiosk.
                        Label { textFormat: Text.PlainText; visible: Kiosk.media.trustFiles.length > 0; text: qsTr("On a USB stick or used before:"); Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing / 2
                            Repeater {
                                model: Kiosk.media.trustFiles
                                Choice {
                                    required property var modelData
                                    objectName: "trustFilePick"
                                    width: Math.min(implicitWidth, parent.width)
                                    text: modelData.name
                                    chosen: trustFile.text === modelData.path
                                    onClicked: trustFile.text = modelData.path
                                }
                            }
                            Choice { objectName: "trustFilesRefresh"; text: qsTr("Look for USB sticks again"); width: Math.min(implicitWidth, parent.width); onClicked: Kiosk.media.refresh() }
                        }
                        ProgressBar {
                            objectName: "trustUpdateProgress"
                            visible: Kiosk.trust.updating
                            indeterminate: true
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Updating the trust list")
                        }
                        Label { textFormat: Text.PlainText; objectName: "trustResult"; visible: text.length > 0; text: Kiosk.trust.result; Layout.fillWidth: true; wrapMode: Text.WordWrap }

                    }
                }
                // Scrolls when a USB stick holds many files: the buttons below stay on screen.
                Flickable {
                    objectName: "exportTab"
                    contentHeight: exportTabColumn.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollIndicator.vertical: ScrollIndicator { }
                    ColumnLayout {
                        id: exportTabColumn
                        width: parent.width
                        spacing: Theme.spacing * 0.75
                        // Contact tracing: sealed to the owner's key; only the owner's private key opens it.
                        Label { textFormat: Text.PlainText; text: Kiosk.media.folders.length > 0 ? qsTr("Export to:") : qsTr("No USB stick found: plug one in, or type a folder."); Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing / 2
                            Repeater {
                                model: Kiosk.media.folders
                                Choice {
                                    required property var modelData
                                    objectName: "exportFolderPick"
                                    width: Math.min(implicitWidth, parent.width)
                                    text: modelData.freeText.length > 0 ? modelData.name + " · " + modelData.freeText : modelData.name
                                    chosen: exportFolder.text === modelData.path
                                    onClicked: exportFolder.text = modelData.path
                                }
                            }
                            Choice { objectName: "exportFoldersRefresh"; text: qsTr("Look for USB sticks again"); width: Math.min(implicitWidth, parent.width); onClicked: Kiosk.media.refresh() }
                        }
                        Field { id: exportFolder; objectName: "exportFolderField"; Layout.fillWidth: true; label: qsTr("Export folder (e.g. a USB stick)") }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing / 2
                            Field { id: exportDays; objectName: "exportDaysField"; Layout.preferredWidth: Theme.touch * 1.5; text: "14"; label: qsTr("Days"); inputMethodHints: Qt.ImhDigitsOnly }
                            BigButton {
                                objectName: "exportButton"
                                Layout.fillWidth: true
                                implicitHeight: Theme.touch * 0.75
                                text: qsTr("Export for contact tracing")
                                onClicked: {
                                    if (Kiosk.contactExport.exportDays(parseInt(exportDays.text), exportFolder.text))
                                        Kiosk.media.rememberFolder(exportFolder.text)
                                }
                            }
                        }
                        Label { textFormat: Text.PlainText; objectName: "exportResult"; visible: text.length > 0; text: Kiosk.contactExport.result; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    }
                }
            }
        }
    }

        // Always on screen, whatever the columns hold.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton { objectName: "lockButton"; Layout.fillWidth: true; implicitHeight: Theme.touch * 0.85; text: qsTr("Lock and close"); onClicked: { Kiosk.staff.lock(); area.done() } }
            BigButton { objectName: "backButton"; Layout.fillWidth: true; implicitHeight: Theme.touch * 0.85; text: qsTr("Back"); onClicked: area.done() }
            BigButton { objectName: "quitButton"; Layout.fillWidth: true; implicitHeight: Theme.touch * 0.85; text: qsTr("Quit passgate"); tint: Theme.deny; onClicked: Kiosk.requestQuit() }
        }
    }
}
