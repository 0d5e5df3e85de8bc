import QtQuick
import QtTest
import Passgate
import PassgateTest

// Every flow through the real pages: what staff and visitors tap, what the verdict shows, and what
// the ledger on disk holds afterwards.
TestCase {
    id: testCase
    name: "KioskFlows"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: shellComponent
        KioskShell { width: 1280; height: 800 }
    }

    SignalSpy { id: quitSpy; target: Kiosk; signalName: "quitRequested" }

    property var shell: null

    function init() {
        Kiosk.settings.mode = "counter"
        Kiosk.language.language = "en"
        Kiosk.staff.lock()
        Kiosk.checkIn.dismiss()
        shell = createTemporaryObject(shellComponent, testCase)
        verify(shell)
        waitForRendering(shell)
        quitSpy.clear()
        settled()
    }

    // The buttons that record are off for a double-tap interval after a verdict (one tap, one entry);
    // a test taps faster than staff do, so it waits for them as a person would not need to.
    function settled() {
        tryVerify(() => Kiosk.checkIn.recordingActionsEnabled, 3000, "the last verdict settled")
    }

    // A test that failed half-way leaves no outage mode behind for the next.
    function cleanup() {
        if (Kiosk.outage.active) {
            Kiosk.staff.unlock("2580", "kim")
            verify(Kiosk.outage.end(), Kiosk.outage.problem)
            Kiosk.staff.lock()
        }
    }

    function item(name) {
        const found = findChild(shell, name)
        verify(found, "no item named " + name)
        return found
    }
    // Scrolls every scroll area that holds `target` until it is in view, as a person would.
    function reveal(target) {
        for (let area = target.parent; area; area = area.parent) {
            if (area.flicking === undefined || area.contentItem === undefined)
                continue
            const top = target.mapToItem(area.contentItem, 0, 0).y
            const bottom = top + target.height
            if (bottom > area.contentY + area.height)
                area.contentY = Math.min(bottom - area.height, Math.max(0, area.contentHeight - area.height))
            else if (top < area.contentY)
                area.contentY = top
        }
    }
    function tap(name) {
        const target = item(name)
        tryVerify(() => target.visible && target.width > 0, 2000, name + " is not shown")
        reveal(target)
        // A tab, a scroll or a model just changed: positions settle in the polish of every layout
        // above the target (an outer one gives the inner one its size), so all of them, twice.
        for (let round = 0; round < 2; ++round)
            for (let above = target.parent; above; above = above.parent)
                waitForItemPolished(above)
        mouseClick(target)
    }
    function type(name, text) {
        const field = item(name)
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function unlockWith(pin, staffId) {
        compare(shell.panel, "pin")
        type("staffIdField", staffId)
        type("pinField", pin)
        tap("panelAction")
    }
    function lastEntry(before) {
        compare(TestSupport.ledgerCount(), before + 1, "one new ledger entry")
        return TestSupport.lastLedgerEntry()
    }

    function test_qrAdmit() {
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        // The status bar counts this check-in already, as today's list does.
        verify(Kiosk.status.ledgerText.indexOf(Kiosk.log.count + " today") >= 0,
               Kiosk.status.ledgerText + " / " + Kiosk.log.count)
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit)
        compare(item("verdictHeadline").text, "Admit")
        verify(item("verdictHolder").text.indexOf("홍길동") === 0, item("verdictHolder").text)
        verify(item("verdictHolder").text.indexOf("1987-05-14") > 0)
        const entry = lastEntry(before)
        compare(entry.mode, "qr")
        compare(entry.verdict, "admit")
        verify(entry.reasons.indexOf("vaccinated") >= 0, entry.reasons)
    }

    // Passes of other formats through the same check-in, each verdict naming its format.
    function test_otherFormatsAdmit_data() {
        return [
            { tag: "SMART Health Card", kind: "shc", policy: "kr-2022-01-03", format: "shc",
              holder: "John B. Anyperson", statement: "SMART Health Card: Vaccination, dose 3" },
            { tag: "NZ COVID Pass", kind: "nzcp", policy: "nz-my-vaccine-pass", format: "nzcp",
              holder: "Aroha Ngata", statement: "NZ COVID Pass: Vaccinated, as certified by the issuer" }
        ]
    }
    function test_otherFormatsAdmit(row) {
        const policy = Kiosk.settings.policy
        Kiosk.settings.policy = row.policy
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass(row.kind))
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit, item("verdictReason").text)
        compare(item("verdictHeadline").text, "Admit")
        verify(item("verdictStatement").text.indexOf(row.statement) === 0, item("verdictStatement").text)
        verify(item("verdictHolder").text.indexOf(row.holder) === 0, item("verdictHolder").text)
        const entry = lastEntry(before)
        compare(entry.verdict, "admit")
        compare(entry.passFormat, row.format)
        Kiosk.settings.policy = policy
    }

    // A card split over two QR codes: the first part waits, unrecorded; the second completes it.
    function test_multiPartCard() {
        const before = TestSupport.ledgerCount()
        const parts = TestSupport.passChunks(2)
        compare(parts.length, 2)
        Kiosk.checkIn.submitPayload(parts[1])
        compare(item("verdictHeadline").text, "Part 1 of 2 read")
        // Waiting for the rest, said as such: not "NOT RECORDED" as if the ledger had failed.
        compare(item("verdictNotice").text,
                "Waiting up to 60 seconds for the other parts: nothing is recorded until the card is complete")
        compare(TestSupport.ledgerCount(), before)
        Kiosk.checkIn.submitPayload(parts[0])
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit, item("verdictReason").text)
        verify(item("verdictStatement").text.indexOf("SMART Health Card") === 0, item("verdictStatement").text)
        compare(lastEntry(before).verdict, "admit")
        // A part left alone longer than the assembler keeps it (60 s on the kiosk's clock) is
        // forgotten: the next part starts a new card, and nothing more is recorded.
        Kiosk.checkIn.submitPayload(parts[1])
        compare(item("verdictHeadline").text, "Part 1 of 2 read")
        TestSupport.advanceClock(61)
        Kiosk.checkIn.submitPayload(parts[0])
        compare(item("verdictHeadline").text, "Part 1 of 2 read")
        compare(TestSupport.ledgerCount(), before + 1)
    }

    // A card cut into 99 parts too small for a card of 99 codes: one check-in, one Deny entry; the
    // other 98 parts say the card was refused without another entry.
    function test_manyPartCardRecordedOnce() {
        const before = TestSupport.ledgerCount()
        const parts = TestSupport.passChunks(99)
        compare(parts.length, 99)
        for (let i = 0; i < parts.length; ++i)
            Kiosk.checkIn.submitPayload(parts[i])
        compare(TestSupport.ledgerCount(), before + 1, "one entry for the whole card")
        compare(lastEntry(before).verdict, "deny")
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Deny)
        compare(item("verdictReason").text, "Part 99 of 99 of a card already refused")
        compare(item("verdictNotice").text, "Recorded once for the whole card: its other parts are not checked again")
    }

    function test_qrDenyWithReason_data() {
        return [
            { tag: "forged", kind: "forged", code: "signature-invalid", words: "possibly forged" },
            { tag: "expired", kind: "expired", code: "expired", words: "expired" }
        ]
    }
    function test_qrDenyWithReason(row) {
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass(row.kind))
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Deny)
        compare(item("verdictHeadline").text, "Not admitted")
        verify(item("verdictReason").text.indexOf(row.words) >= 0, item("verdictReason").text)
        const entry = lastEntry(before)
        compare(entry.mode, "qr")
        compare(entry.verdict, "deny")
        compare(entry.reasons[0], row.code)
    }

    // A genuine pass whose vaccine the venue's policy does not recognise goes to staff with the code
    // as the pass gives it, in either language: shown as text, never as markup.
    function test_unrecognisedVaccineGoesToStaff_data() {
        return [
            { tag: "en", language: "en", words: "vaccine not recognised: <b>X-Vax</b>", headline: "Staff check" },
            { tag: "ko", language: "ko", words: "인정되지 않는 백신: <b>X-Vax</b>", headline: "직원 확인" }
        ]
    }
    function test_unrecognisedVaccineGoesToStaff(row) {
        Kiosk.language.language = row.language
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass("unrecognised-vaccine"))
        compare(Kiosk.checkIn.verdict.kind, VerdictView.StaffCheck, item("verdictReason").text)
        compare(item("verdictHeadline").text, row.headline)
        compare(item("verdictReason").textFormat, Text.PlainText)
        verify(item("verdictReason").text.indexOf(row.words) >= 0, item("verdictReason").text)
        const entry = lastEntry(before)
        compare(entry.verdict, "staff-check")
        compare(entry.reasons[0], "vaccine-not-recognised")
        Kiosk.language.language = "en"
    }

    // What a pass, a person or a file puts on screen is text, never markup: a name that reads
    // <font color=#00ff00 size=7><b>ADMIT</b></font> is shown as those characters (not a big green
    // ADMIT), an <img src=file:///etc/passwd> loads nothing. Through the real check-in path, into every
    // field that shows such data: the holder's names, the vaccine code in a reason, the outage reason,
    // the venue name; each rendered item is measured, not only its textFormat.
    function test_markupIsShownAsText() {
        const tags = TestSupport.markupNames()
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass("markup"))
        tryVerify(() => item("verdictOverlay").visible)
        verify(Kiosk.checkIn.verdict.kind !== VerdictView.Admit, item("verdictHeadline").text)
        waitForRendering(shell)
        for (const tag of tags)
            compare(TestSupport.markupRendered(shell, tag), [], tag)
        verify(item("verdictHolder").text.indexOf(tags[0]) >= 0, item("verdictHolder").text)
        verify(item("verdictReason").text.indexOf(tags[2]) >= 0, item("verdictReason").text)
        lastEntry(before)
        dismissVerdict()

        tap("staffButton")
        unlockWith("2580", "kim")
        verify(Kiosk.outage.start(tags[1]), Kiosk.outage.problem)
        shell.close()
        Kiosk.staff.lock()
        const venue = Kiosk.settings.venueName
        Kiosk.settings.venueName = tags[0]
        waitForRendering(shell)
        compare(TestSupport.markupRendered(item("outageBanner"), tags[1]), [])
        compare(TestSupport.markupRendered(shell, tags[0]), [])
        Kiosk.settings.venueName = venue
        tap("staffButton")
        unlockWith("2580", "kim")
        verify(Kiosk.outage.end())
        shell.close()
        Kiosk.staff.lock()
    }

    function test_selfScanMasksNames() {
        Kiosk.settings.mode = "kiosk"
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        verify(item("verdictHolder").text.indexOf("홍*동") === 0, item("verdictHolder").text)
        // The queue sees the birth year at most, and not how many came today.
        verify(item("verdictHolder").text.indexOf("1987") > 0, item("verdictHolder").text)
        verify(item("verdictHolder").text.indexOf("05-14") < 0, item("verdictHolder").text)
        verify(!/\d/.test(Kiosk.status.ledgerText), Kiosk.status.ledgerText)
        compare(lastEntry(before).verdict, "admit")
        Kiosk.settings.mode = "counter"
    }

    function test_phoneCheckIn() {
        const before = TestSupport.ledgerCount()
        tap("phoneButton")
        compare(shell.panel, "phone")
        type("phoneNumberField", "010-12")
        verify(!item("panelAction").enabledState, "an incomplete number cannot be submitted")
        verify(item("panelProblem").text.length > 0)
        type("phoneNumberField", "010-1234-5678")
        verify(item("panelAction").enabledState)
        tap("panelAction")
        compare(shell.panel, "")
        const overlay = item("verdictOverlay")
        verify(overlay.visible)
        // A cafe may seat a visitor without a pass alone: staff decide, never an automatic admit.
        compare(Kiosk.checkIn.verdict.kind, VerdictView.StaffCheck)
        compare(item("verdictHeadline").text, "Staff check")
        const entry = lastEntry(before)
        compare(entry.mode, "phone")
        compare(entry.verdict, "staff-check")
        verify(entry.hasContact, "the number is stored (sealed)")
        verify(entry.reasons.indexOf("alone-only") >= 0, entry.reasons)
    }

    // 개인안심번호 on the on-screen keypad, Hangul without an input method.
    function test_safetyNumberCheckIn() {
        const before = TestSupport.ledgerCount()
        tap("phoneButton")
        tap("useSafetyNumber")
        compare(shell.panel, "safety")
        for (const key of ["safetyDigit_1", "safetyDigit_2", "hangulKey_ㄱ", "hangulKey_가", "hangulKey_가",
                           "safetyDigit_3", "safetyDigit_4", "hangulKey_ㄴ"]) {
            tap(key)
            waitForRendering(shell) // the keys change with each tap: laid out before the next one
        }
        compare(item("safetyNumberField").text, "12가34ㄴ", "the consonant chosen shows")
        verify(!item("panelAction").enabledState, "five characters and a consonant are not a safety number")
        tap("hangulKey_나")
        waitForRendering(shell)
        verify(item("panelAction").enabledState, "12가34나")
        tap("hangulKey_낙") // a final consonant on the last syllable: 12가34낙
        compare(item("safetyNumberField").text, "12가34낙")
        // The home district on the same keypad: 강남구.
        tap("homeDistrictField")
        for (const key of ["hangulKey_ㄱ", "hangulKey_가", "hangulKey_강", "hangulKey_ㄴ", "hangulKey_나",
                           "hangulKey_남", "hangulKey_ㄱ", "hangulKey_구", "hangulKey_구"]) {
            tap(key)
            waitForRendering(shell)
        }
        compare(item("homeDistrictField").text, "강남구")
        compare(item("safetyNumberField").text, "12가34낙", "the district did not go into the number")
        verify(item("panelAction").enabledState)
        tap("panelAction")
        compare(shell.panel, "")
        compare(item("verdictStatement").text, "Safety number check-in")
        const entry = lastEntry(before)
        compare(entry.mode, "safety-number")
        verify(entry.hasContact, "the safety number is stored (sealed)")
    }
    function test_safetyNumberMalformed_data() {
        return [
            { tag: "five digits", text: "12가345", problem: "4 digits and 2 Hangul syllables" },
            { tag: "latin letters", text: "12ab34", problem: "only digits and Hangul syllables" },
            { tag: "a jamo, not a syllable", text: "12ㄱ34나", problem: "only digits and Hangul syllables" },
        ]
    }
    function test_safetyNumberMalformed(row) {
        const before = TestSupport.ledgerCount()
        shell.panel = "safety"
        // A keyboard with an input method types straight into the field (QtTest cannot type Hangul
        // keys, so the field gets the committed text as an input method would commit it).
        const field = item("safetyNumberField")
        field.forceActiveFocus()
        field.text = row.text
        field.textEdited()
        verify(item("panelProblem").text.indexOf(row.problem) >= 0, item("panelProblem").text)
        verify(!item("panelAction").enabledState)
        tap("panelAction")
        compare(shell.panel, "safety", "the panel stays open with its problem")
        verify(!Kiosk.checkIn.checkInBySafetyNumber(row.text, ""))
        compare(TestSupport.ledgerCount(), before, "nothing recorded")
        tap("panelCancel")
    }

    // A safety number pasted or typed with white space around it (or a space inside, as people write
    // it) is the safety number: accepted and recorded, never cut to a wrong one.
    function test_safetyNumberWithSpaces_data() {
        return [ { tag: "leading space", text: " 12가34나" }, { tag: "around", text: "  12가34나 " },
                 { tag: "inside", text: "12가 34나" } ]
    }
    function test_safetyNumberWithSpaces(row) {
        const before = TestSupport.ledgerCount()
        shell.panel = "safety"
        const field = item("safetyNumberField")
        field.forceActiveFocus()
        field.text = row.text
        field.textEdited()
        compare(item("panelProblem").text, "")
        tryVerify(() => item("panelAction").enabledState, 3000, "the number is accepted")
        tap("panelAction")
        compare(shell.panel, "")
        compare(lastEntry(before).mode, "safety-number")
    }

    // 2G+: a vaccination older than 180 days counts only with a test of the same visitor beside it.
    function test_twoPassesForOneVisitor() {
        Kiosk.settings.policy = "eu-2g-plus"
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated-long-ago"))
        compare(Kiosk.checkIn.verdict.headline, "Now the second pass")
        const window = Kiosk.settings.secondPassSeconds
        compare(item("verdictNotice").text, "Waiting up to " + window + (window === 1 ? " second" : " seconds")
                + " for the second pass: nothing is recorded until it is shown")
        verify(Kiosk.checkIn.verdict.reasons[0].indexOf("now show the second pass: a negative test") >= 0,
               Kiosk.checkIn.verdict.reasons)
        compare(TestSupport.ledgerCount(), before, "nothing recorded before the second pass")
        Kiosk.checkIn.submitPayload(TestSupport.pass("tested"))
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit)
        const entry = lastEntry(before)
        compare(entry.passes, 2, "one entry naming both passes")
        compare(entry.verdict, "admit")
        verify(entry.reasons.indexOf("vaccinated") >= 0 && entry.reasons.indexOf("tested") >= 0, entry.reasons)

        // The second pass of someone else (same name, another birth date) ends the first visitor's
        // turn, recorded, and starts the other's own: the screen shows the other's pass only.
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated-long-ago"))
        Kiosk.checkIn.submitPayload(TestSupport.pass("tested-other-person"))
        const refused = lastEntry(before + 1)
        compare(refused.passes, 1)
        compare(refused.verdict, "deny")
        compare(refused.reasons[0], "second-pass-other-person")
        compare(Kiosk.checkIn.verdict.headline, "Now the second pass")
        compare(Kiosk.checkIn.verdict.birthDate, "1990-01-01", "the test's holder, not the waiting one")
        Kiosk.checkIn.dismiss()

        // Nothing within the window: the first pass ends in a clear verdict by itself. (Scanning it
        // ends the other visitor's wait first, recorded as theirs.)
        Kiosk.settings.secondPassSeconds = 1
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated-long-ago"))
        compare(lastEntry(before + 2).reasons[0], "second-pass-other-person")
        compare(Kiosk.checkIn.verdict.headline, "Now the second pass")
        compare(item("verdictNotice").text, "Waiting up to 1 second for the second pass: nothing is recorded until it is shown")
        TestSupport.advanceClock(2)
        tryVerify(() => Kiosk.checkIn.verdict.kind === VerdictView.Deny, 5000, "the window ends by itself")
        verify(Kiosk.checkIn.verdict.reasons[0].indexOf("not shown in time") >= 0, Kiosk.checkIn.verdict.reasons)
        compare(lastEntry(before + 3).reasons[0], "second-pass-missing")
        Kiosk.settings.secondPassSeconds = 120
        Kiosk.settings.policy = "kr-2022-01-03"
    }

    // 2G+ with a queue: visitor A shows a pass that counts only beside a second, then visitor B shows
    // theirs. A's check ends as a recorded Deny; B's pass gets B's own verdict, recorded, and nothing
    // of A (name, birth date) is on screen from then on.
    function test_nextVisitorWhileTheFirstWaits() {
        Kiosk.settings.policy = "eu-2g-plus"
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated-long-ago"))
        compare(Kiosk.checkIn.verdict.headline, "Now the second pass")
        compare(item("verdictHolder").text.indexOf("홍길동"), 0, item("verdictHolder").text)

        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated-other-name"))
        waitForRendering(shell)
        compare(TestSupport.ledgerCount(), before + 2, "A's ended check-in and B's own")
        const entries = TestSupport.lastLedgerEntries(2)
        compare(entries[0].verdict, "deny")
        compare(entries[0].reasons[0], "second-pass-other-person")
        compare(entries[1].verdict, "admit", entries[1].reasons)
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit, Kiosk.checkIn.verdict.reasons)
        verify(item("verdictHolder").text.indexOf("김민지") === 0, item("verdictHolder").text)
        const shown = TestSupport.visibleTexts(shell)
        const ofA = shown.filter(text => text.indexOf("홍길동") >= 0 || text.indexOf("1987-05-14") >= 0
                                         || text.indexOf("HONG") >= 0)
        compare(ofA.length, 0, "A's data on B's screen: " + ofA)
        compare(item("verdictNotice").text,
                "The previous visitor's check ended without their second pass: not admitted")
        // Today's list counts both: A not admitted, B admitted.
        Kiosk.settings.policy = "kr-2022-01-03"
    }

    // The same three paths in Korean, as a Korean counter sees them.
    function test_koreanFallbacks() {
        Kiosk.language.language = "ko"
        shell.panel = "safety"
        const field = item("safetyNumberField")
        field.forceActiveFocus()
        field.text = "12가345"
        field.textEdited()
        compare(item("panelProblem").text, "개인안심번호는 12가34나처럼 숫자 4개와 한글 2글자입니다.")
        tap("panelCancel")

        Kiosk.staff.unlock("2580", "kim")
        verify(Kiosk.outage.start("QR 체크인 서비스 장애"), Kiosk.outage.problem)
        verify(item("outageBannerText").text.indexOf("장애 대응 모드") === 0, item("outageBannerText").text)
        verify(Kiosk.checkIn.attest("paper-certificate"))
        compare(item("verdictStatement").text, "장애 중 직원 확인")
        verify(Kiosk.outage.end(), Kiosk.outage.problem)
        Kiosk.staff.lock()
        dismissVerdict()

        Kiosk.settings.policy = "eu-2g-plus"
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated-long-ago"))
        compare(Kiosk.checkIn.verdict.headline, "이제 두 번째 증명")
        compare(Kiosk.checkIn.verdict.reasons[0], "이제 두 번째 증명을 보여 주세요: 음성 검사 결과")
        Kiosk.checkIn.submitPayload(TestSupport.pass("tested"))
        compare(Kiosk.checkIn.verdict.headline, "입장 가능")
        Kiosk.settings.policy = "kr-2022-01-03"
    }

    // 13 Dec 2021, 11:40: the pass apps fail. Staff turn outage mode on behind the PIN, check by eye
    // with one tap, the self-scan page sends visitors to the counter, and the ledger keeps it all.
    function test_outageMode() {
        verify(!Kiosk.outage.start("national QR service down"), "not without the staff PIN")
        verify(Kiosk.outage.problem.indexOf("staff PIN") >= 0, Kiosk.outage.problem)
        verify(!Kiosk.checkIn.attest("sticker"), "no checks by eye outside outage mode")
        verify(!item("attestButtons").visible)

        tap("staffButton")
        unlockWith("2580", "kim")
        compare(shell.panel, "staff")
        tap("outageButton")
        verify(!Kiosk.outage.active, "a reason is needed")
        verify(item("outageProblem").text.length > 0)
        tap("outagePreset_0")
        compare(item("outageReasonField").text, "National QR service down")
        tap("outageButton")
        verify(Kiosk.outage.active)
        compare(Kiosk.outage.reason, "National QR service down")
        shell.close()
        Kiosk.staff.lock()

        const banner = item("outageBanner")
        verify(banner.visible)
        verify(/Outage mode since \d\d:\d\d: National QR service down/.test(item("outageBannerText").text),
               item("outageBannerText").text)
        // A check by eye: one tap, admitted, recorded as the staff who turned the mode on.
        const before = TestSupport.ledgerCount()
        tap("attest_sticker")
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit)
        compare(item("verdictStatement").text, "Checked by staff during an outage")
        let entry = lastEntry(before)
        compare(entry.mode, "attested")
        compare(entry.staffId, "kim")
        compare(entry.attributes["attested"], "sticker")
        compare(entry.attributes["outage"], "yes")
        compare(entry.attributes["outage-reason"], "National QR service down")
        dismissVerdict()
        // Any check-in while the mode is on carries the flag.
        verify(Kiosk.checkIn.checkInByPhone("010-3333-4444"))
        compare(lastEntry(before + 1).attributes["outage"], "yes")
        dismissVerdict()

        // Self-scan: visitors are sent to the counter, in Korean and English.
        Kiosk.settings.mode = "kiosk"
        tryVerify(() => findChild(shell, "selfScanOutage") !== null && findChild(shell, "selfScanOutage").visible)
        verify(item("selfScanOutageText").text.indexOf("카운터") >= 0)
        verify(item("selfScanOutageText").text.indexOf("go to the counter") >= 0)
        Kiosk.settings.mode = "counter"
        tryVerify(() => findChild(shell, "counterPage") !== null)

        // Off again, behind the PIN; the next check-in carries no flag.
        tap("staffButton")
        unlockWith("2580", "lee")
        tap("outageButton")
        verify(!Kiosk.outage.active)
        shell.close()
        verify(!item("outageBanner").visible)
        verify(Kiosk.checkIn.checkInByPhone("010-3333-5555"))
        verify(lastEntry(before + 2).attributes["outage"] === undefined)
    }

    // A double tap on a check by eye is one check-in: the buttons are off from the first tap until its
    // verdict has been on screen for a double-tap interval, and then take the next visitor's tap.
    function test_doubleTapRecordsOnce_data() {
        return [ { tag: "phone pass", code: "pass-on-phone" }, { tag: "sticker", code: "sticker" },
                 { tag: "paper", code: "paper-certificate" } ]
    }
    function test_doubleTapRecordsOnce(row) {
        Kiosk.staff.unlock("2580", "kim")
        verify(Kiosk.outage.start("national QR service down"), Kiosk.outage.problem)
        Kiosk.staff.lock()
        const before = TestSupport.ledgerCount()
        const button = item("attest_" + row.code)
        tap("attest_" + row.code)
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit)
        verify(!button.enabledState, "off until the verdict settles")
        wait(60) // the verdict's frame is on screen; a finger's second tap comes now
        mouseClick(button)
        compare(TestSupport.ledgerCount(), before + 1, "a double tap records once")
        // The next visitor: the same button records again once the verdict has settled.
        tryVerify(() => button.enabledState, 3000, "the buttons come back")
        mouseClick(button)
        compare(TestSupport.ledgerCount(), before + 2)
        tryVerify(() => button.enabledState, 3000)
    }

    // At the counter a verdict (the demo's, or the last visitor's) never stands between staff and a
    // button: one tap on "Phone check-in" opens the phone check-in.
    function test_oneTapOnAButtonBesideAVerdict() {
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        verify(item("verdictOverlay").visible)
        tap("phoneButton")
        compare(shell.panel, "phone")
        shell.close()
    }

    // Staff tap a verdict away, as at the counter.
    function dismissVerdict() {
        if (item("verdictOverlay").visible)
            mouseClick(item("verdictOverlay"))
        tryVerify(() => !item("verdictOverlay").visible)
    }

    function paperVaccination(date) {
        dismissVerdict()
        tap("paperButton")
        if (shell.panel === "pin")
            unlockWith("2580", "kim")
        compare(shell.panel, "paper")
        tap("paperKind_0")
        tap("vaccine_0")
        type("vaccinationDate", date)
        verify(!item("panelAction").enabledState, "the ID check must be confirmed first")
        // Under load the form may still be settling (the problem line above changes height as the date
        // is typed) when the tap lands: wait for the box's state, and tap again only if it never came.
        for (let attempt = 0; attempt < 3 && !item("idChecked").chosen; ++attempt) {
            tap("idChecked")
            for (let polls = 0; polls < 20 && !item("idChecked").chosen; ++polls)
                wait(50)
        }
        tryVerify(() => item("panelAction").enabledState, 2000, "not ready after the ID check: idChecked "
               + item("idChecked").chosen + ", date '" + item("vaccinationDate").text + "', problem '"
               + item("paperPanel").problem + "'")
        grabImage(shell).save(TestSupport.screenshotPath("paper-form-" + Kiosk.language.language))
        tap("panelAction")
        compare(shell.panel, "")
    }

    function test_paperCheckInDecidedByPolicy() {
        let before = TestSupport.ledgerCount()
        // 2021-12-01 + 14 days <= 2022-01-10: the second dose counts under kr-2022-01-03.
        paperVaccination("2021-12-01")
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit)
        waitForRendering(shell)
        grabImage(shell).save(TestSupport.screenshotPath("paper-admit-" + Kiosk.language.language))
        let entry = lastEntry(before)
        compare(entry.mode, "paper")
        compare(entry.verdict, "admit")
        compare(entry.staffId, "kim")
        verify(entry.reasons.indexOf("vaccinated") >= 0, entry.reasons)

        // Nine days after the dose: not yet fully vaccinated. A cafe may still seat the visitor alone,
        // so the policy asks staff instead of admitting.
        before = TestSupport.ledgerCount()
        paperVaccination("2022-01-01")
        compare(Kiosk.checkIn.verdict.kind, VerdictView.StaffCheck)
        verify(item("verdictReason").text.indexOf("too recent") >= 0, item("verdictReason").text)
        entry = lastEntry(before)
        compare(entry.mode, "paper")
        compare(entry.verdict, "staff-check")
        verify(entry.reasons.indexOf("too-early") >= 0, entry.reasons)
        verify(entry.reasons.indexOf("alone-only") >= 0, entry.reasons)
    }

    function test_staffOverride() {
        paperVaccination("2022-01-05")
        compare(Kiosk.checkIn.verdict.kind, VerdictView.StaffCheck)
        const before = TestSupport.ledgerCount()
        dismissVerdict()
        tap("overrideButton")
        compare(shell.panel, "override")
        tap("overrideAdmit")
        verify(!item("panelAction").enabledState, "no override without a reason")
        verify(!Kiosk.checkIn.overrideLast(true, "   "))
        compare(TestSupport.ledgerCount(), before)
        type("overrideReason", "booster card shown")
        settled()
        tap("panelAction")
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit)
        verify(item("verdictReason").text.indexOf("booster card shown") >= 0)
        const entry = lastEntry(before)
        compare(entry.mode, "override")
        compare(entry.verdict, "admit")
        compare(entry.staffId, "kim")
        compare(entry.reasons[0], "override")
    }

    function test_ledgerFailureIsShown() {
        compare(Kiosk.status.ledgerState, KioskStatus.Ok)
        const before = TestSupport.ledgerCount()
        verify(TestSupport.limitFileSize(1), "could not simulate a full disk")
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        TestSupport.liftFileSizeLimit()
        // A valid pass, but nothing could be written: nobody is admitted and the screen says why.
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Deny)
        verify(!Kiosk.checkIn.verdict.recorded)
        verify(item("verdictReason").text.indexOf("could not be recorded") >= 0, item("verdictReason").text)
        verify(item("verdictReason").text.indexOf("disk is full") >= 0, item("verdictReason").text)
        compare(Kiosk.status.ledgerState, KioskStatus.Error)
        verify(Kiosk.status.ledgerText.indexOf("disk is full") >= 0, Kiosk.status.ledgerText)
        compare(TestSupport.ledgerCount(), before, "nothing half-written")
        verify(item("blockedBanner").visible, "the red banner says check-ins are paused")
        // Space again: the next check-in is recorded, the banner goes and the status bar is green again.
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit)
        compare(lastEntry(before).verdict, "admit")
        compare(Kiosk.status.ledgerState, KioskStatus.Ok)
        verify(!item("blockedBanner").visible, "the banner is gone once check-ins are recorded again")
    }

    function test_pinLockout() {
        const before = TestSupport.ledgerCount()
        tap("staffButton")
        compare(shell.panel, "pin")
        for (let i = 0; i < 5; ++i) {
            type("pinField", "1111")
            tap("panelAction")
        }
        verify(Kiosk.staff.lockedOut)
        verify(!Kiosk.staff.unlocked)
        verify(item("panelProblem").text.indexOf("Too many wrong PINs") >= 0, item("panelProblem").text)
        // The right PIN does not open it during the pause.
        verify(!Kiosk.staff.unlock("2580", "kim"))
        TestSupport.advanceClock(61)
        verify(!Kiosk.staff.lockedOut)
        type("pinField", "2580")
        tap("panelAction")
        verify(Kiosk.staff.unlocked)
        compare(shell.panel, "staff")
        compare(TestSupport.ledgerCount(), before, "PIN attempts write nothing to the ledger")
        // The staff area's today view and per-hour chart are read back from the ledger on disk.
        verify(Kiosk.log.count > 0)
        compare(Kiosk.log.count, TestSupport.ledgerCount())
        compare(Kiosk.log.perHour[3], Kiosk.log.count, "every test check-in is at 03:xx UTC")
        // First start made the venue keys: staff are told where the owner key is and its passphrase.
        const notice = item("staffNotice")
        verify(/owner-private-key-[0-9a-f]{16}\.pem/.test(notice.text), notice.text)
        verify(TestSupport.ownerKeyOutsideDataDir())
    }

    // A counter keyboard without a mouse: the staff area and the setup are reachable by keys alone.
    function test_staffAreaFromTheKeyboard() {
        keyClick(Qt.Key_S, Qt.ControlModifier | Qt.AltModifier | Qt.ShiftModifier)
        compare(shell.panel, "pin", "a set-up kiosk asks for the PIN")
        tryVerify(() => item("pinField").activeFocus, 2000, "typing goes to the PIN")
        for (const digit of "2580")
            keyClick(digit)
        keyClick(Qt.Key_Return)
        verify(Kiosk.staff.unlocked)
        compare(shell.panel, "staff")
    }
    function test_setupFromTheKeyboard() {
        shell.panel = "setup"
        tryVerify(() => item("setupVenueName").activeFocus, 2000, "typing starts in the venue's name")
        waitForRendering(shell)
        item("setupPin").forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(item("setupPinAgain").activeFocus, "Enter in the PIN moves to the second PIN")
        // The field typed into is in view, however far down the panel it is.
        const content = item("panelContent")
        const shown = item("setupPinAgain").mapToItem(content, 0, 0)
        verify(shown.y >= 0 && shown.y + item("setupPinAgain").height <= content.height + 1,
               "the second PIN is scrolled into view: " + shown.y + " of " + content.height)
        keyClick(Qt.Key_Return)
        // Enter in the last field saves; this kiosk is set up already, which the setup says.
        verify(item("panelProblem").text.indexOf("already set up") >= 0, item("panelProblem").text)
    }

    function test_selfScanKeyBlocking() {
        Kiosk.settings.mode = "kiosk"
        tryVerify(() => findChild(shell, "selfScanPage") !== null)
        tap("cantShowQrButton")
        compare(shell.panel, "help")
        compare(item("checkInNumber").text, "080-123-4567")
        const refused = TestSupport.refusedKeys()
        keyClick(Qt.Key_Escape)
        keyClick(Qt.Key_Q, Qt.ControlModifier)
        keyClick(Qt.Key_F4, Qt.AltModifier)
        compare(shell.panel, "help", "Esc does not leave the visitor's panel")
        compare(quitSpy.count, 0, "Ctrl+Q does not quit")
        compare(TestSupport.refusedKeys(), refused + 3)
        Kiosk.requestQuit()
        compare(quitSpy.count, 0, "no quit in self-scan mode without staff")

        // A visitor's check-in in self-scan mode is recorded as usual.
        const before = TestSupport.ledgerCount()
        verify(Kiosk.checkIn.checkInByPhone("02-123-4567"))
        compare(lastEntry(before).mode, "phone")

        // Back at a counter the same keys work for staff.
        Kiosk.settings.mode = "counter"
        tryVerify(() => findChild(shell, "counterPage") !== null)
        shell.panel = "help"
        keyClick(Qt.Key_Escape)
        compare(shell.panel, "")
        keyClick(Qt.Key_Q, Qt.ControlModifier)
        compare(quitSpy.count, 1)
    }

    function test_frontDeskRecordsCategoryAndWard() {
        Kiosk.settings.mode = "frontdesk"
        compare(Kiosk.settings.policy, "hospital-visitor")
        tryVerify(() => findChild(shell, "frontDeskPanel") !== null && findChild(shell, "frontDeskPanel").visible)
        tap("category_guardian")
        compare(Kiosk.checkIn.visitorCategory, "guardian")
        Kiosk.checkIn.department = "3B"
        const before = TestSupport.ledgerCount()
        tap("phoneButton")
        type("phoneNumberField", "031-123-4567")
        tap("panelAction")
        // The hospital rule wants a negative PCR: a phone call alone never admits.
        verify(Kiosk.checkIn.verdict.kind !== VerdictView.Admit)
        const entry = lastEntry(before)
        compare(entry.mode, "phone")
        compare(entry.attributes["visitor-category"], "guardian")
        compare(entry.attributes["department"], "3B")
        Kiosk.settings.mode = "counter"
        Kiosk.settings.policy = "kr-2022-01-03"
        Kiosk.checkIn.visitorCategory = ""
        Kiosk.checkIn.department = ""
    }

    function test_languageSwitch() {
        compare(item("phoneButton").text, "Phone check-in")
        Kiosk.language.language = "ko"
        compare(item("phoneButton").text, "전화 체크인")
        const before = TestSupport.ledgerCount()
        verify(Kiosk.checkIn.checkInByPhone("010-9876-5432"))
        compare(item("verdictHeadline").text, "직원 확인")
        compare(lastEntry(before).mode, "phone")
        Kiosk.language.language = "en"
        compare(item("phoneButton").text, "Phone check-in")
    }

    // The USB scanner read from its device: chosen in the staff area, its state in the status bar and
    // its counts and problem beside the camera's (no input devices here: missing, then not one).
    function test_staffAreaUsbScanner() {
        tap("staffButton")
        if (shell.panel === "pin")
            unlockWith("2580", "kim")
        compare(shell.panel, "staff")
        verify(item("scannerNone").chosen)
        verify(!item("scannerMetrics").visible)
        verify(!item("scannerStatus").visible)
        compare(Kiosk.scan.scanner, null)
        Kiosk.settings.scannerDevice = "/nonexistent/by-id/usb-Scanner-event-kbd"
        compare(Kiosk.settings.saveError, "")
        verify(!item("scannerNone").chosen)
        verify(Kiosk.scan.scanner !== null)
        tryVerify(() => item("scannerStatus").visible)
        compare(Kiosk.status.scannerText, "USB scanner not connected")
        verify(item("scannerMetrics").visible)
        const metrics = item("scannerMetrics").text
        verify(metrics.indexOf("0 scans · 0 rejected bursts") >= 0, metrics)
        verify(metrics.indexOf("Scanner not connected: /nonexistent/by-id/usb-Scanner-event-kbd") >= 0, metrics)
        Kiosk.settings.scannerDevice = "/dev/null"
        tryVerify(() => Kiosk.status.scannerText.indexOf("is not an input device") >= 0, 5000, Kiosk.status.scannerText)
        item("scannerNone").clicked()
        compare(Kiosk.settings.scannerDevice, "")
        compare(Kiosk.scan.scanner, null)
        tryVerify(() => !item("scannerStatus").visible)
        verify(!item("scannerMetrics").visible)
    }

    function test_staffAreaShowsScanningAndCamera() {
        tap("staffButton")
        if (shell.panel === "pin")
            unlockWith("2580", "kim")
        compare(shell.panel, "staff")
        verify(item("scanMetrics").text.indexOf("Frames seen") >= 0, item("scanMetrics").text)
        verify(item("scanMetrics").text.indexOf("p99") >= 0, item("scanMetrics").text)
        // No camera on a test machine: staff are told, and what the kiosk scans from instead.
        compare(Kiosk.settings.cameras.length, 0)
        verify(item("cameraNote").text.indexOf("No camera is connected") >= 0, item("cameraNote").text)
        verify(item("cameraNote").text.indexOf(Kiosk.scan.description) >= 0, item("cameraNote").text)
        verify(item("cameraDefault").chosen)
        Kiosk.settings.camera = "usb-cam-7"
        verify(!item("cameraDefault").chosen)
        compare(Kiosk.settings.saveError, "")
        // The settings column scrolls; the choice sits below the fold, so it is pressed directly.
        item("cameraDefault").clicked()
        compare(Kiosk.settings.camera, "")
        verify(item("cameraDefault").chosen)
        verify(!item("trustUpdateProgress").visible, "no update under way")
        // Plain controls carry names for screen readers too.
        compare(item("soundsSwitch").Accessible.name, "Sounds")
        compare(item("retentionDays").Accessible.name, "Keep entries (days)")
    }

    function test_contactExport() {
        verify(Kiosk.checkIn.checkInByPhone("010-2468-1357"))
        dismissVerdict()
        verify(Kiosk.checkIn.checkInBySafetyNumber("5가6나78", " 부산  해운대구 "))
        const checkIns = TestSupport.ledgerCount()
        dismissVerdict()
        tap("staffButton")
        if (shell.panel === "pin")
            unlockWith("2580", "kim")
        compare(shell.panel, "staff")
        tap("tabExport")
        // The USB stick is offered by name: one tap instead of typing its path.
        tap("exportFolderPick")
        verify(item("exportFolderField").text.indexOf("usb-stick") >= 0, item("exportFolderField").text)
        type("exportFolderField", TestSupport.exportFolder())
        type("exportDaysField", "1")
        tap("exportButton")
        verify(item("exportResult").text.indexOf("exported") >= 0, item("exportResult").text)
        // The owner opens it with the private key and the passphrase staff were shown.
        const opened = TestSupport.openExport(Kiosk.contactExport.lastFile)
        verify(opened.error === undefined, opened.error)
        compare(opened.entries, checkIns, "every check-in of the day, as in the ledger")
        verify(opened.contacts.indexOf("phone 01024681357") >= 0, opened.contacts)
        verify(opened.contacts.indexOf("safety-number 5가6나78") >= 0, opened.contacts)
        verify(opened.districts.indexOf("부산 해운대구") >= 0, opened.districts)
        compare(TestSupport.ledgerCount(), checkIns, "an export writes no check-in")
        // A folder that does not exist is refused with words, not a crash.
        type("exportFolderField", "/nonexistent/usb")
        tap("exportButton")
        verify(item("exportResult").text.indexOf("is not a folder") >= 0, item("exportResult").text)
    }

    function test_trustListImport() {
        tap("staffButton")
        if (shell.panel === "pin")
            unlockWith("2580", "kim")
        compare(shell.panel, "staff")
        tap("tabTrust")
        // A trust list file on the USB stick is offered: a tap puts its path in the field.
        tap("trustFilePick")
        verify(item("trustFileField").text.indexOf("usb-stick/venue-trust.pgtb") >= 0, item("trustFileField").text)
        // A damaged file is refused with the reason; the trust list in force stays.
        type("trustFileField", TestSupport.trustListFile("tampered"))
        tap("trustImportButton")
        verify(item("trustResult").text.indexOf("Refused") === 0, item("trustResult").text)
        // A newer one from the same publisher is installed and used at once.
        type("trustFileField", TestSupport.trustListFile("newer"))
        tap("trustImportButton")
        verify(item("trustResult").text.indexOf("Installed trust list") === 0, item("trustResult").text)
        shell.close()
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        compare(Kiosk.checkIn.verdict.kind, VerdictView.Admit)
        compare(lastEntry(before).verdict, "admit")
    }

    // Named to run last (Qt Quick Test runs test functions in name order): it moves the test clock
    // past the trust list's expiry for good.
    function test_zzTrustListExpired() {
        TestSupport.advanceClock((TestSupport.trustListDaysLeft() + 1) * 86400)
        const before = TestSupport.ledgerCount()
        Kiosk.checkIn.submitPayload(TestSupport.pass("vaccinated"))
        // Signatures still check out, but nothing is admitted silently on a stale trust list.
        compare(Kiosk.checkIn.verdict.kind, VerdictView.StaffCheck)
        verify(item("verdictReason").text.indexOf("trust list expired") >= 0, item("verdictReason").text)
        const entry = lastEntry(before)
        compare(entry.verdict, "staff-check")
        compare(entry.reasons[0], "trust-list-expired")
        Kiosk.checkIn.dismiss()
        compare(Kiosk.status.trustState, KioskStatus.Error, "the status bar after the check-in")
        verify(Kiosk.status.trustText.indexOf("expired") >= 0, Kiosk.status.trustText)
    }
}
