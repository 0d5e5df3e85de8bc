#pragma once

#include "replication/SyncError.h"

#include <QString>

#include <chrono>

namespace passgate {

struct KioskConfig;

// Where and how a kiosk replicates its ledger. Off unless the config names a server.
struct SyncSettings
{
    using Milliseconds = std::chrono::milliseconds;

    // libpq connection string or URI (postgresql://kiosk_role@host:5432/passgate), without the password.
    QString server;
    QString kioskId;
    // The kiosk role's password: a file only the kiosk's user may read (mode 0600 or 0400).
    QString passwordFile;
    // The server is authenticated by one of these (a server on this machine may do without):
    QString caFile; // a CA certificate file: the server's certificate must chain to it and name its host
    QString
        serverPin; // the SHA-256 of the server's certificate (hex, colons allowed): nothing else is accepted

    int batchSize = 500;
    Milliseconds poll{2000};       // how often a caught-up worker looks for new entries
    Milliseconds heartbeat{60000}; // how often a caught-up worker tells the server it is alive
    Milliseconds backoffBase{1000};
    Milliseconds backoffCap{300000};
    Milliseconds connectTimeout{10000};
    Milliseconds queryTimeout{60000};

    bool enabled() const { return !server.trimmed().isEmpty(); }

    static SyncSettings fromConfig(const KioskConfig &config);

    // Checks what can be checked without a network: the connection string parses, a TLS anchor is
    // given unless the host is this machine, the pin is a SHA-256, the CA file and password file are
    // readable and the password file is the kiosk user's alone. Returns the password (empty when no file).
    SyncResult<QString> validate() const;
    // The pin as 32 raw bytes (empty when none).
    QByteArray pinBytes() const;
};

} // namespace passgate
