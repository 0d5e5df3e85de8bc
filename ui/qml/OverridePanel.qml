import QtQuick
import Passgate
import QtQuick.Layouts

// Staff decide against the machine: admit or deny, always with a reason, recorded with their id.
PanelFrame {
    id: panel
    objectName: "overridePanel"
    signal done()
    property bool admit: true
    title: qsTr("Staff override")
    actionText: admit ? qsTr("Admit anyway") : qsTr("Deny")
    actionEnabled: reason.text.trim().length > 0
    records: true
    problem: Kiosk.checkIn.problem
    onAction: if (Kiosk.checkIn.overrideLast(panel.admit, reason.text)) { reason.clear(); panel.done() }
    onCancelled: { reason.clear(); panel.done() }

    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: Kiosk.staff.staffIdGiven
              ? qsTr("Decide against the last verdict. The reason and your staff id (%1) are recorded.").arg(Kiosk.staff.staffId)
              : qsTr("Decide against the last verdict. The reason is recorded (no staff id was given when unlocking).")
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        wrapMode: Text.WordWrap
    }
    RowLayout {
        spacing: Theme.spacing
        BigButton {
            objectName: "overrideAdmit"
            text: qsTr("Admit")
            tint: panel.admit ? Theme.admit : Theme.panelRaised
            onClicked: panel.admit = true
        }
        BigButton {
            objectName: "overrideDeny"
            text: qsTr("Deny")
            tint: !panel.admit ? Theme.deny : Theme.panelRaised
            onClicked: panel.admit = false
        }
    }
    Field {
        id: reason
        objectName: "overrideReason"
        Layout.fillWidth: true
        label: qsTr("Reason (required)")
    }
    Item { Layout.fillHeight: true }
}
