#include "kiosk/CheckInController.h"

#include "checkin/PhoneNumber.h"
#include "checkin/SafetyNumber.h"
#include "kiosk/CheckInLogModel.h"
#include "kiosk/KioskSettings.h"
#include "kiosk/PaperCertificateForm.h"
#include "kiosk/ReasonText.h"
#include "kiosk/StaffAccess.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QStyleHints>

#include <chrono>

Q_LOGGING_CATEGORY(lcCheckIn, "passgate.checkin")

namespace passgate {

namespace {

VerdictView::Kind kindOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Admit:
        return VerdictView::Kind::Admit;
    case Verdict::Deny:
        return VerdictView::Kind::Deny;
    case Verdict::StaffCheck:
        return VerdictView::Kind::StaffCheck;
    }
    return VerdictView::Kind::Deny;
}

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// Korean names are written family-first without a space (홍길동); others as "Given FAMILY".
QString displayName(const HolderName &holder)
{
    const QString family = holder.family.isEmpty() ? holder.familyStandardised : holder.family;
    const QString given = holder.given.isEmpty() ? holder.givenStandardised : holder.given;
    if (!family.isEmpty() && isHangul(family.front()))
        return family + given;
    return QStringList{given, family}.join(u' ').trimmed();
}

} // namespace

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

