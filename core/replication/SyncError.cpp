#include "replication/SyncError.h"

namespace passgate {

QString syncCodeName(SyncCode code)
{
    switch (code) {
    case SyncCode::BadSettings:
        return QStringLiteral("bad-settings");
    case SyncCode::CredentialsUnsafe:
        return QStringLiteral("credentials-unsafe");
    case SyncCode::Unreachable:
        return QStringLiteral("unreachable");
    case SyncCode::TlsMismatch:
        return QStringLiteral("tls-mismatch");
    case SyncCode::AuthFailed:
        return QStringLiteral("auth-failed");
    case SyncCode::NotRegistered:
        return QStringLiteral("not-registered");
    case SyncCode::ServerError:
        return QStringLiteral("server-error");
    case SyncCode::Refused:
        return QStringLiteral("refused");
    case SyncCode::WrongKiosk:
        return QStringLiteral("wrong-kiosk");
    case SyncCode::Gap:
        return QStringLiteral("gap");
    case SyncCode::LedgerUnavailable:
        return QStringLiteral("ledger-unavailable");
    case SyncCode::Aborted:
        return QStringLiteral("aborted");
    }
    return QStringLiteral("unknown");
}

} // namespace passgate
