#pragma once

#include "ledger/LedgerRow.h"

#include <QByteArray>

namespace passgate::ChainHash {

constexpr int Size = 32;

// What the first entry of a new ledger chains to.
QByteArray genesis();

// The canonical bytes of a row: a domain tag, then every stored column except the hash itself in a
// fixed order, each as a 4-byte big-endian length and its bytes. Unambiguous, and independent of how
// SQLite stores the values.
QByteArray canonicalBytes(const LedgerRow &row);

// SHA-256 over the canonical bytes, which include the previous entry's hash: changing, removing or
// reordering any entry breaks every link after it.
QByteArray compute(const LedgerRow &row);

} // namespace passgate::ChainHash
