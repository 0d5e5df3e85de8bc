#include "ledger/LedgerError.h"

#include "checkin/Decision.h"

namespace passgate {

QString ledgerCodeName(LedgerCode code)
{
    switch (code) {
    case LedgerCode::DiskFull:
        return QStringLiteral("disk-full");
    case LedgerCode::ReadOnly:
        return QStringLiteral("read-only");
    case LedgerCode::Locked:
        return QStringLiteral("locked");
    case LedgerCode::Corrupt:
        return QStringLiteral("corrupt");
    case LedgerCode::NewerSchema:
        return QStringLiteral("newer-schema");
    case LedgerCode::AlreadyInUse:
        return QStringLiteral("already-in-use");
    case LedgerCode::KeysMissing:
        return QStringLiteral("keys-missing");
    case LedgerCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case LedgerCode::IoError:
        return QStringLiteral("io-error");
    case LedgerCode::OlderSchema:
        return QStringLiteral("older-schema");
    case LedgerCode::Displaced:
        return QStringLiteral("displaced");
    }
    return QStringLiteral("unknown");
}

Reason ledgerReason(const LedgerError &error)
{
    return Reason{QStringLiteral("ledger-") + ledgerCodeName(error.code), {error.reason}};
}

} // namespace passgate
