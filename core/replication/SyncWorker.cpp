#include "replication/SyncWorker.h"

#include "common/Clock.h"
#include "ledger/Ledger.h"
#include "replication/ReplicationClient.h"

#include <QDir>
#include <QFileInfo>

namespace passgate {

namespace {

const SystemClock systemClock;

// At most this many batches per turn of the event loop, so wake and stop requests are seen.
constexpr int BatchesPerTurn = 20;

} // namespace

SyncWorker::SyncWorker(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : systemClock)
    , m_timer(this)
    , m_backoff(m_options.settings.backoffBase, m_options.settings.backoffCap)
{
    qRegisterMetaType<passgate::SyncStatus>();
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, this, &SyncWorker::cycle);
    m_status.state = m_options.settings.enabled() ? SyncStatus::State::Connecting : SyncStatus::State::Off;
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::requestStop()
{
    m_abort = true;
    QMetaObject::invokeMethod(&m_timer, &QTimer::stop, Qt::QueuedConnection);
}

void SyncWorker::start()
{
    if (!m_options.settings.enabled()) {
        publish();
        return;
    }
    m_pointer = SyncPointer::load(m_options.dataDir, m_options.settings.server, m_options.settings.kioskId);
    if (m_pointer)
        m_status.acknowledged = m_pointer->acknowledged;
    schedule(std::chrono::milliseconds(0));
}

void SyncWorker::wake()
{
    if (m_status.state == SyncStatus::State::CaughtUp || m_status.state == SyncStatus::State::Sending)
        schedule(std::chrono::milliseconds(0));
}

void SyncWorker::schedule(std::chrono::milliseconds after)
{
    if (!m_abort)
        m_timer.start(after);
}

void SyncWorker::publish()
{
    Q_EMIT statusChanged(m_status);
}

void SyncWorker::failed(const SyncError &error)
{
    if (error.code == SyncCode::Aborted)
        return;
    m_connection.reset();
    const auto wait = m_backoff.failed();
    m_status.state = SyncStatus::State::Retrying;
    m_status.problem = error;
    m_status.nextAttempt = m_clock.now().addMSecs(wait.count());
    publish();
    schedule(wait);
}

void SyncWorker::stopped(const SyncError &error, bool retryLater)
{
    // Someone must act (the owner clears a fork, staff fix a setting): look again rarely, at the cap.
    m_connection.reset();
    m_status.state = SyncStatus::State::Stopped;
    m_status.problem = error;
    m_status.nextAttempt =
        retryLater ? m_clock.now().addMSecs(m_options.settings.backoffCap.count()) : QDateTime();
    publish();
    if (retryLater)
        schedule(m_options.settings.backoffCap);
}

bool SyncWorker::connect(qint64 localHead)
{
    const SyncSettings &settings = m_options.settings;
    PostgresConnection::Options options;
    options.server = settings.server;
    options.password = *m_password;
    options.caFile = settings.caFile;
    options.pin = settings.pinBytes();
    options.applicationName = QStringLiteral("passgate kiosk %1").arg(settings.kioskId);
    options.connectTimeout = settings.connectTimeout;
    options.queryTimeout = settings.queryTimeout;
    options.abort = &m_abort;
    auto connection = PostgresConnection::open(options);
    if (!connection) {
        const SyncError &error = connection.error();
        // A setting or an account to fix is never retried as "unreachable": staff are told what.
        if (error.code == SyncCode::TlsMismatch || error.code == SyncCode::AuthFailed ||
            error.code == SyncCode::BadSettings)
            stopped(error, true);
        else
            failed(error);
        return false;
    }
    m_connection = std::move(*connection);
    ReplicationClient client(*m_connection, settings.kioskId);
    auto highWater = client.highWater(localHead);
    if (!highWater) {
        if (highWater.error().code == SyncCode::NotRegistered)
            stopped(highWater.error(), true);
        else
            failed(highWater.error());
        return false;
    }
    m_status.lastContact = m_clock.now();
    m_lastHeartbeat = m_status.lastContact;
    // Resume from the server's mark, or from our own when the server is ahead of it: then an
    // acknowledgement was lost, and re-sending the overlap checks it against what the server holds.
    qint64 resume = *highWater;
    if (m_pointer && m_pointer->acknowledged < resume)
        resume = m_pointer->acknowledged;
    if (m_pointer && m_pointer->acknowledged > *highWater)
        qWarning("sync: the server holds this kiosk's entries up to %lld, fewer than it acknowledged (%lld): "
                 "re-sending from there (was it restored from a backup?)",
                 static_cast<long long>(*highWater), static_cast<long long>(m_pointer->acknowledged));
    m_status.acknowledged = resume;
    return true;
}

void SyncWorker::cycle()
{
    if (m_abort)
        return;
    const SyncSettings &settings = m_options.settings;
    if (!m_password) {
        auto password = settings.validate();
        if (!password) {
            stopped(password.error(), false);
            return;
        }
        m_password = *password;
    }

    // The ledger through a connection of our own: read-only, never taking the kiosk's lock.
    std::optional<Ledger> ledger;
    if (QFileInfo::exists(QDir(m_options.dataDir).filePath(Ledger::DatabaseFileName))) {
        LedgerOptions options;
        options.dataDir = m_options.dataDir;
        options.kioskId = settings.kioskId;
        options.access = LedgerOptions::Access::ReadOnly;
        options.onCorrupt = LedgerOptions::OnCorrupt::Refuse;
        auto opened = Ledger::open(options, m_clock);
        if (!opened) {
            failed({SyncCode::LedgerUnavailable, opened.error().reason});
            return;
        }
        ledger.emplace(std::move(*opened));
    }
    m_status.localHead = ledger ? ledger->lastId() : 0;

    if (!m_connection || !m_connection->usable()) {
        m_connection.reset();
        if (!connect(m_status.localHead))
            return;
    }
    ReplicationClient client(*m_connection, settings.kioskId);

    for (int batch = 0; ledger && m_status.acknowledged < m_status.localHead; ++batch) {
        if (m_abort)
            return;
        if (batch == BatchesPerTurn) {
            publish();
            schedule(std::chrono::milliseconds(0));
            return;
        }
        auto rows = ledger->rowsAfter(m_status.acknowledged, settings.batchSize);
        if (!rows) {
            failed({SyncCode::LedgerUnavailable, rows.error().reason});
            return;
        }
        if (rows->isEmpty())
            break;
        if (m_status.acknowledged > 0 && rows->first().id != m_status.acknowledged + 1) {
            stopped({SyncCode::Gap, QStringLiteral("entries %1 to %2 were purged here before the server had "
                                                   "them; the server's copy of this kiosk cannot continue")
                                        .arg(m_status.acknowledged + 1)
                                        .arg(rows->first().id - 1)},
                    true);
            return;
        }
        m_status.state = SyncStatus::State::Sending;
        auto sent = client.send(*rows);
        if (!sent) {
            if (sent.error().code == SyncCode::NotRegistered)
                stopped(sent.error(), true);
            else
                failed(sent.error());
            return;
        }
        m_status.lastContact = m_clock.now();
        switch (sent->status) {
        case ReplicationClient::Ingested::Status::Ok:
            if (m_options.loseAcknowledgements > 0) {
                --m_options.loseAcknowledgements;
                failed({SyncCode::Unreachable,
                        QStringLiteral("the acknowledgement of entries %1 to %2 was lost (simulated)")
                            .arg(rows->first().id)
                            .arg(rows->last().id)});
                return;
            }
            m_status.acknowledged = sent->highWater;
            m_status.problem.reset();
            m_status.sentTotal += sent->accepted;
            m_status.resentTotal += sent->resent;
            m_pointer = SyncPointer{settings.server, settings.kioskId, sent->highWater, m_clock.now()};
            if (auto saved = m_pointer->save(m_options.dataDir); !saved)
                qWarning("sync: cannot record the acknowledgement: %s", qPrintable(saved.error().reason));
            m_backoff.succeeded();
            break;
        case ReplicationClient::Ingested::Status::Gap:
            if (sent->highWater == m_status.acknowledged) {
                failed({SyncCode::ServerError, QStringLiteral("the server answered 'gap' at its own mark")});
                return;
            }
            m_status.acknowledged = sent->highWater;
            break;
        case ReplicationClient::Ingested::Status::Fork:
        case ReplicationClient::Ingested::Status::Refused:
            stopped({SyncCode::Refused,
                     QStringLiteral("the server refuses this kiosk's entries: an entry it received "
                                    "contradicts its copy of the chain (see `passgate-cli server status`)")},
                    true);
            return;
        case ReplicationClient::Ingested::Status::Foreign: {
            // Sending it again cannot help: the row says what it says. Someone must look at the data dir.
            const qint64 refusedId = sent->highWater + 1;
            QString named;
            for (const LedgerRow &row : std::as_const(*rows))
                if (row.id == refusedId)
                    named = row.kiosk;
            stopped(
                {SyncCode::WrongKiosk,
                 QStringLiteral("the server refuses entry %1: it was recorded as kiosk '%2', but this kiosk "
                                "signs in as '%3'; was the data dir copied from another kiosk? (recorded "
                                "on the server: see `passgate-cli server status`)")
                     .arg(refusedId)
                     .arg(named, settings.kioskId)},
                true);
            return;
        }
        }
        publish();
    }
    caughtUp();
}

void SyncWorker::caughtUp()
{
    if (m_status.acknowledged >= m_status.localHead) {
        if (m_clock.now() >= m_lastHeartbeat.addMSecs(m_options.settings.heartbeat.count())) {
            ReplicationClient client(*m_connection, m_options.settings.kioskId);
            auto highWater = client.highWater(m_status.localHead);
            if (!highWater) {
                failed(highWater.error());
                return;
            }
            m_lastHeartbeat = m_clock.now();
            m_status.lastContact = m_lastHeartbeat;
        }
        m_status.state = SyncStatus::State::CaughtUp;
        m_status.lastSync = m_clock.now();
        m_status.problem.reset();
        m_status.nextAttempt = QDateTime();
    }
    publish();
    schedule(m_options.settings.poll);
}

} // namespace passgate
