// Ledger benchmarks: durable appends per second (one fsync'ed WAL commit each), and the time to purge
// and to open a ledger of 1,000,000 entries. The big ledger is built once per run, quickly, in
// 50,000-entry transactions, and copied afresh for every purge.
// Run: bench_ledger --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "checkin/Evidence.h"
#include "common/Clock.h"
#include "crypto/X25519Key.h"
#include "ledger/Ledger.h"
#include "ledger/VenueKeys.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <chrono>
#include <optional>

using namespace passgate;

namespace {

constexpr qint64 BigLedgerEntries = 1'000'000;
const QDateTime Start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

VenueKeys makeKeys(const QString &dir)
{
    return VenueKeys::install(dir, crypto::X25519Key::generate().value().publicPem()).value();
}

// A realistic mix: QR check-ins with a hashed certificate id, phone and paper ones with a sealed number.
LedgerEntry sampleEntry(const VenueKeys &keys, qint64 i, const QDateTime &at)
{
    Evidence evidence;
    evidence.mode = CheckInMode(i % 4 == 3 ? 0 : i % 4);
    if (evidence.mode == CheckInMode::Qr) {
        DecodedPass pass;
        pass.issuerCountry = QStringLiteral("KR");
        pass.certificateId = QStringLiteral("URN:UVCI:01:KR:BENCH/%1").arg(i);
        pass.statement = Vaccination{};
        evidence.passes = {pass};
    } else {
        evidence.contact =
            QStringLiteral("010-%1-%2").arg(1000 + i % 9000).arg(i % 10000, 4, 10, QLatin1Char('0'));
        evidence.staffId = evidence.mode == CheckInMode::Paper ? QStringLiteral("staff-1") : QString();
    }
    evidence.visitorCategory = QStringLiteral("visitor");
    const Decision decision{Verdict::Admit, {Reason{QStringLiteral("vaccinated"), {}}}, {}};
    return LedgerEntry::fromCheckIn(evidence, decision, QStringLiteral("bench"), at, keys).value();
}

LedgerOptions optionsFor(const QString &dir)
{
    LedgerOptions options;
    options.dataDir = dir;
    options.kioskId = QStringLiteral("bench");
    return options;
}

// The 1,000,000-entry ledger, one entry every 2 seconds from 2026-01-01 (about 23 days).
QString bigLedgerDir()
{
    static QTemporaryDir dir;
    static bool built = false;
    if (!built) {
        built = true;
        const VenueKeys keys = makeKeys(dir.path());
        QList<LedgerEntry> pool;
        for (int i = 0; i < 1000; ++i)
            pool.append(sampleEntry(keys, i, Start));
        const FixedClock clock(Start);
        auto ledger = Ledger::open(optionsFor(dir.path()), clock).value();
        constexpr int Batch = 50'000;
        for (qint64 done = 0; done < BigLedgerEntries; done += Batch) {
            QList<LedgerEntry> batch;
            batch.reserve(Batch);
            for (qint64 i = done; i < done + Batch; ++i) {
                LedgerEntry entry = pool.at(int(i % pool.size()));
                entry.time = Start.addSecs(2 * i);
                batch.append(std::move(entry));
            }
            if (!ledger.appendAll(batch))
                qFatal("building the big ledger failed");
        }
    }
    return dir.path();
}

bool copyLedger(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QFile::remove(QDir(to).filePath(Ledger::DatabaseFileName));
    return QFile::copy(QDir(from).filePath(Ledger::DatabaseFileName),
                       QDir(to).filePath(Ledger::DatabaseFileName));
}

void durableAppend(benchmark::State &state)
{
    QTemporaryDir dir;
    const VenueKeys keys = makeKeys(dir.path());
    const FixedClock clock(Start);
    auto ledger = Ledger::open(optionsFor(dir.path()), clock).value();
    const LedgerEntry entry = sampleEntry(keys, 1, Start);
    for (auto _ : state) {
        if (!ledger.append(entry))
            state.SkipWithError("append failed");
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["entries"] = double(*ledger.count());
}
BENCHMARK(durableAppend)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

void purgeMillion(benchmark::State &state)
{
    const QString big = bigLedgerDir();
    QTemporaryDir work;
    for (auto _ : state) {
        if (!copyLedger(big, work.path())) {
            state.SkipWithError("copy failed");
            break;
        }
        const FixedClock later(Start.addDays(60)); // every entry is past the 28 days
        auto ledger = Ledger::open(optionsFor(work.path()), later);
        if (!ledger) {
            state.SkipWithError("open failed");
            break;
        }
        const auto began = std::chrono::steady_clock::now();
        auto report = ledger->purge(later);
        const auto took = std::chrono::steady_clock::now() - began;
        if (!report || report->purgedEntries != BigLedgerEntries) {
            state.SkipWithError("purge failed");
            break;
        }
        state.SetIterationTime(std::chrono::duration<double>(took).count());
        state.counters["MB_before"] = double(report->bytesBefore) / 1e6;
        state.counters["MB_after"] = double(report->bytesAfter) / 1e6;
    }
}
BENCHMARK(purgeMillion)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

void openMillion(benchmark::State &state)
{
    const QString big = bigLedgerDir();
    QTemporaryDir work;
    if (!copyLedger(big, work.path())) {
        state.SkipWithError("copy failed");
        return;
    }
    const FixedClock clock(Start);
    for (auto _ : state) {
        const auto began = std::chrono::steady_clock::now();
        auto ledger = Ledger::open(optionsFor(work.path()), clock);
        const auto took = std::chrono::steady_clock::now() - began;
        if (!ledger || ledger->lastId() != BigLedgerEntries) {
            state.SkipWithError("open failed");
            break;
        }
        state.SetIterationTime(std::chrono::duration<double>(took).count());
    }
}
BENCHMARK(openMillion)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(20);

} // namespace

BENCHMARK_MAIN();
