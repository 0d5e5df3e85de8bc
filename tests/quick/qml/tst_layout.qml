import QtQuick
import QtTest
import Passgate
import PassgateTest

// Every page, panel and dialog a counter worker sees, at the two screen sizes venues have (a
// 1280x800 all-in-one, a 1920x1080 monitor) in Korean and English: every control is on screen with
// a size, no text runs out of its box, and in Korean nothing visible is left in English.
TestCase {
    id: testCase
    name: "KioskLayout"
    // The largest screen tried: every shell, and every tap, lies inside the test's window.
    width: 1920
    height: 1080
    visible: true
    when: windowShown

    Component {
        id: shellComponent
        KioskShell { }
    }

    // Texts that are the same in both languages by nature: names, codes, numbers, the language names.
    readonly property var sameInBothLanguages: [
        "passgate", "PIN", "QR", "Test Cafe", "한국어", "English", "080-123-4567", "010-1234-5678",
        "kr-2021-12-13", "kr-2022-01-03", "eu-3g", "eu-2g", "hospital-visitor", "3B", "ICU",
        "✓", "⌫", "홍*동", "QR 코드를 화면에 보여 주세요", "Please show your QR code to the camera",
        "네모 안에 맞춰 주세요 · Inside the frame, please", "QR을 보여 줄 수 없나요?  ·  Can't show your QR?",
        "QR 체크인 장애 중입니다. 카운터로 가 주세요.\nCheck-in apps are down: please go to the counter."
    ]
    function startOutage() {
        Kiosk.staff.unlock("2580", "t1")
        verify(Kiosk.outage.start("national QR service"), Kiosk.outage.problem)
        Kiosk.staff.lock()
    }

    readonly property var screens: [
        { tag: "counter", show: shell => {} },
        { tag: "self-scan", show: shell => { Kiosk.settings.mode = "kiosk" } },
        { tag: "front desk", show: shell => { Kiosk.settings.mode = "frontdesk" } },
        { tag: "verdict", show: shell => { Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated")) } },
        { tag: "long status", show: shell => {
            TestSupport.showCameraStatus("Showed every picture of /var/lib/passgate/a-folder-with-a-long-name/pictures-of-passes")
        } },
        { tag: "setup with an error", show: shell => {
            shell.panel = "setup"
            type(shell, "setupVenueName", "Cafe")
            type(shell, "setupPin", "1234")
            type(shell, "setupPinAgain", "5678")
            tap(shell, "panelAction")
            verify(item(shell, "panelProblem").text.length > 0, "the setup shows its error")
        } },
        { tag: "wrong PIN", show: shell => {
            shell.open("staff")
            type(shell, "staffIdField", "t1")
            type(shell, "pinField", "0000")
            tap(shell, "panelAction")
            verify(item(shell, "panelProblem").text.length > 0, "the PIN panel says the PIN was wrong")
        } },
        { tag: "staff area", show: shell => {
            Kiosk.staff.unlock("2580", "t1")
            shell.panel = "staff"
            verify(Kiosk.status.staffNotices.length > 0, "the owner-key notice is shown")
        } },
        { tag: "staff area trust list", show: shell => {
            Kiosk.staff.unlock("2580", "t1")
            shell.panel = "staff"
            tap(shell, "tabTrust")
        } },
        { tag: "staff area export", show: shell => {
            Kiosk.staff.unlock("2580", "t1")
            shell.panel = "staff"
            tap(shell, "tabExport")
        } },
        { tag: "phone", show: shell => { shell.panel = "phone" } },
        { tag: "safety number", show: shell => { shell.panel = "safety" } },
        { tag: "safety number vowels", show: shell => {
            shell.panel = "safety"
            tap(shell, "safetyDigit_1")
            waitForRendering(shell)
            tap(shell, "hangulKey_ㅎ")
        } },
        { tag: "safety number finals", show: shell => {
            shell.panel = "safety"
            tap(shell, "hangulKey_ㄲ")
            waitForRendering(shell) // the keys changed: laid out before the next tap
            tap(shell, "hangulKey_꽤")
        } },
        { tag: "outage counter", show: shell => startOutage() },
        { tag: "outage self-scan", show: shell => { startOutage(); Kiosk.settings.mode = "kiosk" } },
        { tag: "outage staff area", show: shell => {
            startOutage()
            Kiosk.staff.unlock("2580", "t1")
            shell.panel = "staff"
        } },
        { tag: "paper", show: shell => { Kiosk.staff.unlock("2580", "t1"); shell.panel = "paper" } },
        { tag: "override", show: shell => {
            Kiosk.checkIn.checkInByPhone("010-1234-5678")
            Kiosk.staff.unlock("2580", "t1")
            shell.panel = "override"
        } },
    ]

    function item(shell, name) {
        const found = findChild(shell, name)
        verify(found, "no item named " + name)
        return found
    }
    function tap(shell, name) {
        const target = item(shell, name)
        tryVerify(() => target.visible && target.width > 0, 2000, name + " is not shown")
        mouseClick(target)
    }
    function type(shell, name, text) {
        const field = item(shell, name)
        field.text = text
    }

    // QtTest's failure message has a fixed buffer (a longer one overruns it): the first few, shortened.
    function report(lines) {
        return lines.length + " found: " + lines.slice(0, 5).map(line => line.substring(0, 110)).join(" | ")
    }

    function show(screen, language, width, height) {
        Kiosk.settings.mode = "counter"
        Kiosk.language.language = language
        Kiosk.staff.lock()
        Kiosk.checkIn.dismiss()
        const shell = createTemporaryObject(shellComponent, testCase, { width: width, height: height })
        verify(shell)
        screen.show(shell)
        waitForRendering(shell)
        wait(50) // loaders and layouts settle
        return shell
    }

    function initTestCase() {
        // A busy day: the today list has more rows than fit, with every verdict among them.
        for (let i = 0; i < 40; ++i)
            Kiosk.checkIn.checkInByPhone("010-1234-" + (5000 + i))
        Kiosk.checkIn.submitPayload(TestSupport.pass("expired"))
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        Kiosk.checkIn.dismiss()
    }

    function cleanup() {
        if (Kiosk.outage.active) {
            Kiosk.staff.unlock("2580", "t1")
            verify(Kiosk.outage.end(), Kiosk.outage.problem)
        }
        Kiosk.settings.mode = "counter"
        Kiosk.language.language = "en"
        Kiosk.staff.lock()
        Kiosk.checkIn.dismiss()
    }

    function test_everyControlOnScreen_data() {
        const rows = []
        for (const size of [[1280, 800], [1920, 1080]])
            for (const language of ["ko", "en"])
                for (const screen of screens)
                    rows.push({ tag: screen.tag + " " + language + " " + size[0] + "x" + size[1],
                                screen: screen, language: language, width: size[0], height: size[1] })
        return rows
    }
    function test_everyControlOnScreen(row) {
        const shell = show(row.screen, row.language, row.width, row.height)
        // A picture of each screen at the smaller size, to look at (build tree: tests/quick/screenshots).
        if (row.width === 1280)
            grabImage(shell).save(TestSupport.screenshotPath("layout-" + row.screen.tag.replace(/ /g, "-") + "-" + row.language))
        const problems = TestSupport.layoutProblems(shell)
        verify(problems.length === 0, report(problems))
    }

    function test_koreanThroughout_data() {
        // (The long status is the test's own English words.)
        return screens.filter(screen => screen.tag !== "long status").map(screen => ({ tag: screen.tag, screen: screen }))
    }
    function test_koreanThroughout(row) {
        const english = TestSupport.visibleTexts(show(row.screen, "en", 1280, 800))
        cleanup()
        const korean = TestSupport.visibleTexts(show(row.screen, "ko", 1280, 800))
        const untranslated = korean.filter(text => english.indexOf(text) >= 0
                                           && sameInBothLanguages.indexOf(text) < 0
                                           && !/^[\d\s:·.,%\/()+-]*$/.test(text)
                                           && /[A-Za-z]{2,}/.test(text))
        verify(untranslated.length === 0, "English left in Korean: " + report(untranslated))
        // Counts read as words in both languages ("44 check-ins", "1 day old"), never "check-in(s)".
        const unpluralised = english.concat(korean).filter(text => /\((s|es)\)/.test(text))
        verify(unpluralised.length === 0, "Plural left open: " + report(unpluralised))
    }
}
