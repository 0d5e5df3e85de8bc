#pragma once

#include "checkin/CheckInService.h"
#include "formats/shc/ShcChunkAssembler.h"
#include "kiosk/VerdictView.h"
#include "station/CheckInStation.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QQuickWindow;

namespace passgate {

class CheckInLogModel;
class KioskSettings;
class PaperCertificateForm;
class StaffAccess;

// Milliseconds on std::chrono::steady_clock: the clock frame arrival times are given in.
qint64 monotonicMs();

// What the pages call to check a visitor in: a scanned payload, a phone number, a paper certificate,
// a staff override. Every call goes to the kiosk's CheckInStation (recorded before anything is
// shown), then fills the verdict overlay and adds the outcome to today's log.
class CheckInController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("kiosk/PaperCertificateForm.h")
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk owns the check-in controller")
    Q_PROPERTY(VerdictView *verdict READ verdict CONSTANT)
    Q_PROPERTY(bool blocked READ blocked NOTIFY blockedChanged)
    Q_PROPERTY(QString blockedReason READ blockedReason NOTIFY blockedChanged)
    Q_PROPERTY(bool canOverride READ canOverride NOTIFY lastChanged)
    Q_PROPERTY(QString visitorCategory READ visitorCategory WRITE setVisitorCategory NOTIFY frontDeskChanged)
    Q_PROPERTY(QString department READ department WRITE setDepartment NOTIFY frontDeskChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    // False from a tap that records (a check by eye, a phone, safety number, paper or override
    // check-in) until its verdict has been on screen for a double-tap interval: one tap, one entry.
    Q_PROPERTY(
        bool recordingActionsEnabled READ recordingActionsEnabled NOTIFY recordingActionsEnabledChanged)

public:
    CheckInController(CheckInStation &station, KioskSettings &settings, StaffAccess &staff,
                      CheckInLogModel &log, QObject *parent = nullptr);

    VerdictView *verdict() { return &m_verdict; }
    bool blocked() const { return m_station.blocked(); }
    QString blockedReason() const;
    bool canOverride() const { return m_last.has_value() && m_last->recorded; }
    QString visitorCategory() const { return m_visitorCategory; }
    void setVisitorCategory(const QString &category);
    QString department() const { return m_department; }
    void setDepartment(const QString &department);
    // Why the last phone/paper/override request was not accepted (input problems, not verdicts).
    QString problem() const { return m_problem; }
    bool recordingActionsEnabled() const { return m_recordingActionsEnabled; }

    // A scanned payload; `seenAtMs` is when its frame arrived (monotonicMs()), so the latency to the
    // verdict on screen can be logged; -1 means now.
    Q_INVOKABLE void submitPayload(const QString &payload, qint64 seenAtMs = -1);
    // A pass from the demo source: its verdict is shown, marked as a demonstration, and not recorded.
    void submitDemoPayload(const QString &payload, qint64 seenAtMs = -1);
    Q_INVOKABLE bool checkInByPhone(const QString &number);
    // A 개인안심번호 with the home district the visitor may add (both sealed like a phone number).
    Q_INVOKABLE bool checkInBySafetyNumber(const QString &number, const QString &homeDistrict);
    // Empty when `text` has the shape of a safety number; otherwise what is wrong, in words for staff.
    Q_INVOKABLE QString safetyNumberProblem(const QString &text) const;
    Q_INVOKABLE bool checkInByPaper(PaperCertificateForm *form);
    Q_INVOKABLE bool overrideLast(bool admit, const QString &reason);
    // Outage mode: staff saw a pass by eye ("pass-on-phone", "sticker", "paper-certificate"); one tap,
    // recorded as theirs (the unlocked staff id, or whoever turned outage mode on).
    Q_INVOKABLE bool attest(const QString &what);
    Q_INVOKABLE void dismiss();
    // A panel opens afresh: the problem of an earlier attempt no longer applies.
    Q_INVOKABLE void clearProblem() { setProblem({}); }

    // Verdict-on-screen latency is measured to the next frame this window presents.
    void setPresentationWindow(QQuickWindow *window);

Q_SIGNALS:
    void blockedChanged();
    void lastChanged();
    void frontDeskChanged();
    void problemChanged();
    void recordingActionsEnabledChanged();
    void checkedIn();
    // The verdict of a check-in reached the screen (the frame showing it was presented).
    void verdictOnScreen(const QString &mode, const QString &verdict);

private:
    bool cannotRecord();
    // The same for a request staff made (phone, paper, safety number, check by eye): says so in problem().
    bool cannotRecordForStaff();
    void present(const CheckInService::Outcome &outcome, qint64 seenAtMs);
    // One chunk of a multi-part SMART Health Card read: nothing decided or recorded yet.
    void presentChunkProgress(const shc::ShcChunkAssembler::Progress &progress);
    // Another part of a card refused at an earlier part: said again, recorded once (at that part).
    void presentRefusedCardPart(const shc::ShcChunkAssembler::RefusedCardPart &part);
    Evidence withFrontDesk(Evidence evidence) const;
    void setProblem(const QString &problem);
    // Runs a staff action that records with the recording buttons off (recordingActionsEnabled);
    // `action` returns whether it recorded.
    template<typename Action>
    bool holdingRecordingActions(Action action);
    void setRecordingActionsEnabled(bool enabled);
    void releaseRecordingActions();

    CheckInStation &m_station;
    KioskSettings &m_settings;
    StaffAccess &m_staff;
    CheckInLogModel &m_log;
    VerdictView m_verdict;
    shc::ShcChunkAssembler m_chunks;
    std::optional<CheckInService::Outcome> m_last;
    QString m_visitorCategory;
    QString m_department;
    QString m_problem;
    QTimer m_reset;
    QPointer<QQuickWindow> m_window;
    QMetaObject::Connection m_pendingFrame;
    bool m_blockedShown = false; // what the banner showed after the last outcome
    bool m_recordingActionsEnabled = true;
    bool m_verdictFramePending = false; // a verdict was presented but its frame not yet shown
    QTimer m_doubleTapGuard;
};

} // namespace passgate
