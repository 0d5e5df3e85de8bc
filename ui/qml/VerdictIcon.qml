import QtQuick
import Passgate

// Check, cross or exclamation mark in a ring: the verdict is never told by colour alone.
Canvas {
    id: icon
    property int kind: VerdictView.None
    property color ink: "white"
    implicitWidth: 160 * Theme.unit
    implicitHeight: implicitWidth
    onKindChanged: requestPaint()
    onInkChanged: requestPaint()
    onWidthChanged: requestPaint()

    Accessible.role: Accessible.Graphic
    Accessible.name: kind === VerdictView.Admit ? qsTr("check mark") : kind === VerdictView.Deny ? qsTr("cross") : qsTr("exclamation mark")

    onPaint: {
        const ctx = getContext("2d")
        const s = Math.min(width, height)
        ctx.reset()
        ctx.strokeStyle = ink
        ctx.fillStyle = ink
        ctx.lineWidth = s * 0.09
        ctx.lineCap = "round"
        ctx.lineJoin = "round"
        ctx.beginPath()
        ctx.arc(s / 2, s / 2, s / 2 - ctx.lineWidth / 2, 0, 2 * Math.PI)
        ctx.stroke()
        ctx.beginPath()
        if (kind === VerdictView.Admit) {
            ctx.moveTo(s * 0.28, s * 0.52)
            ctx.lineTo(s * 0.44, s * 0.68)
            ctx.lineTo(s * 0.73, s * 0.36)
            ctx.stroke()
        } else if (kind === VerdictView.Deny) {
            ctx.moveTo(s * 0.33, s * 0.33)
            ctx.lineTo(s * 0.67, s * 0.67)
            ctx.moveTo(s * 0.67, s * 0.33)
            ctx.lineTo(s * 0.33, s * 0.67)
            ctx.stroke()
        } else {
            ctx.moveTo(s * 0.5, s * 0.26)
            ctx.lineTo(s * 0.5, s * 0.58)
            ctx.stroke()
            ctx.beginPath()
            ctx.arc(s * 0.5, s * 0.74, s * 0.055, 0, 2 * Math.PI)
            ctx.fill()
        }
    }
}
