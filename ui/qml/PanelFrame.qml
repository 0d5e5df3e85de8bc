import QtQuick
import Passgate
import QtQuick.Layouts
import QtQuick.Controls.Basic
import QtQuick.Window

// The frame of a staff panel: title, content, a problem line, Cancel and a main action.
Rectangle {
    id: frame
    property string title
    property string actionText: qsTr("Check in")
    property bool actionEnabled: true
    // The action records a check-in: off while the previous one's verdict settles (one tap, one entry).
    property bool records: false
    property string problem
    default property alias content: body.data
    signal action()
    signal cancelled()

    color: Theme.panel
    radius: Theme.radius
    border.color: Theme.panelRaised

    MouseArea { anchors.fill: parent } // taps between the controls stop here

    // A field or button reached with Tab below the fold scrolls into view: staff at a keyboard see
    // what they type.
    Connections {
        target: frame.Window.window
        function onActiveFocusItemChanged() { frame.reveal(frame.Window.activeFocusItem) }
    }
    // Again when the layout moves it: a panel just opened is laid out after its first field took the
    // focus, and a problem line appearing below shortens the scroll area.
    Connections {
        target: body
        function onImplicitHeightChanged() { Qt.callLater(frame.reveal, frame.Window.activeFocusItem) }
    }
    Connections {
        target: scroller
        function onHeightChanged() { Qt.callLater(frame.reveal, frame.Window.activeFocusItem) }
    }
    function reveal(item) {
        if (!item)
            return
        let inside = false
        for (let above = item; above; above = above.parent)
            if (above === body) { inside = true; break }
        if (!inside)
            return
        const top = item.mapToItem(body, 0, 0).y
        const bottom = top + item.height
        if (bottom > scroller.contentY + scroller.height)
            scroller.contentY = Math.min(bottom - scroller.height, Math.max(0, scroller.contentHeight - scroller.height))
        else if (top < scroller.contentY)
            scroller.contentY = top
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing

        Text {
            textFormat: Text.PlainText
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
            textFormat: Text.PlainText
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
                enabledState: frame.actionEnabled && (!frame.records || Kiosk.checkIn.recordingActionsEnabled)
                onClicked: frame.action()
            }
        }
    }
}