CheckInController::CheckInController(CheckInStation &station, KioskSettings &settings, StaffAccess &staff,
                                     CheckInLogModel &log, QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_settings(settings)
    , m_staff(staff)
    , m_log(log)
{
    // At a self-scan kiosk the verdict goes away by itself for the next visitor; at a counter it stays
    // until the next scan or until staff dismiss it, so nothing is missed while looking at an ID.
    m_reset.setSingleShot(true);
    connect(&m_reset, &QTimer::timeout, this, &CheckInController::dismiss);
    // A double tap is two taps within the platform's double-click interval: the second one must not
    // record a second entry, so recording actions stay off that long after the verdict is on screen.
    m_doubleTapGuard.setSingleShot(true);
    m_doubleTapGuard.setInterval(QGuiApplication::styleHints()->mouseDoubleClickInterval());
    connect(&m_doubleTapGuard, &QTimer::timeout, this, &CheckInController::releaseRecordingActions);
    connect(&m_station, &CheckInStation::heldPassEnded, this,
            [this](const CheckInService::Outcome &outcome) { present(outcome, -1); });
}

QString CheckInController::blockedReason() const
{
    const auto reason = m_station.status().ledger.blockedBecause;
    return reason ? ReasonText::sentence(*reason) : QString();
}

void CheckInController::setVisitorCategory(const QString &category)
{
    if (category == m_visitorCategory)
        return;
    m_visitorCategory = category;
    Q_EMIT frontDeskChanged();
}

void CheckInController::setDepartment(const QString &department)
{
    if (department == m_department)
        return;
    m_department = department;
    Q_EMIT frontDeskChanged();
}

void CheckInController::setProblem(const QString &problem)
{
    m_problem = problem;
    Q_EMIT problemChanged();
}

void CheckInController::setPresentationWindow(QQuickWindow *window)
{
    m_window = window;
}

void CheckInController::setRecordingActionsEnabled(bool enabled)
{
    if (enabled == m_recordingActionsEnabled)
        return;
    m_recordingActionsEnabled = enabled;
    Q_EMIT recordingActionsEnabledChanged();
}

void CheckInController::releaseRecordingActions()
{
    // Under load the verdict's frame may come after the interval: the actions wait for it.
    if (m_verdictFramePending)
        m_doubleTapGuard.start();
    else
        setRecordingActionsEnabled(true);
}

// The buttons are what refuse the second tap (their enabledState follows the property at once,
// inside the first tap's handler); a caller that is no finger (a test, a script) is not refused.
template<typename Action>
bool CheckInController::holdingRecordingActions(Action action)
{
    setRecordingActionsEnabled(false);
    const bool recorded = action();
    if (recorded)
        m_doubleTapGuard.start(); // from the verdict just presented; see releaseRecordingActions()
    else if (!m_doubleTapGuard.isActive())
        setRecordingActionsEnabled(true); // refused with a problem: staff correct it and tap again
    return recorded;
}

Evidence CheckInController::withFrontDesk(Evidence evidence) const
{
    if (m_settings.frontDesk()) {
        evidence.visitorCategory = m_visitorCategory;
        evidence.department = m_department;
    }
    return evidence;
}

bool CheckInController::cannotRecordForStaff()
{
    if (!cannotRecord())
        return false;
    setProblem(tr("Nothing can be recorded on this kiosk: see the red notice."));
    return true;
}

bool CheckInController::cannotRecord()
{
    // Without a ledger (or with wrong settings) every check-in would be a red verdict for a fault that
    // is the kiosk's, not the visitor's: none is run, and the setup problem is on screen for staff.
    if (!m_station.ledger()) {
        qCWarning(lcCheckIn) << "check-in not run: this kiosk has no ledger (see the setup problem)";
        return true;
    }
    // A wrong setting (an unknown policy above all) would decide by rules the venue did not choose.
    if (!m_settings.fileProblems().isEmpty()) {
        qCWarning(lcCheckIn) << "check-in not run: the settings file has errors (see the setup problem)";
        return true;
    }
    return false;
}

void CheckInController::submitPayload(const QString &payload, qint64 seenAtMs)
{
    const QString trimmed = payload.trimmed();
    if (trimmed.isEmpty() || cannotRecord())
        return;
    // A SMART Health Card may come as several QR codes: each part waits for the others, unrecorded.
    auto assembled = m_chunks.offer(trimmed, m_station.clock().now());
    if (const auto *progress = std::get_if<shc::ShcChunkAssembler::Progress>(&assembled)) {
        presentChunkProgress(*progress);
        return;
    }
    if (const auto *part = std::get_if<shc::ShcChunkAssembler::RefusedCardPart>(&assembled)) {
        presentRefusedCardPart(*part);
        return;
    }
    present(m_station.checkInQr(std::get<QString>(assembled), withFrontDesk({})), seenAtMs);
}

void CheckInController::presentChunkProgress(const shc::ShcChunkAssembler::Progress &progress)
{
    VerdictView::Content content;
    content.kind = VerdictView::Kind::StaffCheck;
    content.headline = tr("Part %1 of %2 read").arg(progress.have).arg(progress.total);
    content.reasons.append(tr("Show the next QR code of the same card"));
    content.statement = ReasonText::passFormat(PassFormat::SmartHealthCard);
    // Not a verdict: nothing is recorded yet because the card is not complete, not because the ledger
    // failed. Said as such, with how long the parts are kept.
    content.notice =
        tr("Waiting up to %n second(s) for the other parts: nothing is recorded until the card is "
           "complete",
           nullptr, int(shc::ShcChunkAssembler::maxAgeSeconds));
    m_verdict.show(content);
    // The parts wait as long as the assembler keeps them; the screen no longer than a verdict.
    if (m_settings.selfScan())
        m_reset.start(m_settings.verdictSeconds() * 1000);
}

void CheckInController::presentRefusedCardPart(const shc::ShcChunkAssembler::RefusedCardPart &part)
{
    // The card was refused, and recorded, at its first unusable part; its other parts say so again
    // without another entry.
    VerdictView::Content content;
    content.kind = VerdictView::Kind::Deny;
    content.headline = ReasonText::verdictHeadline(Verdict::Deny);
    content.reasons.append(tr("Part %1 of %2 of a card already refused").arg(part.index).arg(part.total));
    content.statement = ReasonText::passFormat(PassFormat::SmartHealthCard);
    content.recorded = true; // the card's refusal is in the ledger: no "NOT RECORDED" alarm
    content.notice = tr("Recorded once for the whole card: its other parts are not checked again");
    m_verdict.show(content);
    if (m_settings.selfScan())
        m_reset.start(m_settings.verdictSeconds() * 1000);
    qCInfo(lcCheckIn).noquote() << QStringLiteral(
                                       "check-in mode=qr verdict=refused-card-part part=%1/%2 recorded=no")
                                       .arg(part.index)
                                       .arg(part.total);
}

void CheckInController::submitDemoPayload(const QString &payload, qint64 seenAtMs)
{
    const QString trimmed = payload.trimmed();
    if (trimmed.isEmpty())
        return;
    present(m_station.demonstrateQr(trimmed, withFrontDesk({})), seenAtMs);
}

bool CheckInController::checkInByPhone(const QString &number)
{
    return holdingRecordingActions([&]() -> bool {
        if (cannotRecordForStaff())
            return false;
        const QString problem = m_settings.phoneProblem(number);
        if (!problem.isEmpty()) {
            setProblem(problem);
            return false;
        }
        const auto parsed = PhoneNumber::parse(number);
        if (!parsed->reachesAPerson()) {
            setProblem(tr("That is a business number; enter the visitor's own mobile or home number."));
            return false;
        }
        setProblem({});
        Evidence evidence;
        evidence.mode = CheckInMode::Phone;
        evidence.contact = parsed->digits();
        evidence.staffId = m_staff.staffId();
        present(m_station.checkIn(withFrontDesk(evidence)), -1);
        return true;
    });
}

QString CheckInController::safetyNumberProblem(const QString &text) const
{
    const auto number = SafetyNumber::parse(text);
    if (number)
        return {};
    switch (number.error().code) {
    case SafetyNumberError::Empty:
        return tr("Enter the safety number shown under the visitor's QR code.");
    case SafetyNumberError::WrongLength:
        return tr("A safety number has 6 characters, like 12가34나.");
    case SafetyNumberError::BadCharacters:
        return tr("A safety number has only digits and Hangul syllables, like 12가34나.");
    case SafetyNumberError::WrongMix:
        return tr("A safety number has 4 digits and 2 Hangul syllables, like 12가34나.");
    }
    return number.error().reason;
}

bool CheckInController::checkInBySafetyNumber(const QString &number, const QString &homeDistrict)
{
    return holdingRecordingActions([&]() -> bool {
        if (cannotRecordForStaff())
            return false;
        const auto parsed = SafetyNumber::parse(number);
        if (!parsed) {
            setProblem(safetyNumberProblem(number));
            return false;
        }
        setProblem({});
        Evidence evidence;
        evidence.mode = CheckInMode::SafetyNumber;
        evidence.contact = parsed->text();
        evidence.homeDistrict = homeDistrict.simplified();
        evidence.staffId = m_staff.staffId();
        present(m_station.checkIn(withFrontDesk(evidence)), -1);
        return true;
    });
}

bool CheckInController::checkInByPaper(PaperCertificateForm *form)
{
    return holdingRecordingActions([&]() -> bool {
        if (!form)
            return false;
        if (cannotRecordForStaff())
            return false;
        if (!m_staff.unlocked()) {
            setProblem(tr("A paper check-in needs staff: unlock with the staff PIN."));
            return false;
        }
        const auto statement = form->statement();
        if (!statement) {
            setProblem(form->problem());
            return false;
        }
        setProblem({});
        Evidence evidence;
        evidence.mode = CheckInMode::Paper;
        evidence.paperStatements = {*statement};
        evidence.holderBirthDate = form->holderBirthDate().trimmed();
        evidence.idChecked = form->idChecked();
        evidence.staffId = m_staff.staffId();
        present(m_station.checkIn(withFrontDesk(evidence)), -1);
        return true;
    });
}

bool CheckInController::overrideLast(bool admit, const QString &reason)
{
    return holdingRecordingActions([&]() -> bool {
        if (!m_staff.unlocked()) {
            setProblem(tr("An override needs staff: unlock with the staff PIN."));
            return false;
        }
        if (!canOverride()) {
            setProblem(tr("There is no recorded check-in to override."));
            return false;
        }
        if (reason.trimmed().isEmpty()) {
            setProblem(tr("Say why: an override needs a reason."));
            return false;
        }
        setProblem({});
        present(
            m_station.override(*m_last, admit ? Verdict::Admit : Verdict::Deny, reason, m_staff.staffId()),
            -1);
        return true;
    });
}

bool CheckInController::attest(const QString &what)
{
    return holdingRecordingActions([&]() -> bool {
        if (cannotRecordForStaff())
            return false;
        const auto outage = m_station.outage();
        if (!outage) {
            setProblem(tr("Checks by eye are for outage mode: turn it on in the staff area."));
            return false;
        }
        QString staffId = m_staff.unlocked() ? m_staff.staffId() : outage->startedBy;
        if (staffId.isEmpty())
            staffId = QStringLiteral("staff");
        setProblem({});
        present(m_station.attest(what, staffId, withFrontDesk({})), -1);
        return true;
    });
}

void CheckInController::dismiss()
{
    m_reset.stop();
    m_verdict.clear();
}

void CheckInController::present(const CheckInService::Outcome &outcome, qint64 seenAtMs)
{
    if (seenAtMs < 0)
        seenAtMs = monotonicMs();
    VerdictView::Content content;
    content.kind = kindOf(outcome.decision.verdict);
    content.headline = ReasonText::verdictHeadline(outcome.decision.verdict);
    if (outcome.awaitingSecondPass) {
        // Half of a 2G+ pair: not a verdict yet. What to show next comes first.
        content.kind = VerdictView::Kind::StaffCheck;
        content.headline = tr("Now the second pass");
        content.reasons.append(ReasonText::sentence(*outcome.notRecordedBecause));
    }
    for (const Reason &reason : outcome.decision.reasons)
        content.reasons.append(ReasonText::sentence(reason));
    if (outcome.notAPass) {
        // Typed text, a web address: nobody checked in. Said as such, not as a refused visitor.
        content.kind = VerdictView::Kind::StaffCheck;
        content.headline = tr("Not a pass");
    }
    content.recorded = outcome.recorded;
    content.demonstration =
        outcome.notRecordedBecause && outcome.notRecordedBecause->code == reason::demonstration;
    if (content.demonstration)
        content.notice = tr("Demo pass: shown, not recorded");
    else if (outcome.notAPass)
        content.notice = tr("Nobody was checked in: nothing recorded");
    else if (outcome.awaitingSecondPass)
        content.notice =
            tr("Waiting up to %n second(s) for the second pass: nothing is recorded until it is shown",
               nullptr, m_settings.secondPassSeconds());
    else if (!outcome.recorded)
        content.notice = tr("NOT RECORDED — do not admit until the ledger works again");
    else if (outcome.endedHeldCheckIn)
        // Staff saw the visitor before this one waiting for a second pass: they learn that that
        // check ended, without anything of that visitor on this one's screen.
        content.notice = tr("The previous visitor's check ended without their second pass: not admitted");
    if (!outcome.evidence.passes.isEmpty()) {
        const DecodedPass &pass = outcome.evidence.passes.constFirst();
        const QString name = displayName(pass.holder);
        // The queue behind a self-scan visitor reads the screen too: a masked name and the birth year
        // at most. At a counter staff compare the full date with an ID.
        content.holderName = m_settings.selfScan() ? maskedName(name) : name;
        content.birthDate = m_settings.selfScan() ? pass.birthDate.left(4) : pass.birthDate;
        // The format first: staff told "SMART Health Card" know what the visitor's phone should show.
        content.statement =
            tr("%1: %2").arg(ReasonText::passFormat(pass.format), ReasonText::statement(pass.statement));
    } else if (!outcome.evidence.paperStatements.isEmpty()) {
        content.statement = ReasonText::statement(outcome.evidence.paperStatements.constFirst());
        content.birthDate = outcome.evidence.holderBirthDate;
    } else if (outcome.evidence.mode == CheckInMode::Phone) {
        content.statement = tr("Phone check-in");
    } else if (outcome.evidence.mode == CheckInMode::SafetyNumber) {
        content.statement = tr("Safety number check-in");
    } else if (outcome.evidence.mode == CheckInMode::Attested) {
        content.statement = tr("Checked by staff during an outage");
    }
    if (outcome.decision.validUntil.isValid())
        content.validity =
            tr("valid until %1")
                .arg(outcome.decision.validUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    m_verdict.show(content);

    // From the outcome: the day is not read back from the ledger.
    const auto logged = [this](const CheckInService::Outcome &recorded) {
        m_log.prepend(CheckInLogModel::Entry{recorded.at, recorded.evidence.mode, recorded.decision.verdict,
                                             recorded.decision.reasons, recorded.evidence.visitorCategory,
                                             recorded.evidence.department});
    };
    // 2G+: the waiting visitor this scan ended counts in today's list, and is never on screen again.
    if (outcome.endedHeldCheckIn && outcome.endedHeldCheckIn->recorded)
        logged(*outcome.endedHeldCheckIn);
    if (outcome.recorded) {
        m_last = outcome;
        logged(outcome);
    } else if (outcome.awaitingSecondPass) {
        // An override now would be of the visitor before this one, on this one's screen.
        m_last.reset();
    }
    Q_EMIT lastChanged();
    // Compared with what the screen last showed, not with the station before this call: the check-in
    // has already changed the station's state by the time it is presented.
    if (m_blockedShown != m_station.blocked() ||
        (!outcome.recorded && !content.demonstration && !outcome.notAPass)) {
        m_blockedShown = m_station.blocked();
        Q_EMIT blockedChanged();
    }

    if (m_settings.selfScan() && !outcome.awaitingSecondPass) // the visitor reads what to show next
        m_reset.start(m_settings.verdictSeconds() * 1000);
    else
        m_reset.stop();

    const QString mode = modeCode(outcome.evidence.mode);
    // Half of a 2G+ pair is no verdict yet: the log says what it waits for.
    const QString verdict = outcome.awaitingSecondPass ? QStringLiteral("awaiting-second-pass")
                            : outcome.notAPass         ? QStringLiteral("not-a-pass")
                                                       : verdictCode(outcome.decision.verdict);
    const QString reasons = [&outcome] {
        QStringList codes;
        for (const Reason &reason : outcome.decision.reasons)
            codes.append(reason.code);
        return codes.join(u',');
    }();
    // One log line per check-in, written once the verdict is on screen: the latency from the frame
    // that carried the code (or from the request) to the frame that shows the verdict.
    m_verdictFramePending = true;
    auto log = [this, mode, verdict, reasons, seenAtMs, recorded = outcome.recorded] {
        m_verdictFramePending = false;
        const qint64 latency = monotonicMs() - seenAtMs;
        qCInfo(lcCheckIn).noquote() << QStringLiteral("check-in mode=%1 verdict=%2 reasons=%3 recorded=%4 "
                                                      "latency_ms=%5")
                                           .arg(mode, verdict,
                                                reasons.isEmpty() ? QStringLiteral("-") : reasons,
                                                recorded ? QStringLiteral("yes") : QStringLiteral("no"))
                                           .arg(latency);
        Q_EMIT verdictOnScreen(mode, verdict);
    };
    QObject::disconnect(m_pendingFrame);
    if (m_window && m_window->isExposed()) {
        m_pendingFrame = connect(m_window, &QQuickWindow::frameSwapped, this, [this, log] {
            QObject::disconnect(m_pendingFrame);
            log();
        });
        m_window->update();
    } else {
        log();
    }
    Q_EMIT checkedIn();
}

} // namespace passgate
