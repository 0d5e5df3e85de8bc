// Decode + verify speed of each pass format through the kiosk's one entry point (PassVerifier), on
// the public examples: a SMART Health Card as one QR text and split into two chunks, the NZ COVID
// Pass, and an EU DCC (ES256) for comparison; and what telling a pass from other text costs first. All are
// ES256 on P-256, so the differences are the formats' own layers: numeric + JWS + raw DEFLATE + FHIR JSON,
// base32 + CWT, base45 + zlib + CWT. Run by hand: build/test/tests/bench/bench_formats
// --benchmark_repetitions=5 (README quotes medians).
#include "common/Clock.h"
#include "formats/PassVerifier.h"
#include "formats/ScannedText.h"
#include "support/DccSamples.h"
#include "support/TestData.h"
#include "support/TestIssuer.h"

#include <QFile>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace passgate;
using namespace passgate::test;

namespace {

QString fileText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_formats: cannot read %s (set PASSGATE_TESTDATA_DIR)\n", qPrintable(path));
        std::exit(1);
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

void addIssuer(TrustStore &trust, const QString &issuer, const QString &path)
{
    auto keys = IssuerKeys::readIssuerFile(issuer, path);
    if (!keys) {
        std::fprintf(stderr, "bench_formats: %s\n", qPrintable(keys.error().reason));
        std::exit(1);
    }
    for (const IssuerKey &key : *keys)
        trust.addIssuerKey(key);
}

struct Fixture
{
    Fixture()
        : clock(QDateTime(QDate(2022, 1, 1), QTime(12, 0), QTimeZone::utc()))
        , dccIssuer(TestSigner::generate())
    {
        const QString root = testDataRoot();
        addIssuer(trust, QStringLiteral("https://spec.smarthealth.cards/examples/issuer"),
                  root + QStringLiteral("/shc/issuer-jwks.json"));
        addIssuer(trust, QStringLiteral("did:web:nzcp.covid19.health.nz"),
                  root + QStringLiteral("/nzcp/valid/did.json"));
        shc = fileText(root + QStringLiteral("/shc/valid/example-00-f-qr-code-numeric-value-0.txt"));
        // The same card as two chunks, as an issuer splits one too long for a single code.
        const QString digits = shc.mid(5);
        const qsizetype half = digits.size() / 4 * 2;
        shcChunks = QStringLiteral("shc:/1/2/") + digits.left(half) + QStringLiteral("\nshc:/2/2/") +
                    digits.mid(half);
        nzcp = fileText(root + QStringLiteral("/nzcp/valid/nzcp.txt"));
        DccPassSpec spec;
        spec.payload = DccSamples::vaccination();
        spec.issuedAt = clock.now().addDays(-10);
        spec.expiresAt = clock.now().addYears(1);
        dcc = dccIssuer.issue(spec);
        trust.add(dccIssuer.signer().signerCertificate());
    }

    FixedClock clock;
    TestIssuer dccIssuer;
    TrustStore trust;
    QString shc, shcChunks, nzcp, dcc;
};

const Fixture &fixture()
{
    static const Fixture instance;
    return instance;
}

void decodeAndVerify(benchmark::State &state, QString Fixture::*text)
{
    const Fixture &f = fixture();
    const PassVerifier verifier(f.trust, f.clock);
    if (!verifier.verify(f.*text)) {
        state.SkipWithError(qPrintable(verifier.verify(f.*text).error().reason));
        return;
    }
    for (auto _ : state) {
        auto pass = verifier.verify(f.*text);
        benchmark::DoNotOptimize(pass);
    }
}

// What every scan now costs before it is read as a pass (CheckInService: is it a pass at all?).
void classifyOnly(benchmark::State &state, QString Fixture::*text)
{
    const Fixture &f = fixture();
    for (auto _ : state) {
        auto kind = classifyScannedText(f.*text);
        benchmark::DoNotOptimize(kind);
    }
}

} // namespace

BENCHMARK_CAPTURE(classifyOnly, EU_DCC_ES256, &Fixture::dcc);
BENCHMARK_CAPTURE(classifyOnly, SHC_one_code, &Fixture::shc);
BENCHMARK_CAPTURE(decodeAndVerify, SHC_one_code, &Fixture::shc);
BENCHMARK_CAPTURE(decodeAndVerify, SHC_two_chunks, &Fixture::shcChunks);
BENCHMARK_CAPTURE(decodeAndVerify, NZCP, &Fixture::nzcp);
BENCHMARK_CAPTURE(decodeAndVerify, EU_DCC_ES256, &Fixture::dcc);

BENCHMARK_MAIN();
