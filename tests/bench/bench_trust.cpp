// Building a bundle from a published signer list and looking up kids among many signers; and
// trust + policy throughput with a realistic revocation list: a bundle of 1,000,000 revocation
// entries, how long it takes to load, and how many check-in decisions per second the kiosk can
// make against it (read the QR text: EU DCC decode + ES256 signature + revocation lookup; then the
// venue's policy and the clock/trust checks).
//
//   build/test/tests/bench/bench_trust --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "support/TestPublisher.h"

#include "policy/PolicyCatalog.h"
#include "station/AdmissionRule.h"
#include "support/DccSamples.h"
#include "support/TestData.h"
#include "support/TestIssuer.h"
#include "support/TestSignerList.h"
#include "trust/BundleStore.h"
#include "trust/BundleVerifier.h"
#include "trust/GatewayDscList.h"
#include "trust/PassRevocation.h"
#include "trust/TrustedPassReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <random>

using namespace passgate;
using namespace passgate::test;

namespace {

constexpr int revocationCount = 1'000'000;
const QDateTime issued(QDate(2022, 1, 20), QTime(0, 0), QTimeZone::utc());
const QDateTime checkTime = issued.addDays(2);

// Built once: a publisher, a document signer, a bundle trusting it with a million revocations and
// the CertLogic presets, and a valid pass (a booster) it signed.
struct Fixture
{
    TestPublisher publisher = TestPublisher::generate();
    TestIssuer issuer{TestSigner::generate()};
    QByteArray bundleFile;
    QString pass;

