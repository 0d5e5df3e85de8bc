#include "trustupdate/TrustUpdater.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRunnable>

#include <algorithm>

namespace passgate {

using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

constexpr auto ageTick = std::chrono::minutes(1);

} // namespace

TrustUpdater::TrustUpdater(BundleInstaller &installer, const Clock &clock, TrustUpdaterSettings settings,
                           QObject *parent)
    : QObject(parent)
    , m_installer(installer)
    , m_clock(clock)
    , m_settings(std::move(settings))
{
    m_schedule.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_schedule, &QTimer::timeout, this, &TrustUpdater::checkNow);
    connect(&m_deadline, &QTimer::timeout, this, &TrustUpdater::onDeadline);
    connect(&m_ageTicker, &QTimer::timeout, this, [this] {
        refreshInstalled();
        Q_EMIT ageChanged();
    });
    // One installation at a time, off the thread that serves check-ins.
    m_workers.setMaxThreadCount(1);
    refreshInstalled();
}

TrustUpdater::~TrustUpdater()
{
    stop();
    // A running installation still reports back to this object; let it finish first.
    m_workers.waitForDone();
}

void TrustUpdater::start(milliseconds firstDelay)
{
    m_running = true;
    m_ageTicker.start(ageTick);
    m_nextAttempt = m_clock.now().addMSecs(firstDelay.count());
    m_schedule.start(firstDelay);
    Q_EMIT stateChanged();
}

void TrustUpdater::stop()
{
    m_running = false;
    m_schedule.stop();
    m_ageTicker.stop();
    if (m_reply)
        abortWith(QStringLiteral("network-error"), QStringLiteral("stopped"));
}

void TrustUpdater::checkNow()
{
    if (m_busy || !m_settings.url.isValid())
        return;
    m_schedule.stop();
    startRequest();
}

void TrustUpdater::startRequest()
{
    m_busy = true;
    m_aborted = false;
    m_body.clear();
    m_lastAttempt = m_clock.now();
    QNetworkRequest request(m_settings.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_etag.isEmpty())
        request.setRawHeader("If-None-Match", m_etag.toLatin1());
    if (!m_lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_lastModified.toLatin1());
    QNetworkReply *reply = m_network.get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_settings.maxBytes)
            abortWith(QStringLiteral("too-large"), QStringLiteral("announced %1 bytes, the limit is %2")
                                                       .arg(length.toLongLong())
                                                       .arg(m_settings.maxBytes));
    });
    connect(reply, &QNetworkReply::readyRead, this, &TrustUpdater::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &TrustUpdater::onFinished);
    m_deadline.start(m_settings.timeout);
    Q_EMIT stateChanged();
}

void TrustUpdater::onReadyRead()
{
    if (!m_reply || m_aborted)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_settings.maxBytes)
        abortWith(QStringLiteral("too-large"), QStringLiteral("more than %1 bytes").arg(m_settings.maxBytes));
}

void TrustUpdater::onDeadline()
{
    abortWith(QStringLiteral("timeout"),
              QStringLiteral("no complete answer within %1 s").arg(m_settings.timeout.count()));
}

void TrustUpdater::abortWith(const QString &result, const QString &detail)
{
    if (!m_reply || m_aborted)
        return;
    m_aborted = true;
    m_lastResult = result;
    m_lastResultDetail = detail;
    m_reply->abort(); // emits finished, which ends the attempt
}

