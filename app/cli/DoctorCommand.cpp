#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/DoctorChecks.h"
#include "cli/KioskPaths.h"

#include "common/Clock.h"
#include "scan/MediaBackend.h"

#include <QCameraDevice>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QMediaDevices>
#include <QTextStream>

#include <algorithm>
#include <map>

namespace passgate::cli {

namespace {

QString pixelFormatName(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_Jpeg:
        return QStringLiteral("MJPEG");
    case QVideoFrameFormat::Format_YUYV:
        return QStringLiteral("YUYV");
    case QVideoFrameFormat::Format_UYVY:
        return QStringLiteral("UYVY");
    case QVideoFrameFormat::Format_NV12:
        return QStringLiteral("NV12");
    case QVideoFrameFormat::Format_YUV420P:
        return QStringLiteral("YUV420");
    default:
        return QStringLiteral("format %1").arg(int(format));
    }
}

// One camera's offer, shortest useful form: per pixel format the largest size and its frame rate.
QString formatsOf(const QCameraDevice &camera)
{
    std::map<QString, QCameraFormat> best;
    for (const QCameraFormat &format : camera.videoFormats()) {
        const QString name = pixelFormatName(format.pixelFormat());
        const auto found = best.find(name);
        const qint64 pixels = qint64(format.resolution().width()) * format.resolution().height();
        if (found == best.end() ||
            pixels > qint64(found->second.resolution().width()) * found->second.resolution().height())
            best[name] = format;
    }
    QStringList parts;
    for (const auto &[name, format] : best)
        parts.append(QStringLiteral("%1 up to %2x%3 at %4 fps")
                         .arg(name)
                         .arg(format.resolution().width())
                         .arg(format.resolution().height())
                         .arg(format.maxFrameRate(), 0, 'f', 0));
    return parts.isEmpty() ? QStringLiteral("no formats reported") : parts.join(QStringLiteral("; "));
}

DoctorFindings media(const MediaBackend &backend)
{
    const QString topic = QStringLiteral("video");
    if (backend.name.isEmpty())
        return {DoctorFinding::problem(topic, QStringLiteral("no Qt Multimedia backend plugin is installed"),
                                       QStringLiteral("sudo apt-get install libqt6multimedia6"))};
    const QString missing =
        missingMediaPieces(backend.name, FrameSourceSpec::Kind::Camera, systemGstElementLookup());
    if (!missing.isEmpty())
        return {DoctorFinding::problem(topic, QStringLiteral("backend %1: %2").arg(backend.name, missing),
                                       QStringLiteral("install what it names, or QT_MEDIA_BACKEND=ffmpeg"))};
    return {DoctorFinding::ok(topic, QStringLiteral("Qt Multimedia backend %1 (%2)")
                                         .arg(backend.name, backend.setByUser
                                                                ? QStringLiteral("QT_MEDIA_BACKEND")
                                                                : QStringLiteral("passgate's choice")))};
}

DoctorFindings cameras(const KioskConfig &config)
{
    const QString topic = QStringLiteral("camera");
    const QList<QCameraDevice> found = QMediaDevices::videoInputs();
    DoctorFindings findings;
    bool chosenPresent = config.camera.isEmpty();
    for (const QCameraDevice &camera : found) {
        const QString id = QString::fromUtf8(camera.id());
        chosenPresent = chosenPresent || id == config.camera;
        findings.append(
            DoctorFinding::ok(topic, QStringLiteral("%1 (%2)%3: %4")
                                         .arg(camera.description(), id,
                                              id == config.camera ? QStringLiteral(", chosen") : QString(),
                                              formatsOf(camera))));
    }
    if (found.isEmpty()) {
        const QString text =
            QStringLiteral("none found: passes are read only by a USB scanner, or visitors check "
                           "in by phone or paper");
        const QString fix =
            QStringLiteral("plug a UVC webcam in (ls /dev/video*); the kiosk's user must be in "
                           "the group video");
        findings.append(config.scannerDevice.isEmpty() ? DoctorFinding::problem(topic, text, fix)
                                                       : DoctorFinding::note(topic, text, fix));
    } else if (!chosenPresent) {
        findings.append(DoctorFinding::problem(
            topic,
            QStringLiteral("the chosen camera %1 is not connected: the kiosk shows \"Camera unavailable\"")
                .arg(config.camera),
            QStringLiteral("plug it back in, or choose another in the staff area")));
    }
    return findings;
}

DoctorFindings koreanFonts()
{
    const QString topic = QStringLiteral("fonts");
    QStringList families = QFontDatabase::families(QFontDatabase::Korean);
    // Pan-CJK fonts list their Chinese and Japanese cuts too: name the Korean ones first.
    std::stable_partition(families.begin(), families.end(),
                          [](const QString &family) { return family.contains(QStringLiteral(" KR")); });
    if (families.isEmpty())
        return {DoctorFinding::problem(topic, QStringLiteral("no font writes Korean: the screen shows boxes"),
                                       QStringLiteral("sudo apt-get install fonts-noto-cjk"))};
    return {DoctorFinding::ok(
        topic, QStringLiteral("Korean in %1").arg(families.mid(0, 3).join(QStringLiteral(", "))))};
}

QString label(DoctorFinding::Severity severity)
{
    switch (severity) {
    case DoctorFinding::Severity::Ok:
        return QStringLiteral("ok");
    case DoctorFinding::Severity::Note:
        return QStringLiteral("note");
    case DoctorFinding::Severity::Problem:
        return QStringLiteral("PROBLEM");
    }
    return {};
}

} // namespace

