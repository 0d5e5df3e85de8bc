import QtQuick
import Passgate
import QtQuick.Layouts

// Hospital front desk: who the visitor is to the hospital and where they go; applies to the next
// check-ins until changed.
Rectangle {
    id: panel
    objectName: "frontDeskPanel"
    color: Theme.panel
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    readonly property var categories: [
        { code: "patient", label: qsTr("Patient") },
        { code: "guardian", label: qsTr("Guardian") },
        { code: "visitor", label: qsTr("Visitor") },
        { code: "staff", label: qsTr("Staff") },
        { code: "delivery", label: qsTr("Delivery") }
    ]

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2
        Text { textFormat: Text.PlainText; text: qsTr("Visitor category"); color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.small }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.spacing / 2
            rowSpacing: Theme.spacing / 2
            Repeater {
                model: panel.categories
                BigButton {
                    objectName: "category_" + modelData.code
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch * 0.8
                    text: modelData.label
                    tint: Kiosk.checkIn.visitorCategory === modelData.code ? Theme.accent : Theme.panelRaised
                    onClicked: Kiosk.checkIn.visitorCategory = modelData.code
                }
            }
        }
        Text { textFormat: Text.PlainText; text: qsTr("Ward / department"); color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.small }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.spacing / 2
            rowSpacing: Theme.spacing / 2
            Repeater {
                model: Kiosk.settings.departments
                BigButton {
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch * 0.8
                    text: modelData
                    tint: Kiosk.checkIn.department === modelData ? Theme.accent : Theme.panelRaised
                    onClicked: Kiosk.checkIn.department = modelData
                }
            }
        }
    }
}
