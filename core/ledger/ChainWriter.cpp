#include "ledger/ChainWriter.h"

#include "ledger/ChainHash_p.h"
#include "ledger/LedgerRow.h"

namespace passgate {

LedgerResult<ChainWriter> ChainWriter::create(SqliteDatabase &db)
{
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO entries (id, time_ms, kind, kiosk, mode, verdict, reasons, passes, staff, contact, "
        "attributes, "
        "event, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    if (!insert)
        return fail(insert.error());
    ChainWriter writer(&db, std::move(*insert));
    if (auto loaded = writer.reloadTail(); !loaded)
        return fail(loaded.error());
    return writer;
}

LedgerResult<void> ChainWriter::reloadTail()
{
    auto last = m_db->prepare(QStringLiteral("SELECT id, hash FROM entries ORDER BY id DESC LIMIT 1"));
    if (!last)
        return fail(last.error());
    auto row = last->step();
    if (!row)
        return fail(row.error());
    if (*row) {
        m_lastId = last->int64(0);
        m_lastHash = last->blob(1);
    } else {
        auto anchor =
            m_db->prepare(QStringLiteral("SELECT through_id, hash FROM chain_anchor WHERE singleton = 1"));
        if (!anchor)
            return fail(anchor.error());
        auto anchorRow = anchor->step();
        if (!anchorRow)
            return fail(anchorRow.error());
        if (!*anchorRow)
            return fail(LedgerCode::Corrupt, QStringLiteral("the ledger has no chain anchor"));
        m_lastId = anchor->int64(0);
        m_lastHash = anchor->blob(1);
    }
    if (m_lastHash.size() != ChainHash::Size)
        return fail(LedgerCode::Corrupt, QStringLiteral("the last chain hash has the wrong size"));
    return {};
}

LedgerResult<qint64> ChainWriter::insert(LedgerEntry &entry)
{
    if (auto valid = entry.validate(); !valid)
        return fail(valid.error());
    entry.time = entry.time.toUTC();
    entry.id = m_lastId + 1;
    entry.previousHash = m_lastHash;
    entry.hash.clear();
    LedgerRow row = LedgerRow::fromEntry(entry);
    row.hash = ChainHash::compute(row);
    if (row.hash.isEmpty())
        return fail(LedgerCode::IoError, QStringLiteral("SHA-256 failed"));
    m_insert.bind(1, row.id)
        .bind(2, row.timeMs)
        .bind(3, row.kind)
        .bind(4, row.kiosk)
        .bind(5, row.mode)
        .bind(6, row.verdict)
        .bind(7, row.reasons)
        .bind(8, row.passes)
        .bind(9, row.staff)
        .bind(10, row.contact)
        .bind(11, row.attributes)
        .bind(12, row.event)
        .bind(13, row.previousHash)
        .bind(14, row.hash);
    if (auto inserted = m_insert.run(); !inserted) {
        m_insert.reset();
        return fail(inserted.error());
    }
    entry.hash = row.hash;
    m_lastId = row.id;
    m_lastHash = row.hash;
    return row.id;
}

} // namespace passgate
