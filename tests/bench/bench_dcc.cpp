// EU DCC verification speed: QR text -> verified DecodedPass, for an ES256 and a PS256 pass, and the
// bare signature check of each for comparison with `openssl speed ecdsap256 rsa2048`; and the data
// stages alone: the published JSON schema (compiled once, then applied) and the semantic checks.
// Run by hand: build/test/tests/bench/bench_dcc --benchmark_repetitions=5 (the README quotes medians).
#include "crypto/SignatureVerifier.h"
#include "formats/cose/CoseSign1.h"
#include "formats/dcc/DccDecoder.h"
#include "formats/dcc/HcertSchema.h"
#include "formats/dcc/HcertSemantics_p.h"
#include "support/DccSamples.h"
#include "support/TestIssuer.h"

#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <memory>

using namespace passgate;
using namespace passgate::dcc;
using passgate::cose::CoseSign1;
using namespace passgate::test;

namespace {

const QDateTime checkTime(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc());

struct Fixture
{
    explicit Fixture(TestSigner::KeyType keyType)
        : issuer(TestSigner::generate(keyType))
        , clock(checkTime)
    {
        DccPassSpec spec;
        spec.payload = DccSamples::vaccination();
        spec.issuer = QStringLiteral("DE");
        spec.issuedAt = checkTime.addDays(-10);
        spec.expiresAt = checkTime.addYears(1);
        text = issuer.issue(spec);
        trust.add(issuer.signer().signerCertificate());
    }

    TestIssuer issuer;
    TrustStore trust;
    FixedClock clock;
    QString text;
};

const Fixture &fixture(TestSigner::KeyType keyType)
{
    static std::unique_ptr<Fixture> es256, ps256, ps256_3072;
    std::unique_ptr<Fixture> &slot = keyType == TestSigner::KeyType::EcP256    ? es256
                                     : keyType == TestSigner::KeyType::Rsa2048 ? ps256
                                                                               : ps256_3072;
    if (!slot)
        slot = std::make_unique<Fixture>(keyType);
    return *slot;
}

void decodeAndVerify(benchmark::State &state, TestSigner::KeyType keyType)
{
    const Fixture &f = fixture(keyType);
    const DccDecoder decoder(f.trust, f.clock);
    if (!decoder.decode(f.text).ok()) {
        state.SkipWithError("the benchmark pass does not verify");
        return;
    }
    for (auto _ : state) {
        Result<DecodedPass, PassError> pass = decoder.decode(f.text);
        benchmark::DoNotOptimize(pass);
    }
    state.counters["passes/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.SetLabel(QStringLiteral("%1-char QR text").arg(f.text.size()).toStdString());
}

// Only the signature over the Sig_structure, as `openssl speed` measures it.
void signatureOnly(benchmark::State &state, TestSigner::KeyType keyType)
{
    const Fixture &f = fixture(keyType);
    const Result<CoseSign1, PassError> message = CoseSign1::parse(*DccDecoder::coseBytes(f.text));
    const QByteArray toBeSigned = message->toBeSigned();
    const PublicKey key = f.issuer.signer().signerCertificate().publicKey();
    for (auto _ : state) {
        Result<void, CryptoError> verified =
            verifySignature(message->algorithm, key, toBeSigned, message->signature);
        benchmark::DoNotOptimize(verified);
    }
    state.counters["verifies/s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

// The schema stage on a valid payload and on one that breaks the schema (every error collected).
void schemaStage(benchmark::State &state, bool valid)
{
    QJsonObject payload = DccSamples::vaccination();
    if (!valid)
        payload = DccSamples::with(payload, QStringLiteral("nam/fnt"), QStringLiteral("Musterfrau"));
    const HcertSchema &schema = HcertSchema::published();
    if (schema.errors(payload).isEmpty() != valid) {
        state.SkipWithError("the benchmark payload is not what its name says");
        return;
    }
    for (auto _ : state) {
        auto errors = schema.errors(payload);
        benchmark::DoNotOptimize(errors);
    }
}

void semanticStage(benchmark::State &state)
{
    const QJsonObject payload = DccSamples::vaccination();
    for (auto _ : state) {
        auto problems = checkHcertSemantics(payload, checkTime);
        benchmark::DoNotOptimize(problems);
    }
}

} // namespace

BENCHMARK_CAPTURE(schemaStage, valid, true);
BENCHMARK_CAPTURE(schemaStage, invalid, false);
BENCHMARK(semanticStage);
BENCHMARK_CAPTURE(decodeAndVerify, ES256_P256, TestSigner::KeyType::EcP256);
BENCHMARK_CAPTURE(decodeAndVerify, PS256_RSA2048, TestSigner::KeyType::Rsa2048);
BENCHMARK_CAPTURE(decodeAndVerify, PS256_RSA3072, TestSigner::KeyType::Rsa3072);
BENCHMARK_CAPTURE(signatureOnly, ES256_P256, TestSigner::KeyType::EcP256);
BENCHMARK_CAPTURE(signatureOnly, PS256_RSA2048, TestSigner::KeyType::Rsa2048);

BENCHMARK_MAIN();
