import QtQuick
import Passgate
import QtQuick.Layouts
import QtQuick.Controls.Basic

// The frame of a staff panel: title, content, a problem line, Cancel and a main action.
Rectangle {
    id: frame
    property string title
    property string actionText: qsTr("Check in")
    property bool actionEnabled: true
    property string problem
    default property alias content: body.data
    signal action()
    signal cancelled()

    color: Theme.panel
    radius: Theme.radius
    border.color: Theme.panelRaised

    MouseArea { anchors.fill: parent } // taps between the controls stop here

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing

        Text {
            text: frame.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.title
            font.weight: Font.Bold
        }
        // The content scrolls when it is taller than the screen allows, so the problem line and the
        // buttons below always stay on screen.
        Flickable {
            id: scroller
            objectName: "panelContent"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator { }
            ColumnLayout {
                id: body
                width: scroller.width
                height: Math.max(scroller.height, implicitHeight)
                spacing: Theme.spacing
            }
        }
        Text {
            objectName: "panelProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: frame.problem
            color: Theme.error
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "panelCancel"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: frame.cancelled()
            }
            BigButton {
                objectName: "panelAction"
                Layout.fillWidth: true
                text: frame.actionText
                tint: Theme.accent
                textColor: Theme.onAccent
                enabledState: frame.actionEnabled
                onClicked: frame.action()
            }
        }
    }
}
