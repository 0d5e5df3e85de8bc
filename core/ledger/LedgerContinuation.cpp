#include "ledger/LedgerContinuation.h"

namespace passgate {

QString LedgerContinuation::causeText(Cause cause)
{
    switch (cause) {
    case Cause::Deleted:
        return QStringLiteral("deleted");
    case Cause::Replaced:
        return QStringLiteral("replaced by another file");
    case Cause::Overwritten:
        return QStringLiteral("overwritten");
    }
    return QStringLiteral("displaced");
}

QString LedgerContinuation::describe() const
{
    const QString rescue =
        rescuedTo.isEmpty()
            ? QStringLiteral("its entries up to %1 could not be copied out (%2)")
                  .arg(throughId)
                  .arg(rescueProblem)
            : QStringLiteral("its entries up to %1 were copied to %2").arg(throughId).arg(rescuedTo);
    const QString found = foundMovedTo.isEmpty()
                              ? QString()
                              : QStringLiteral("; what was found there is kept as %1").arg(foundMovedTo);
    return QStringLiteral(
               "at %1 the ledger file was %2 while passgate had it open: %3%4; a new ledger continues "
               "the chain from entry %5")
        .arg(at.toUTC().toString(Qt::ISODate), causeText(cause), rescue, found)
        .arg(throughId + 1);
}

} // namespace passgate
