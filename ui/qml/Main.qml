import QtQuick
import Passgate
import QtQuick.Window

// The kiosk window. Self-scan mode: no decorations, full screen, and (in C++) no key or close request
// that lets a visitor out.
Window {
    id: window
    objectName: "kioskWindow"
    width: 1280
    height: 800
    visible: true
    title: qsTr("passgate")
    color: Theme.background
    flags: Kiosk.settings.selfScan ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    visibility: (Kiosk.fullscreen || Kiosk.settings.selfScan) ? Window.FullScreen : Window.Windowed

    KioskShell {
        anchors.fill: parent
        focus: true
    }
}