    Fixture()
    {
        BundleContents contents;
        contents.sequence = 1;
        contents.issued = issued;
        contents.expires = issued.addDays(30);
        contents.signers.append({issuer.signer().certificateDer(), QStringLiteral("DE"), {}});
        std::mt19937_64 random(42);
        for (int i = 0; i < revocationCount; ++i) {
            RevocationList::Hash hash;
            for (auto &byte : hash)
                byte = std::uint8_t(random());
            contents.revocations.add(RevocationHashType(1 + i % 3), hash);
        }
        contents.revocations.finish();
        bundleFile = publisher.build(std::move(contents));

        DccPassSpec spec;
        spec.payload = DccSamples::vaccination(QDate(2022, 1, 10), 3, 3);
        spec.issuedAt = issued;
        spec.expiresAt = issued.addYears(1);
        pass = issuer.issue(spec);
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

void BM_BundleVerifyFromMemory(benchmark::State &state)
{
    const Fixture &f = fixture();
    const PublisherKeys pins = f.publisher.pins();
    for (auto _ : state) {
        auto bundle = verifyBundle(f.bundleFile, pins, checkTime);
        if (!bundle || bundle->revocations.size() != size_t(revocationCount))
            state.SkipWithError("bundle refused");
        benchmark::DoNotOptimize(bundle);
    }
    state.counters["MB"] = double(f.bundleFile.size()) / 1e6;
}
BENCHMARK(BM_BundleVerifyFromMemory)->Unit(benchmark::kMillisecond);

// What a kiosk start pays: read bundle.pgtb from disk, verify, hold it.
void BM_BundleLoadFromDisk(benchmark::State &state)
{
    const Fixture &f = fixture();
    QTemporaryDir dir;
    const FixedClock clock(checkTime);
    {
        BundleStore store(dir.path(), f.publisher.pins(), clock);
        if (!store.install(f.bundleFile, QStringLiteral("bench")))
            state.SkipWithError("install failed");
    }
    for (auto _ : state) {
        BundleStore store(dir.path(), f.publisher.pins(), clock);
        if (!store.load() || !store.current())
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(store.current());
    }
}
BENCHMARK(BM_BundleLoadFromDisk)->Unit(benchmark::kMillisecond);

std::shared_ptr<const TrustBundle> loadedBundle()
{
    static const std::shared_ptr<const TrustBundle> bundle = [] {
        auto verified = verifyBundle(fixture().bundleFile, fixture().publisher.pins(), checkTime);
        return verified ? std::make_shared<const TrustBundle>(std::move(verified).value()) : nullptr;
    }();
    return bundle;
}

// One check-in decision: the QR text through the reader (decode, signature, revocation among a
// million entries), then the venue's policy and the clock/trust checks.
void decisions(benchmark::State &state, const PolicyCatalog &catalog)
{
    const std::shared_ptr<const TrustBundle> bundle = loadedBundle();
    if (!bundle) {
        state.SkipWithError("bundle refused");
        return;
    }
    const FixedClock clock(checkTime);
    const TrustedPassReader reader(bundle, clock);
    const AdmissionRule venue(catalog, QStringLiteral("kr-2022-01-03"),
                              Venue{QStringLiteral("cafe"), QTimeZone("Asia/Seoul")});
    const QString &pass = fixture().pass;
    for (auto _ : state) {
        auto read = reader.read(pass, checkTime);
        if (!read) {
            state.SkipWithError(qPrintable(read.error().code));
            break;
        }
        Evidence evidence;
        evidence.passes.append(std::move(read).value());
        const Decision decision = venue.decide(evidence, checkTime, bundle.get());
        if (decision.verdict != Verdict::Admit) {
            state.SkipWithError("not admitted");
            break;
        }
        benchmark::DoNotOptimize(decision);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_VerifyAndDecide_Preset(benchmark::State &state)
{
    decisions(state, PolicyCatalog::builtIn());
}
BENCHMARK(BM_VerifyAndDecide_Preset)->Unit(benchmark::kMicrosecond);

void BM_VerifyAndDecide_CertLogic(benchmark::State &state)
{
    decisions(state, PolicyCatalog::builtInRuleSets());
}
BENCHMARK(BM_VerifyAndDecide_CertLogic)->Unit(benchmark::kMicrosecond);

// The revocation lookup alone: three hashes of a pass and three binary searches among a million.
void BM_RevocationCheck(benchmark::State &state)
{
    const std::shared_ptr<const TrustBundle> bundle = loadedBundle();
    DecodedPass pass;
    pass.certificateId = QStringLiteral("URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#E");
    pass.issuerCountry = QStringLiteral("DE");
    pass.signature = QByteArray(64, '\x5a');
    for (auto _ : state)
        benchmark::DoNotOptimize(isRevoked(bundle->revocations, pass));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RevocationCheck)->Unit(benchmark::kMicrosecond);

// A published signer list the size of the EU's at the end of 2023 (about 830 entries): the German
// acceptance list of 2023-12-01 (610 real certificates, ../shared/testdata/trust-lists/de-demo) and 220
// generated ones, signed again by a test list key as its publisher would.
constexpr int listEntries = 830;

struct ListFixture
{
    TestPublisher listKey = TestPublisher::generate();
    TestPublisher publisher = TestPublisher::generate();
    PublicKey listPublicKey;
    QByteArray listFile;
    QByteArray bundleFile;
    QString problem;

    ListFixture()
    {
        QFile real(testDataPath(QStringLiteral("trust-lists")) + QStringLiteral("/de-demo/dsc-list.json"));
        if (!real.open(QIODevice::ReadOnly)) {
            problem = QStringLiteral("no ../shared/testdata/trust-lists/de-demo");
            return;
        }
        const QByteArray text = real.readAll();
        QJsonArray entries =
            QJsonDocument::fromJson(text.sliced(text.indexOf('{'))).object().value(u"certificates").toArray();
        while (entries.size() < listEntries)
            entries.append(gatewayListEntry(TestSigner::generate().certificateDer()));
        listFile = signedGatewayList(entries, listKey);
        listPublicKey = *PublicKey::fromPem(listKey.publicKeyPem());
        auto built = build();
        if (!built)
            problem = built.error();
        else
            bundleFile = *built;
    }

    // What `trust build --dsc-list` does: verify the list, check every entry, sign the bundle.
    Result<QByteArray, QString> build() const
    {
        auto import = importGatewayDscList(listFile, listPublicKey, QStringLiteral("bench.json"));
        if (!import)
            return fail(import.error().reason);
        if (import->signers.size() != listEntries)
            return fail(
                QStringLiteral("%1 of %2 entries taken").arg(import->signers.size()).arg(listEntries));
        BundleSignerSet signers;
        for (const BundleContents::Signer &signer : import->signers)
            (void)signers.add(signer);
        BundleContents contents;
        contents.issued = issued;
        contents.expires = issued.addDays(30);
        contents.signers = signers.signers();
        contents.sources = {import->source};
        auto file = buildBundle(contents, publisher.signingKey());
        if (!file)
            return fail(file.error().reason);
        return *file;
    }
};

ListFixture &listFixture()
{
    static ListFixture instance;
    return instance;
}

// Publisher side: a signed list of ~830 entries into a signed bundle (target: at most 1 s).
void BM_BuildBundleFromList(benchmark::State &state)
{
    const ListFixture &f = listFixture();
    if (!f.problem.isEmpty()) {
        state.SkipWithError(qPrintable(f.problem));
        return;
    }
    for (auto _ : state) {
        auto file = f.build();
        if (!file)
            state.SkipWithError(qPrintable(file.error()));
        benchmark::DoNotOptimize(file);
    }
    state.counters["entries"] = listEntries;
}
BENCHMARK(BM_BuildBundleFromList)->Unit(benchmark::kMillisecond);

// Kiosk side: the same bundle verified and read (830 certificates parsed).
void BM_VerifyListBundle(benchmark::State &state)
{
    const ListFixture &f = listFixture();
    if (!f.problem.isEmpty()) {
        state.SkipWithError(qPrintable(f.problem));
        return;
    }
    const PublisherKeys pins = f.publisher.pins();
    for (auto _ : state) {
        auto bundle = verifyBundle(f.bundleFile, pins, checkTime);
        if (!bundle || bundle->signerList.size() != listEntries)
            state.SkipWithError("bundle refused");
        benchmark::DoNotOptimize(bundle);
    }
}
BENCHMARK(BM_VerifyListBundle)->Unit(benchmark::kMillisecond);

// A pass's kid looked up among N signers: the time must not grow with N (a hash, not a scan).
void BM_KidLookup(benchmark::State &state)
{
    static const X509Certificate certificate = TestSigner::generate().signerCertificate().certificate();
    TrustStore store;
    std::mt19937_64 random(7);
    QList<QByteArray> kids;
    for (qint64 i = 0; i < state.range(0); ++i) {
        QByteArray kid(8, Qt::Uninitialized);
        for (char &byte : kid)
            byte = char(random());
        kids.append(kid);
        store.add(*SignerCertificate::fromCertificate(certificate, kid, QStringLiteral("DE")));
    }
    qsizetype next = 0;
    for (auto _ : state) {
        const QList<SignerCertificate> found = store.find(kids.at(next));
        if (found.isEmpty())
            state.SkipWithError("kid not found");
        benchmark::DoNotOptimize(found);
        next = (next + 7919) % kids.size();
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_KidLookup)->RangeMultiplier(10)->Range(10, 100'000)->Complexity();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
