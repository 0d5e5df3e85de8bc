#pragma once

#include "common/Clock.h"
#include "replication/PostgresConnection.h"
#include "replication/RetryBackoff.h"
#include "replication/SyncPointer.h"
#include "replication/SyncSettings.h"
#include "replication/SyncStatus.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <optional>

namespace passgate {

// Replicates one data dir's ledger to the owner's server, in the thread it lives in (the kiosk gives
// it its own; `passgate-cli sync` runs it in main). The ledger is the outbox: the worker reads it
// through its own read-only connection, asks the server how far it holds this kiosk's chain, sends the
// rows above that in batches (one transaction each) and moves its pointer only after the server
// acknowledged a batch. A lost acknowledgement or a restart re-sends the overlap, which the server
// checks row by row and counts; nothing is ever skipped. Failures wait with full-jitter backoff.
// Nothing here blocks a check-in: the kiosk's writer never waits for this thread, and SQLite's WAL
// lets the reader and the writer run side by side.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        SyncSettings settings;
        QString dataDir;
        // A test tool (`passgate-cli sync --lose-acknowledgements N`): drops the connection right after
        // the first N batches committed, before their acknowledgement is used, as a network would.
        int loseAcknowledgements = 0;
        // Every time the worker states (next attempt, last contact) and its heartbeat; read from the
        // worker's thread, so it must be safe there and outlive the worker. Null: the system clock.
        const Clock *clock = nullptr;
    };

    explicit SyncWorker(Options options, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Any thread: makes a network wait give up within ~100 ms and stops scheduling.
    void requestStop();
    const SyncStatus &status() const { return m_status; }

public Q_SLOTS:
    void start();
    // A new entry was recorded: look now instead of at the next poll.
    void wake();

Q_SIGNALS:
    void statusChanged(const passgate::SyncStatus &status);

private:
    void cycle();
    bool connect(qint64 localHead);
    void caughtUp();
    void failed(const SyncError &error);
    void stopped(const SyncError &error, bool retryLater);
    void schedule(std::chrono::milliseconds after);
    void publish();

    Options m_options;
    const Clock &m_clock;
    QTimer m_timer;
    std::atomic<bool> m_abort{false};
    std::optional<PostgresConnection> m_connection;
    RetryBackoff m_backoff;
    SyncStatus m_status;
    std::optional<SyncPointer> m_pointer;
    std::optional<QString> m_password; // validated settings
    QDateTime m_lastHeartbeat;
};

} // namespace passgate
