#include "common/NativePath.h"
#include "kiosk/KioskAssembly.h"
#include "kiosk/KioskServices.h"
#include "scan/MediaBackend.h"

#include <QCommandLineParser>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(PassgatePlugin)

using namespace passgate;

namespace {

// passgate [--source S] [--source hid:DEVICE] [--mode M] [--data-dir DIR] [--config FILE] [--lang ko|en]
// [--fullscreen]
Result<KioskOptions, QString> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("passgate: entrance check-in kiosk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption source(
        QStringLiteral("source"),
        QStringLiteral("Where passes come from: camera[:ID], video:FILE, images:DIR or "
                       "demo (default: the camera, or demo when there is none); and hid:DEVICE, a USB "
                       "barcode scanner read from its input device (/dev/input/by-id/...-event-kbd), "
                       "alone or beside one of the others (give --source twice)."),
        QStringLiteral("source"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("counter, kiosk (self-scan) or frontdesk, for this run."),
                                  QStringLiteral("mode"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Ledger and keys folder (default: the user's data location)."), QStringLiteral("dir"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("Configuration file (default: config.json in the user's config "
                       "location)."),
        QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("ko or en."),
                                  QStringLiteral("lang"));
    const QCommandLineOption fullscreen(QStringLiteral("fullscreen"), QStringLiteral("Fill the screen."));
    parser.addOptions({source, mode, dataDir, config, lang, fullscreen});
    parser.process(app);

    KioskOptions options;
    for (const QString &value : parser.values(source)) {
        if (value.startsWith(u"hid:")) {
            if (!options.scannerDevice.isEmpty() || value.size() == 4)
                return fail(QStringLiteral("'%1': give one scanner, as hid:/dev/input/by-id/...-event-kbd")
                                .arg(value));
            options.scannerDevice = value.mid(4);
            continue;
        }
        if (value != u"demo" && !value.startsWith(u"camera") && !value.startsWith(u"video:") &&
            !value.startsWith(u"images:"))
            return fail(
                QStringLiteral("unknown source '%1': use camera[:ID], video:FILE, images:DIR, demo or "
                               "hid:DEVICE")
                    .arg(value));
        if (!options.source.isEmpty())
            return fail(
                QStringLiteral("two frame sources ('%1' and '%2'): give one, and a hid: scanner beside it "
                               "if you like")
                    .arg(options.source, value));
        options.source = value;
    }
    if (parser.isSet(mode)) {
        auto parsed = kioskModeFromName(parser.value(mode));
        if (!parsed)
            return fail(parsed.error().reason);
        options.mode = *parsed;
    }
    options.dataDir = parser.value(dataDir);
    options.configPath = parser.value(config);
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != u"ko" && options.language != u"en")
        return fail(QStringLiteral("unknown language '%1': use ko or en").arg(options.language));
    options.fullscreen = parser.isSet(fullscreen);
    return options;
}

void nameApplication()
{
    // No organization name: data and config go to ~/.local/share/passgate and ~/.config/passgate
    // (with one, Qt would nest them as passgate/passgate).
    QCoreApplication::setApplicationName(QStringLiteral("passgate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSGATE_VERSION));
}

// --help and --version only print: they must work without a display, where a QGuiApplication aborts.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all" ||
            argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

// Without a platform to draw on, Qt aborts with a core dump; say what is missing instead. A set
// QT_QPA_PLATFORM (eglfs, linuxfb, offscreen, ...) needs neither X11 nor Wayland.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        (void)parseOptions(app); // prints and exits
        return 0;
    }
    // The kiosk's folders go through Qt, which knows only UTF-8 names: a name in another encoding
    // would become another folder (U+FFFD). Refused before anything is made.
    for (int i = 1; i < argc; ++i) {
        if (hasEscapedBytes(pathFromNative(argv[i]))) {
            std::fprintf(stderr,
                         "passgate: argument %d is not UTF-8 text: the kiosk's files and folders need "
                         "UTF-8 names (rename it, e.g. with convmv)\n",
                         i);
            return 2;
        }
    }
    if (!hasDisplay()) {
        std::fprintf(stderr, "passgate: no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset "
                             "(start it in a graphical session, or set QT_QPA_PLATFORM, e.g. eglfs)\n");
        return 1;
    }
    // Before the QGuiApplication: Qt reads QT_MEDIA_BACKEND once (scan/MediaBackend.h says why not
    // Qt's default).
    const MediaBackend backend = selectMediaBackend();

    QGuiApplication app(argc, argv);
    nameApplication();
    qInfo().noquote() << "passgate: media backend" << backend.reason;

    const auto options = parseOptions(app);
    if (!options) {
        std::fprintf(stderr, "passgate: %s\n", qPrintable(options.error()));
        return 2;
    }

    const SystemClock clock;
    KioskAssembly runtime(*options, clock);
    if (auto started = runtime.start(); !started) {
        std::fprintf(stderr, "passgate: %s\n", qPrintable(started.error()));
        return 1;
    }

    QQmlApplicationEngine engine;
    runtime.attach(engine);
    QObject::connect(runtime.kiosk(), &KioskServices::quitRequested, &app, &QCoreApplication::quit);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Passgate/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    runtime.attachWindow(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    return app.exec();
}
