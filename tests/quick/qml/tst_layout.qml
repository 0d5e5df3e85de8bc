import QtQuick
import QtTest
import Passgate
import PassgateTest

// Every page, panel and dialog a counter worker sees, and every kind of verdict on both pages, at the
// screen sizes venues have (a 1280x800 all-in-one, a 1366x768 laptop, a 1920x1080 monitor, and a
// self-scan kiosk standing portrait at 1080x1920) in Korean and English: every control is on screen
// with a size, every text lies inside its box and the window, no number is cut short, and in Korean
// nothing visible is left in English.
TestCase {
    id: testCase
    name: "KioskLayout"
    // The largest screens tried, the portrait one too: every shell, and every tap, lies inside the
    // test's window.
    width: 1920
    height: 1920
    visible: true
    when: windowShown

    Component {
        id: shellComponent
        KioskShell { }
    }

    // Texts that are the same in both languages by nature: names, codes, numbers, the language names.
    readonly property var sameInBothLanguages: [
        "passgate", "PIN", "QR", "Test Cafe", "한국어", "English", "080-123-4567", "010-1234-5678",
        "kr-2021-12-13", "kr-2022-01-03", "SMART Health Card", "eu-3g", "eu-2g", "hospital-visitor", "3B", "ICU",
        "✓", "⌫", "홍*동", "QR 코드를 화면에 보여 주세요", "Please show your QR code to the camera",
        "네모 안에 맞춰 주세요 · Inside the frame, please", "QR을 보여 줄 수 없나요?  ·  Can't show your QR?",
        "QR 체크인 장애 중입니다. 카운터로 가 주세요.\nCheck-in apps are down: please go to the counter."
    ]
    function startOutage() {
        Kiosk.staff.unlock("2580", "t1")
        verify(Kiosk.outage.start("national QR service"), Kiosk.outage.problem)
        Kiosk.staff.lock()
    }

    // Every kind of verdict the check-in engine gives, with the longest holder name of the test data
    // where a pass has a holder: shown at the counter (beside the buttons) and at a self-scan kiosk
    // (the whole page).
    readonly property var verdicts: [
        { tag: "admit", show: () => Kiosk.checkIn.submitPayload(TestSupport.pass("longest-name")) },
        { tag: "deny", show: () => Kiosk.checkIn.submitPayload(TestSupport.pass("expired-longest-name")) },
        { tag: "staff check", show: () => Kiosk.checkIn.submitPayload(TestSupport.pass("unrecognised-vaccine")) },
        // Three reasons from the policy: a second dose 9 days ago on a pass issued 30 days ago.
        { tag: "three reasons", show: () => {
            Kiosk.checkIn.submitPayload(TestSupport.pass("recently-vaccinated-longest-name"))
            // (A fourth when the test clock has passed the trust list's expiry, after the flow tests.)
            verify(Kiosk.checkIn.verdict.reasons.length >= 3, Kiosk.checkIn.verdict.reasons)
        } },
        // A full disk: nothing recorded, said as such (and the red banner above).
        { tag: "not recorded", show: () => {
            verify(TestSupport.limitFileSize(1), "could not simulate a full disk")
            Kiosk.checkIn.submitPayload(TestSupport.pass("longest-name"))
            TestSupport.liftFileSizeLimit()
            verify(!Kiosk.checkIn.verdict.recorded)
        } },
        { tag: "second pass", show: () => {
            Kiosk.settings.policy = "eu-2g-plus"
            Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated-long-ago"))
            verify(Kiosk.checkIn.verdict.notice.length > 0, "the 2G+ waiting screen")
        } },
        { tag: "demo", show: () => {
            TestSupport.demonstrate(TestSupport.pass("expired-longest-name"))
            verify(Kiosk.checkIn.verdict.demonstration)
        } },
        { tag: "not a pass", show: () => Kiosk.checkIn.submitPayload("https://example.com/menu?table=12") },
        { tag: "card part", show: () => Kiosk.checkIn.submitPayload(TestSupport.passChunks(2)[1]) },
        { tag: "phone", show: () => Kiosk.checkIn.checkInByPhone("010-1234-5678") },
    ]

    readonly property var screens: verdicts.map(verdict => ({
        tag: "counter " + verdict.tag, show: shell => verdict.show()
    })).concat(verdicts.map(verdict => ({
        tag: "self-scan " + verdict.tag, show: shell => { Kiosk.settings.mode = "kiosk"; verdict.show() }
    }))).concat([
        { tag: "counter", show: shell => {} },
        { tag: "self-scan", show: shell => { Kiosk.settings.mode = "kiosk" } },
        { tag: "front desk", show: shell => { Kiosk.settings.mode = "frontdesk" } },
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
        // Entries waiting for a sync server that does not answer, in the kiosk's own words.
        { tag: "sync waiting", show: shell => {
            TestSupport.showSyncStatus(qsTranslate("passgate::KioskAssembly", "Sync: server unreachable · %n waiting", "", 12840))
        } },
    ])

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
        // A held 2G+ first pass is not a second visitor's first pass: its window ends.
        if (Kiosk.settings.policy !== "kr-2022-01-03") {
            Kiosk.checkIn.submitPayload(TestSupport.pass("tested"))
            Kiosk.settings.policy = "kr-2022-01-03"
        }
        // Recording works again after the full disk: the next check-in lifts the pause.
        if (Kiosk.checkIn.blocked)
            Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        TestSupport.showSyncStatus("")
        if (Kiosk.outage.active) {
            Kiosk.staff.unlock("2580", "t1")
            verify(Kiosk.outage.end(), Kiosk.outage.problem)
        }
        Kiosk.settings.mode = "counter"
        Kiosk.language.language = "en"
        Kiosk.staff.lock()
        Kiosk.checkIn.dismiss()
    }

    readonly property var sizes: [[1280, 800], [1366, 768], [1920, 1080], [1080, 1920]]

    function test_everyControlOnScreen_data() {
        const rows = []
        for (const size of sizes)
            for (const language of ["ko", "en"])
                for (const screen of screens)
                    rows.push({ tag: screen.tag + " " + language + " " + size[0] + "x" + size[1],
                                screen: screen, language: language, width: size[0], height: size[1] })
        return rows
    }
    function test_everyControlOnScreen(row) {
        const shell = show(row.screen, row.language, row.width, row.height)
        // A picture of each screen at the smallest size, and of the hardest counter verdict at every
        // size, to look at (build tree: tests/quick/screenshots; docs/screenshots has the latter).
        const name = row.screen.tag.replace(/ /g, "-") + "-" + row.language
        if (row.width === 1280)
            grabImage(shell).save(TestSupport.screenshotPath("layout-" + name))
        if (row.screen.tag === "counter three reasons" && row.language === "en")
            grabImage(shell).save(TestSupport.screenshotPath("counter-verdict-" + row.width + "x" + row.height))
        const problems = TestSupport.layoutProblems(shell)
        verify(problems.length === 0, report(problems))
    }

    // The audit finds what it is for: each of these small screens has one fault it must name, and the
    // last has none (a Korean sentence wrapped at its spaces is not a word broken).
    Component {
        id: headlinePastItsBox
        Item {
            width: 800; height: 600
            Rectangle {
                width: 400; height: 300; color: "#137a35"
                Text { textFormat: Text.PlainText; text: "Not admitted"; font.pixelSize: 96 }
            }
        }
    }
    Component {
        id: reasonsTallerThanTheirItem
        Rectangle {
            width: 400; height: 300; color: "#b3261e"
            Column {
                Text { textFormat: Text.PlainText; width: 380; height: 30; wrapMode: Text.WordWrap; font.pixelSize: 24
                       text: "This pass expired on 2022-01-09. It was issued for a different person." }
                Text { textFormat: Text.PlainText; text: "Hong Gildong"; font.pixelSize: 24 }
            }
        }
    }
    Component {
        id: elidedCount
        Rectangle {
            width: 400; height: 300; color: "#1b242e"
            Text { textFormat: Text.PlainText; width: 120; elide: Text.ElideRight; font.pixelSize: 20
                   text: "Sync: 12840 waiting" }
        }
    }
    Component {
        id: wordBrokenInside
        Rectangle {
            width: 400; height: 300; color: "#1b242e"
            Text { textFormat: Text.PlainText; width: 300; wrapMode: Text.WrapAnywhere; font.pixelSize: 26
                   text: "Write down the staff PIN and keep it safe." }
        }
    }
    Component {
        id: koreanAtItsSpaces
        Rectangle {
            width: 400; height: 300; color: "#1b242e"
            Text { textFormat: Text.PlainText; width: 300; wrapMode: Text.WordWrap; font.pixelSize: 26
                   font.family: "Noto Sans CJK KR"; text: "직원 PIN을 적어 두고 안전하게 보관하세요." }
        }
    }
    function test_auditFinds_data() {
        return [
            { tag: "a headline past its box", component: headlinePastItsBox, finds: "runs out of QQuickRectangle" },
            { tag: "reasons taller than their item", component: reasonsTallerThanTheirItem, finds: "runs out of its own item" },
            { tag: "an elided count", component: elidedCount, finds: "cuts a number short" },
            { tag: "a word broken inside", component: wordBrokenInside, finds: "breaks a word" },
            { tag: "Korean wrapped at its spaces", component: koreanAtItsSpaces, finds: "" },
        ]
    }
    function test_auditFinds(row) {
        const screen = createTemporaryObject(row.component, testCase)
        verify(screen)
        waitForRendering(screen)
        const problems = TestSupport.layoutProblems(screen)
        if (row.finds.length === 0)
            verify(problems.length === 0, report(problems))
        else
            verify(problems.some(problem => problem.indexOf(row.finds) >= 0), report(problems))
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
