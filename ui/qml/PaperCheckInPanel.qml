import QtQuick
import Passgate
import QtQuick.Layouts
import QtQuick.Controls.Basic

// Staff read a paper certificate (or the sticker on an ID, or a PCR text message) and confirm the ID;
// the venue's policy decides exactly as for a QR pass.
PanelFrame {
    id: panel
    objectName: "paperPanel"
    signal done()
    title: qsTr("Paper certificate")
    actionEnabled: form.problem.length === 0
    records: true
    problem: form.problem.length > 0 && touched ? form.problem : Kiosk.checkIn.problem
    property bool touched: false
    onAction: if (Kiosk.checkIn.checkInByPaper(form)) { form.reset(); touched = false; panel.done() }
    onCancelled: { form.reset(); touched = false; panel.done() }

    PaperCertificateForm {
        id: form
        objectName: "paperForm"
        onChanged: panel.touched = true
    }

    readonly property var kinds: [
        { kind: PaperCertificateForm.VaccinationPaper, label: qsTr("Vaccination certificate") },
        { kind: PaperCertificateForm.VaccinationSticker, label: qsTr("Sticker on ID card") },
        { kind: PaperCertificateForm.Test, label: qsTr("PCR / test result") },
        { kind: PaperCertificateForm.Recovery, label: qsTr("Recovery / release") },
        { kind: PaperCertificateForm.Exemption, label: qsTr("Exemption") }
    ]
    readonly property var vaccines: [
        { code: "EU/1/20/1528", label: qsTr("Pfizer (Comirnaty)") },
        { code: "EU/1/20/1507", label: qsTr("Moderna (Spikevax)") },
        { code: "EU/1/21/1529", label: qsTr("AstraZeneca (Vaxzevria)") },
        { code: "EU/1/20/1525", label: qsTr("Janssen") },
        { code: "EU/1/21/1618", label: qsTr("Novavax (Nuvaxovid)") }
    ]

    component Choice: BigButton {
        property bool chosen: false
        implicitHeight: Theme.touch * 0.75
        tint: chosen ? Theme.accent : Theme.panelRaised
        textColor: chosen ? Theme.onAccent : Theme.text
    }
    component Label: Text {
        textFormat: Text.PlainText
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.small
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Repeater {
            model: panel.kinds
            Choice {
                objectName: "paperKind_" + index
                text: modelData.label
                chosen: form.kind === modelData.kind
                onClicked: form.kind = modelData.kind
            }
        }
    }

    // Vaccination (paper or sticker): product, dose n of m, date of that dose.
    ColumnLayout {
        visible: form.kind === PaperCertificateForm.VaccinationPaper || form.kind === PaperCertificateForm.VaccinationSticker
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Label { textFormat: Text.PlainText; text: qsTr("Vaccine") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                model: panel.vaccines
                Choice {
                    objectName: "vaccine_" + index
                    text: modelData.label
                    chosen: form.product === modelData.code
                    onClicked: form.product = modelData.code
                }
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Label { textFormat: Text.PlainText; text: qsTr("Dose") }
            SpinBox { objectName: "doseNumber"; Accessible.name: qsTr("Dose number"); from: 1; to: 9; value: form.doseNumber; onValueModified: form.doseNumber = value; font.pixelSize: Theme.body }
            Label { textFormat: Text.PlainText; text: qsTr("of") }
            SpinBox { objectName: "seriesTotal"; Accessible.name: qsTr("Doses in the series"); from: 1; to: 9; value: form.seriesTotal; onValueModified: form.seriesTotal = value; font.pixelSize: Theme.body }
            Field { objectName: "vaccinationDate"; label: qsTr("Date of this dose (YYYY-MM-DD)"); Layout.fillWidth: true; onTextEdited: form.date = text }
        }
    }

    // Test: PCR or antigen, paper or text message, result time, result.
    ColumnLayout {
        visible: form.kind === PaperCertificateForm.Test
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Choice { text: qsTr("PCR"); chosen: !form.antigen; onClicked: form.antigen = false }
            Choice { text: qsTr("Rapid antigen"); chosen: form.antigen; onClicked: form.antigen = true }
            Choice { text: qsTr("Paper"); chosen: !form.textMessage; onClicked: form.textMessage = false }
            Choice { text: qsTr("Text message"); chosen: form.textMessage; onClicked: form.textMessage = true }
            Choice { objectName: "testNegative"; text: qsTr("Negative"); chosen: form.negative; onClicked: form.negative = true }
            Choice { text: qsTr("Positive"); chosen: !form.negative; onClicked: form.negative = false }
        }
        Field { objectName: "resultTime"; Layout.fillWidth: true; label: qsTr("Result time (YYYY-MM-DD HH:MM)"); onTextEdited: form.resultTime = text }
    }

    Field {
        objectName: "recoveryDate"
        visible: form.kind === PaperCertificateForm.Recovery
        Layout.fillWidth: true
        label: qsTr("Release date (YYYY-MM-DD)")
        onTextEdited: form.date = text
    }

    Flow {
        visible: form.kind === PaperCertificateForm.Exemption
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Choice { text: qsTr("Medical exemption"); chosen: form.exemption === PaperCertificateForm.Medical; onClicked: form.exemption = PaperCertificateForm.Medical }
        Choice { text: qsTr("Under 18"); chosen: form.exemption === PaperCertificateForm.Minor; onClicked: form.exemption = PaperCertificateForm.Minor }
        Choice { text: qsTr("Other"); chosen: form.exemption === PaperCertificateForm.Other; onClicked: form.exemption = PaperCertificateForm.Other }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Field { objectName: "birthDate"; label: qsTr("Birth date (for age rules)"); Layout.fillWidth: true; onTextEdited: form.holderBirthDate = text }
        Choice {
            objectName: "idChecked"
            text: form.idChecked ? qsTr("✓ ID checked") : qsTr("ID checked?")
            chosen: form.idChecked
            onClicked: form.idChecked = !form.idChecked
        }
    }
    Item { Layout.fillHeight: true }
}
