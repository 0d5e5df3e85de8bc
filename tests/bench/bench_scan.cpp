// Per-frame decode cost of the scanning pipeline against zbar on identical luminance frames.
// Run by hand: build/test/tests/bench/bench_scan  (the README quotes its medians).
#include "scan/FrameDecoder.h"
#include "scan/LumaDecoder.h"
#include "scan/QrCodeImage.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QVideoFrame>

#include <benchmark/benchmark.h>
#include <zbar.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <vector>

using namespace passgate;
using namespace zbar; // zbar.h puts its C API in namespace zbar under C++

namespace {

// About the size of an EU DCC payload (HC1: + base45 of a COSE message), so the QR is version 15 or so.
QString dccSizedPayload()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    QRandomGenerator random(45);
    QString payload = QStringLiteral("HC1:");
    while (payload.size() < 560)
        payload += alphabet.at(int(random.bounded(quint32(alphabet.size()))));
    return payload;
}

// A camera-like luminance frame: lit unevenly, with sensor noise, a phone screen held up and, when
// withCode, a DCC-sized QR code on it about half the frame high; softened as a lens would.
QImage cameraFrame(QSize size, bool withCode)
{
    QImage frame(size, QImage::Format_Grayscale8);
    QRandomGenerator random(quint32(size.width() * 31 + size.height()));
    for (int y = 0; y < size.height(); ++y) {
        uchar *row = frame.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            const int light = 60 + 80 * x / size.width() + 30 * y / size.height();
            row[x] = uchar(std::clamp(light + int(random.bounded(25)) - 12, 0, 255));
        }
    }
    QPainter painter(&frame);
    const int screenHeight = size.height() * 7 / 10;
    const QRect screen(size.width() / 2 - screenHeight * 9 / 32, size.height() * 3 / 20,
                       screenHeight * 9 / 16, screenHeight);
    painter.fillRect(screen, QColor(235, 235, 235));
    if (withCode) {
        const auto modules = renderQrCode(dccSizedPayload(), 1, 2);
        const int side = size.height() * 11 / 20;
        const QImage code = modules->scaled(side, side, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        painter.drawImage(screen.center() - QPoint(side / 2, side / 2), code);
    }
    painter.end();
    // A 3x3 box blur: edges a few pixels soft, as through a webcam lens.
    QImage soft = frame;
    for (int y = 1; y < size.height() - 1; ++y) {
        for (int x = 1; x < size.width() - 1; ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    sum += frame.constScanLine(y + dy)[x + dx];
            soft.scanLine(y)[x] = uchar(sum / 9);
        }
    }
    return soft;
}

QSize resolution(int index)
{
    static const QSize sizes[] = {{640, 480}, {1280, 720}, {1920, 1080}};
    return sizes[index];
}

// Dense luminance as the camera would deliver it in plane 0 of an NV12 frame.
struct Scene
{
    QImage luma;
    QVideoFrame nv12;
};

const Scene &scene(int resolutionIndex, bool withCode)
{
    static Scene scenes[3][2];
    Scene &cached = scenes[resolutionIndex][withCode ? 1 : 0];
    if (cached.luma.isNull()) {
        cached.luma = cameraFrame(resolution(resolutionIndex), withCode);
        cached.nv12 = QVideoFrame(QVideoFrameFormat(cached.luma.size(), QVideoFrameFormat::Format_NV12));
        cached.nv12.map(QVideoFrame::WriteOnly);
        for (int y = 0; y < cached.luma.height(); ++y)
            std::memcpy(cached.nv12.bits(0) + y * cached.nv12.bytesPerLine(0), cached.luma.constScanLine(y),
                        size_t(cached.luma.width()));
        std::memset(cached.nv12.bits(1), 128, size_t(cached.nv12.mappedBytes(1)));
        cached.nv12.unmap();
    }
    return cached;
}

