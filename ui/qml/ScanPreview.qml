import QtQuick
import QtMultimedia
import Passgate

// Where the pass is shown: the camera picture (when a scanning pipeline provides one) under a framing
// guide whose corners tell the visitor where to hold the code.
Rectangle {
    id: preview
    objectName: "scanPreview"
    property string hint: qsTr("Hold the QR code inside the frame")
    color: "#0b0f13"
    radius: Theme.radius
    clip: true

    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
    }
    Binding {
        target: Kiosk.scan
        property: "videoSink"
        value: output.videoSink
        restoreMode: Binding.RestoreNone
    }

    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: !Kiosk.scan.running
        width: parent.width * 0.8
        text: Kiosk.scan.status.length > 0 ? Kiosk.scan.status : Kiosk.status.cameraText
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }

    Item {
        id: guide
        readonly property real side: Math.min(preview.width, preview.height) * 0.62
        readonly property real arm: side * 0.18
        readonly property real thickness: Math.max(4, 8 * Theme.unit)
        anchors.centerIn: parent
        width: side
        height: side
        Repeater {
            model: 4
            Item {
                readonly property bool atRight: index % 2 === 1
                readonly property bool atBottom: index >= 2
                x: atRight ? guide.side - guide.arm : 0
                y: atBottom ? guide.side - guide.arm : 0
                width: guide.arm
                height: guide.arm
                Rectangle { color: Theme.accent; width: guide.arm; height: guide.thickness; y: parent.atBottom ? guide.arm - height : 0 }
                Rectangle { color: Theme.accent; width: guide.thickness; height: guide.arm; x: parent.atRight ? guide.arm - width : 0 }
            }
        }
    }

    Text {
        textFormat: Text.PlainText
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spacing
        text: preview.hint
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
    }
}
