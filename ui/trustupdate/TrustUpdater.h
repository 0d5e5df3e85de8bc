#pragma once

#include "common/Clock.h"
#include "trust/BundleInstaller.h"
#include "trust/TrustBundle.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <random>

class QNetworkReply;

namespace passgate {

struct TrustUpdaterSettings
{
    QUrl url;
    std::chrono::seconds interval{6 * 3600}; // between successful checks
    std::chrono::seconds jitter{15 * 60};    // random spread either side, so kiosks do not stampede
    std::chrono::seconds timeout{60};        // a whole request, however slowly bytes arrive
    qint64 maxBytes = maxBundleBytes;
    std::chrono::seconds backoffBase{60}; // first retry after a failure, doubling each time
    std::chrono::seconds backoffCap{6 * 3600};
    std::chrono::seconds warnAge{48 * 3600}; // staff are warned when the bundle is older
};

// Keeps the trust bundle fresh in the background: fetches on a schedule with random jitter, asks
// conditionally (If-None-Match / If-Modified-Since), backs off exponentially (capped) after
// failures, gives up on slow servers and oversized bodies, and hands a downloaded file to the
// installer on a worker thread — a check-in never waits for any of it.
// The state is exposed as properties for the staff view.
class TrustUpdater : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastAttempt READ lastAttempt NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY stateChanged)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY stateChanged)
    Q_PROPERTY(QString lastResultDetail READ lastResultDetail NOTIFY stateChanged)
    Q_PROPERTY(int consecutiveFailures READ consecutiveFailures NOTIFY stateChanged)
    Q_PROPERTY(QDateTime nextAttempt READ nextAttempt NOTIFY stateChanged)
    Q_PROPERTY(bool bundlePresent READ bundlePresent NOTIFY stateChanged)
    Q_PROPERTY(qint64 bundleSequence READ bundleSequence NOTIFY stateChanged)
    Q_PROPERTY(QDateTime bundleIssued READ bundleIssued NOTIFY stateChanged)
    Q_PROPERTY(QDateTime bundleExpires READ bundleExpires NOTIFY stateChanged)
    Q_PROPERTY(qint64 bundleAgeSeconds READ bundleAgeSeconds NOTIFY ageChanged)
    Q_PROPERTY(bool bundleStale READ bundleStale NOTIFY ageChanged)
    Q_PROPERTY(bool bundleExpired READ bundleExpired NOTIFY ageChanged)

public:
    // Result words (lastResult): "installed", "not-modified", "already-installed", "refused"
    // (detail: the bundle error name and reason), "http-error" (detail: the status), "timeout",
    // "too-large", "network-error" (detail: Qt's message); empty before the first attempt.
    TrustUpdater(BundleInstaller &installer, const Clock &clock, TrustUpdaterSettings settings,
                 QObject *parent = nullptr);
    ~TrustUpdater() override;

    // Starts the schedule: a first attempt after `firstDelay` (jittered), then by the interval.
    void start(std::chrono::milliseconds firstDelay = std::chrono::seconds(5));
    void stop();
    // An attempt now (staff pressed "update"); ignored while one runs.
    Q_INVOKABLE void checkNow();
    // For tests: a fixed seed makes the jitter reproducible.
    void seedJitter(quint32 seed) { m_random.seed(seed); }

    bool busy() const { return m_busy; }
    QDateTime lastAttempt() const { return m_lastAttempt; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastResult() const { return m_lastResult; }
    QString lastResultDetail() const { return m_lastResultDetail; }
    int consecutiveFailures() const { return m_failures; }
    QDateTime nextAttempt() const { return m_nextAttempt; }
    bool bundlePresent() const { return m_installed.present; }
    qint64 bundleSequence() const { return qint64(m_installed.sequence); }
    QDateTime bundleIssued() const { return m_installed.issued; }
    QDateTime bundleExpires() const { return m_installed.expires; }
    qint64 bundleAgeSeconds() const;
    bool bundleStale() const;
    bool bundleExpired() const;

    // The delay before the next attempt after `failures` consecutive failures (0: the interval),
    // before jitter. Exposed for tests of the back-off curve.
    std::chrono::seconds delayAfter(int failures) const;

Q_SIGNALS:
    void stateChanged();
    void ageChanged();
    // One attempt ended; lastResult says how.
    void attemptFinished();

private:
    void startRequest();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void abortWith(const QString &result, const QString &detail);
    void installInBackground(QByteArray body, QString etag, QString lastModified);
    void finishAttempt(bool success, const QString &result, const QString &detail);
    void scheduleNext();
    void refreshInstalled();

    BundleInstaller &m_installer;
    const Clock &m_clock;
    TrustUpdaterSettings m_settings;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_schedule;
    QTimer m_deadline;
    QTimer m_ageTicker;
    std::mt19937 m_random{std::random_device{}()};
    bool m_running = false;
    bool m_busy = false;
    bool m_aborted = false;
    QString m_etag;
    QString m_lastModified;
    QDateTime m_lastAttempt;
    QDateTime m_lastSuccess;
    QString m_lastResult;
    QString m_lastResultDetail;
    int m_failures = 0;
    QDateTime m_nextAttempt;
    InstalledBundleInfo m_installed;
    QThreadPool m_workers;
};

} // namespace passgate
