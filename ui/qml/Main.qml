import QtQuick
import QtQuick.Window

Window {
    id: root
    width: 1024
    height: 768
    visible: true
    title: qsTr("passgate")
    color: "#101418"

    Text {
        anchors.centerIn: parent
        color: "white"
        font.pixelSize: Math.max(24, root.height / 18)
        text: qsTr("passgate is starting…")
        Accessible.name: text
    }
}
