#include "cli/Command.h"

#include "scan/BarcodeReader.h"
#include "scan/FrameSourceSpec.h"
#include "scan/MediaBackend.h"
#include "scan/ScanSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QVideoSink>

#include <atomic>

namespace passgate::cli {

namespace {

// Reads a non-negative integer option; -1 when absent, -2 (and a message) when malformed.
qint64 countOption(const QCommandLineParser &parser, const QCommandLineOption &option, QTextStream &err,
                   const QString &command)
{
    if (!parser.isSet(option))
        return -1;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 0) {
        err << command << ": --" << option.names().constFirst() << " wants a number, not '"
            << parser.value(option) << "'\n";
        return -2;
    }
    return value;
}

} // namespace

int scanMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs the scanning pipeline headless: frames from SOURCE through the barcode reader "
                       "and the session's "
                       "dedupe. Prints each new payload on a line of its own, then a JSON summary (frames, "
                       "decoded, dropped, "
                       "decode ms p50/p95/p99, first-decode frame index).\n\n"
                       "SOURCE: camera[:ID] | video:FILE | images:DIR | demo[:LIST]"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("where the frames come from"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("stop after N frames"),
                                          QStringLiteral("N"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("stop after SECONDS (a camera may never appear)"),
                                           QStringLiteral("SECONDS"));
    const QCommandLineOption cooldownOption(
        QStringLiteral("cooldown"),
        QStringLiteral("the same payload again within MS is not new (default 5000)"), QStringLiteral("MS"));
    const QCommandLineOption holdOption(
        QStringLiteral("hold"),
        QStringLiteral("images/demo: show each picture or pass for MS (default 1000/3000)"),
        QStringLiteral("MS"));
    const QCommandLineOption fpsOption(QStringLiteral("fps"),
                                       QStringLiteral("images/demo: frames per second (default 10)"),
                                       QStringLiteral("N"));
    const QCommandLineOption loopOption(QStringLiteral("loop"),
                                        QStringLiteral("images/demo: start over after the last one"));
    parser.addOptions({framesOption, timeoutOption, cooldownOption, holdOption, fpsOption, loopOption});
    if (!parser.parse(arguments)) {
        err << command << ": " << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << command << ": expects exactly one SOURCE\n\n" << parser.helpText();
        return UsageError;
    }
    const auto spec = parseFrameSourceSpec(parser.positionalArguments().constFirst());
    if (!spec) {
        err << command << ": " << spec.error().reason << "\n";
        return UsageError;
    }
    const qint64 frameLimit = countOption(parser, framesOption, err, command);
    const qint64 timeout = countOption(parser, timeoutOption, err, command);
    const qint64 cooldown = countOption(parser, cooldownOption, err, command);
    const qint64 hold = countOption(parser, holdOption, err, command);
    const qint64 fps = countOption(parser, fpsOption, err, command);
    if (frameLimit == -2 || timeout == -2 || cooldown == -2 || hold == -2 || fps == -2)
        return UsageError;

    // Qt's FFmpeg backend decodes video files and opens V4L2 cameras the same way everywhere.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    // The kiosk's check: Qt 6.4's gstreamer backend crashes (already while making its player) when
    // an element of the video or camera path is missing, so such a source is never made.
    if (const QString missing = missingMediaPieces(qEnvironmentVariable("QT_MEDIA_BACKEND"), spec->kind,
                                                   systemGstElementLookup());
        !missing.isEmpty()) {
        err << command << ": " << spec->toString() << " cannot be read: " << missing << "\n";
        return Failed;
    }

    FrameSourceSettings settings;
    if (hold >= 0)
        settings.imageHoldTime = settings.demoHoldTime = std::chrono::milliseconds(hold);
    if (fps > 0)
        settings.frameRate = int(qMin<qint64>(fps, 120));
    settings.loop = parser.isSet(loopOption);
    const std::unique_ptr<FrameSource> source = createFrameSource(*spec, settings);

    QVideoSink sink;
    BarcodeReader reader;
    // The summary's percentiles cover the whole run, not the kiosk's rolling window.
    reader.metrics()->setWindowSize(frameLimit > 0 ? frameLimit : 1'000'000);
    ScanSession session(std::chrono::milliseconds(cooldown >= 0 ? cooldown : 5000));
    quint64 newPayloads = 0;
    int exitCode = Success;

    const auto finish = [&](int code) {
        exitCode = code;
        source->stop();
        QCoreApplication::exit(code);
    };

    // Frames are counted here rather than by the reader so that exactly --frames N are offered.
    std::atomic<qint64> delivered{0};
    QObject::connect(
        &sink, &QVideoSink::videoFrameChanged, &reader,
        [&](const QVideoFrame &frame) {
            const qint64 index = delivered.fetch_add(1);
            if (frameLimit >= 0 && index >= frameLimit)
                return;
            reader.offerFrame(frame);
            if (frameLimit >= 0 && index + 1 == frameLimit)
                QMetaObject::invokeMethod(
                    &reader, [&] { finish(Success); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    QObject::connect(&reader, &BarcodeReader::codeRead, &session,
                     [&](const QString &text) { session.offer(text, source->origin()); });
    QObject::connect(&session, &ScanSession::newPayload, &session, [&](const QString &payload) {
        ++newPayloads;
        out << payload << "\n";
        out.flush();
    });
    QObject::connect(source.get(), &FrameSource::stateChanged, source.get(), [&](FrameSource::State state) {
        // The source logs its state and status (category passgate.scan) on stderr.
        if (state == FrameSource::State::Finished)
            finish(Success);
        else if (state == FrameSource::State::Failed)
            finish(Failed);
    });
    if (timeout >= 0) {
        QTimer::singleShot(std::chrono::seconds(timeout), &reader, [&] {
            err << command << ": stopped after " << timeout << " s\n";
            finish(Success);
        });
    }

    source->setVideoSink(&sink);
    QTimer::singleShot(0, source.get(), [&] { source->start(); });
    // start() may fail (or finish) at once, before exec() runs: exit() then comes from within exec().
    QCoreApplication::exec();

    // The last frame may still be in the worker: wait for it and take its reading in.
    while (reader.isBusy())
        QThread::msleep(2);
    QCoreApplication::processEvents();
    reader.metrics()->setCounts(
        quint64(qMin<qint64>(delivered.load(), frameLimit >= 0 ? frameLimit : delivered.load())),
        reader.framesDropped());

    QJsonObject summary = reader.metrics()->toJson();
    summary.insert(QStringLiteral("source"), spec->toString());
    summary.insert(QStringLiteral("state"), frameSourceStateName(source->state()));
    summary.insert(QStringLiteral("payloads"), qint64(newPayloads));
    out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n";
    return exitCode;
}

} // namespace passgate::cli