// Needs the QGuiApplication main() makes for it (fonts, cameras) and the media backend it chose.
int doctorMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const KioskPaths detected = KioskPaths::detect();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks this machine for a kiosk: cameras and their formats, the video backend, Korean "
        "fonts, the data dir's owner and modes, the settings, the trust list's age and expiry, "
        "the ledger, the clock, the kiosk service. Prints how to fix each problem; exits 1 when "
        "there is one."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("data-dir"),
         QStringLiteral("the kiosk's data dir (default: %1)").arg(detected.dataDir), QStringLiteral("DIR"),
         detected.dataDir},
        {QStringLiteral("config"), QStringLiteral("its settings file (default: %1)").arg(detected.configPath),
         QStringLiteral("FILE"), detected.configPath},
        {QStringLiteral("user"),
         QStringLiteral("the user the kiosk runs as (default: %1)").arg(detected.user),
         QStringLiteral("NAME"), detected.user},
    });
    if (const std::optional<int> done = parseArguments(parser, arguments, out, err))
        return *done;
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    const QString configPath = parser.value(QStringLiteral("config"));
    const DoctorChecks::Account user = DoctorChecks::account(parser.value(QStringLiteral("user")));
    const bool systemKiosk = user.name == KioskPaths::SystemUser;

    out << "passgate doctor: the kiosk of " << user.name << " (" << dataDir << ", " << configPath << ")\n";
    const SystemClock clock;
    const QDateTime now = clock.now();
    KioskConfig config;
    DoctorChecks::TrustFacts trust;
    DoctorChecks::LedgerFacts ledger;
    DoctorFindings findings;
    findings += media(mediaBackend());
    findings += DoctorChecks::config(configPath, user, config);
    findings += cameras(config);
    findings += koreanFonts();
    findings += DoctorChecks::dataDir(dataDir, user, systemKiosk);
    findings += DoctorChecks::trust(dataDir, config, now, trust);
    findings += DoctorChecks::ledger(dataDir, ledger);
    findings += DoctorChecks::replication(dataDir, config, user);
    findings += DoctorChecks::clock(now, DoctorChecks::kernelClockSync(), trust, ledger);
    findings += DoctorChecks::kioskService({}, user, systemKiosk);

    int problems = 0;
    int notes = 0;
    for (const DoctorFinding &finding : findings) {
        out << "  " << label(finding.severity).leftJustified(8) << finding.topic.leftJustified(14)
            << finding.text << "\n";
        if (!finding.fix.isEmpty())
            out << "  " << QString(22, QLatin1Char(' ')) << "fix: " << finding.fix << "\n";
        problems += finding.severity == DoctorFinding::Severity::Problem;
        notes += finding.severity == DoctorFinding::Severity::Note;
    }
    out << problems << " problem(s), " << notes << " note(s)\n";
    return problems == 0 ? Success : Failed;
}

} // namespace passgate::cli