// The CPU time of the calling thread, in milliseconds. Both decoders are single-threaded, so on a shared
// (loaded) machine this is the per-frame cost the decoder itself causes; wall time adds the waiting.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentileOf(std::vector<double> samples, double percent)
{
    std::sort(samples.begin(), samples.end());
    const auto rank = size_t(std::ceil(percent / 100.0 * double(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

// Times each iteration itself so the median and the 99th percentile can be reported, not only the mean:
// median_ms/p99_ms in thread CPU time, wall_median_ms/wall_p99_ms in wall time.
template<typename Decode>
void timeFrames(benchmark::State &state, Decode decode)
{
    const bool withCode = state.range(1) != 0;
    std::vector<double> cpu;
    std::vector<double> wall;
    int read = 0;
    for (auto _ : state) {
        const double cpuStart = threadCpuMs();
        const auto wallStart = std::chrono::steady_clock::now();
        const bool found = decode();
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wallStart).count());
        cpu.push_back(threadCpuMs() - cpuStart);
        read += found ? 1 : 0;
    }
    if (withCode && read != int(cpu.size()))
        state.SkipWithError("the code was not read in every frame");
    if (!withCode && read != 0)
        state.SkipWithError("a code was read in a frame without one");
    state.counters["median_ms"] = percentileOf(cpu, 50);
    state.counters["p99_ms"] = percentileOf(cpu, 99);
    state.counters["wall_median_ms"] = percentileOf(wall, 50);
    state.counters["wall_p99_ms"] = percentileOf(wall, 99);
    const QSize size = resolution(int(state.range(0)));
    state.SetLabel(QStringLiteral("%1x%2 %3")
                       .arg(size.width())
                       .arg(size.height())
                       .arg(withCode ? QStringLiteral("code") : QStringLiteral("no code"))
                       .toStdString());
}

// The plain ZXing attempt on the luminance plane: the cost of a frame that holds a code.
void BM_ZXingPlain(benchmark::State &state)
{
    const Scene &frame = scene(int(state.range(0)), state.range(1) != 0);
    const LumaDecoder decoder;
    const LumaView view{frame.luma.constBits(), frame.luma.width(), frame.luma.height(),
                        frame.luma.bytesPerLine(), 1};
    timeFrames(state, [&] {
        const auto texts = decoder.read(view, DecodeAttempt{});
        return texts.ok() && !texts->isEmpty();
    });
}

// The same without ZXing's tryHarder: measured to decide whether live frames can do without it.
void BM_ZXingQuick(benchmark::State &state)
{
    const Scene &frame = scene(int(state.range(0)), state.range(1) != 0);
    LumaDecoder::Options options;
    options.tryHarder = false;
    const LumaDecoder decoder(options);
    const LumaView view{frame.luma.constBits(), frame.luma.width(), frame.luma.height(),
                        frame.luma.bytesPerLine(), 1};
    timeFrames(state, [&] {
        const auto texts = decoder.read(view, DecodeAttempt{});
        return texts.ok() && !texts->isEmpty();
    });
}

// What the kiosk spends on one NV12 frame: mapping, the plain attempt and, on an empty frame, the
// retries its budget allows.
void BM_LiveFrame(benchmark::State &state)
{
    const Scene &frame = scene(int(state.range(0)), state.range(1) != 0);
    FrameDecoder decoder;
    quint64 index = 0;
    timeFrames(state, [&] { return !decoder.decode(frame.nv12, index++).texts.isEmpty(); });
}

// zbar 0.23 on the identical luminance, QR only.
void BM_ZBar(benchmark::State &state)
{
    const Scene &frame = scene(int(state.range(0)), state.range(1) != 0);
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    const int width = frame.luma.width();
    const int height = frame.luma.height();
    std::vector<uchar> y800(size_t(width) * size_t(height));
    for (int y = 0; y < height; ++y)
        std::memcpy(y800.data() + size_t(y) * size_t(width), frame.luma.constScanLine(y), size_t(width));
    timeFrames(state, [&] {
        zbar_image_t *image = zbar_image_create();
        zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
        zbar_image_set_size(image, unsigned(width), unsigned(height));
        zbar_image_set_data(image, y800.data(), y800.size(), nullptr);
        const int found = zbar_scan_image(scanner, image);
        zbar_image_destroy(image);
        return found > 0;
    });
    zbar_image_scanner_destroy(scanner);
}

// Each still-photo attempt alone on an empty 1280x720 frame: what a retry costs (the live retries are
// the first three after the plain one).
void BM_Attempt(benchmark::State &state)
{
    const Scene &frame = scene(1, false);
    const DecodeAttempt attempt = stillPhotoAttempts().at(state.range(0));
    const LumaDecoder decoder;
    const LumaView view{frame.luma.constBits(), frame.luma.width(), frame.luma.height(),
                        frame.luma.bytesPerLine(), 1};
    std::vector<double> cpu;
    for (auto _ : state) {
        const double start = threadCpuMs();
        benchmark::DoNotOptimize(decoder.read(view, attempt));
        cpu.push_back(threadCpuMs() - start);
    }
    state.counters["median_ms"] = percentileOf(cpu, 50);
    state.SetLabel(attempt.name().toStdString());
}

void frames(benchmark::internal::Benchmark *benchmark)
{
    benchmark->ArgNames({"resolution", "code"});
    for (int resolutionIndex = 0; resolutionIndex < 3; ++resolutionIndex) {
        for (int withCode = 1; withCode >= 0; --withCode)
            benchmark->Args({resolutionIndex, withCode});
    }
    benchmark->Unit(benchmark::kMillisecond)->MinTime(1.0);
}

} // namespace

BENCHMARK(BM_ZXingPlain)->Apply(frames);
BENCHMARK(BM_ZXingQuick)->Apply(frames);
BENCHMARK(BM_LiveFrame)->Apply(frames);
BENCHMARK(BM_ZBar)->Apply(frames);
BENCHMARK(BM_Attempt)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->MinTime(1.0);

int main(int argc, char **argv)
{
    // QPainter needs a GUI application for nothing here but fonts; offscreen keeps it headless.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