void TrustUpdater::onFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_aborted) {
        finishAttempt(false, m_lastResult, m_lastResultDetail);
        return;
    }
    m_body += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (status == 304) {
        finishAttempt(true, QStringLiteral("not-modified"), QString());
        return;
    }
    if (status != 200) {
        if (status != 0)
            finishAttempt(false, QStringLiteral("http-error"), QString::number(status));
        else
            finishAttempt(false, QStringLiteral("network-error"), reply->errorString());
        return;
    }
    if (error != QNetworkReply::NoError) { // e.g. the connection closed before the body was complete
        finishAttempt(false, QStringLiteral("network-error"), reply->errorString());
        return;
    }
    if (m_body.size() > m_settings.maxBytes) {
        finishAttempt(false, QStringLiteral("too-large"),
                      QStringLiteral("more than %1 bytes").arg(m_settings.maxBytes));
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != m_body.size()) {
        finishAttempt(
            false, QStringLiteral("network-error"),
            QStringLiteral("body of %1 bytes, %2 announced").arg(m_body.size()).arg(length.toLongLong()));
        return;
    }
    installInBackground(std::exchange(m_body, QByteArray()), QString::fromLatin1(reply->rawHeader("ETag")),
                        QString::fromLatin1(reply->rawHeader("Last-Modified")));
}

void TrustUpdater::installInBackground(QByteArray body, QString etag, QString lastModified)
{
    const QString origin = m_settings.url.toString(QUrl::RemoveUserInfo);
    BundleInstaller &installer = m_installer;
    m_workers.start([this, &installer, body = std::move(body), etag = std::move(etag),
                     lastModified = std::move(lastModified), origin] {
        auto result = installer.install(body, origin);
        // Back on the updater's thread; the destructor waits for this task, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), etag, lastModified] {
                if (!result) {
                    finishAttempt(false, QStringLiteral("refused"),
                                  bundleErrorName(result.error().code) + QStringLiteral(": ") +
                                      result.error().reason);
                    return;
                }
                // Only a bundle now in force may be named in a conditional request: after a refusal
                // the next attempt downloads again.
                m_etag = etag;
                m_lastModified = lastModified;
                finishAttempt(true,
                              *result == InstallOutcome::Installed ? QStringLiteral("installed")
                                                                   : QStringLiteral("already-installed"),
                              QString());
            },
            Qt::QueuedConnection);
    });
}

void TrustUpdater::finishAttempt(bool success, const QString &result, const QString &detail)
{
    m_busy = false;
    m_aborted = false;
    m_lastResult = result;
    m_lastResultDetail = detail;
    if (success) {
        m_failures = 0;
        m_lastSuccess = m_clock.now();
    } else {
        ++m_failures;
    }
    refreshInstalled();
    scheduleNext();
    Q_EMIT stateChanged();
    Q_EMIT ageChanged();
    Q_EMIT attemptFinished();
}

seconds TrustUpdater::delayAfter(int failures) const
{
    if (failures <= 0)
        return m_settings.interval;
    seconds delay = m_settings.backoffBase;
    for (int i = 1; i < failures && delay < m_settings.backoffCap; ++i)
        delay *= 2;
    return std::min(delay, m_settings.backoffCap);
}

void TrustUpdater::scheduleNext()
{
    if (!m_running) {
        m_nextAttempt = QDateTime();
        return;
    }
    const seconds base = delayAfter(m_failures);
    // Spread either side by the jitter, never more than half the delay so retries stay ordered.
    const qint64 spread = std::min<qint64>(m_settings.jitter.count() * 1000, base.count() * 500);
    std::uniform_int_distribution<qint64> offset(-spread, spread);
    const milliseconds delay(std::max<qint64>(1000, base.count() * 1000 + offset(m_random)));
    m_nextAttempt = m_clock.now().addMSecs(delay.count());
    m_schedule.start(delay);
}

void TrustUpdater::refreshInstalled()
{
    m_installed = m_installer.installedInfo();
}

qint64 TrustUpdater::bundleAgeSeconds() const
{
    return m_installed.present ? m_installed.issued.secsTo(m_clock.now()) : -1;
}

bool TrustUpdater::bundleStale() const
{
    return m_installed.present && bundleAgeSeconds() > m_settings.warnAge.count();
}

bool TrustUpdater::bundleExpired() const
{
    return m_installed.present && m_clock.now() >= m_installed.expires;
}

} // namespace passgate
