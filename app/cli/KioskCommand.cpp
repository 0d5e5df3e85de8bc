#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/DoctorChecks.h"
#include "cli/KioskPaths.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <unistd.h>

namespace passgate::cli {

namespace {

struct Run
{
    bool ok = false;
    QString output; // stdout and stderr, trimmed
};

Run systemctl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("systemctl"), arguments);
    if (!process.waitForStarted(5000))
        return {false, QStringLiteral("systemctl cannot be run: %1").arg(process.errorString())};
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            QString::fromLocal8Bit(process.readAll()).trimmed()};
}

QString unitFor(const QString &tty)
{
    return QStringLiteral("passgate-kiosk@%1.service").arg(tty);
}

// What enabling needs in place; the sentence for the first thing missing.
QString missingForKiosk()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root: sudo passgate-cli kiosk enable");
    if (DoctorChecks::installedUnit({}).isEmpty())
        return QStringLiteral("the kiosk service is not installed: install the passgate package "
                              "(sudo apt-get install ./passgate_*.deb)");
    const DoctorFindings service =
        DoctorChecks::kioskService({}, DoctorChecks::account(KioskPaths::SystemUser), true);
    for (const DoctorFinding &finding : service) {
        if (finding.severity == DoctorFinding::Severity::Problem)
            return finding.text + QStringLiteral(" (") + finding.fix + u')';
    }
    return {};
}

int enable(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString tty = parser.value(QStringLiteral("tty"));
    if (const QString missing = missingForKiosk(); !missing.isEmpty()) {
        err << "kiosk enable: " << missing << "\n";
        return Failed;
    }
    const Run enabled = systemctl({QStringLiteral("enable"), unitFor(tty)});
    if (!enabled.ok) {
        err << "kiosk enable: systemctl enable " << unitFor(tty) << " failed: " << enabled.output << "\n";
        return Failed;
    }
    out << "enabled: " << unitFor(tty) << " starts the kiosk on " << tty << " at every boot\n";
    const Run target = systemctl({QStringLiteral("get-default")});
    if (target.ok && target.output != QStringLiteral("graphical.target"))
        out << "note: this PC boots into " << target.output
            << ", which does not start the kiosk; to change that: sudo systemctl set-default "
               "graphical.target\n";
    if (!parser.isSet(QStringLiteral("no-start"))) {
        const Run started = systemctl({QStringLiteral("start"), unitFor(tty)});
        if (started.ok)
            out << "started: the kiosk is on " << tty << " now\n";
        else
            out << "not started now (" << started.output << "): it starts at the next boot\n";
    }
    const KioskPaths paths = KioskPaths::serviceKiosk();
    const auto settings = KioskConfig::readFile(paths.configPath);
    if (settings && !settings->config.venueConfigured())
        out << "the kiosk is not set up yet: its screen asks (venue, check-in number, staff PIN), or without "
               "it:\n"
            << "  sudo runuser -u " << paths.user << " -- passgate-cli setup --config " << paths.configPath
            << " --venue-name NAME --phone NUMBER --pin-file FILE\n";
    return Success;
}

int disable(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString tty = parser.value(QStringLiteral("tty"));
    if (::geteuid() != 0) {
        err << "kiosk disable: needs root: sudo passgate-cli kiosk disable\n";
        return Failed;
    }
    const Run disabled = systemctl({QStringLiteral("disable"), QStringLiteral("--now"), unitFor(tty)});
    if (!disabled.ok) {
        // --now fails without a running systemd (a chroot); disabling alone still holds for the next boot.
        const Run retried = systemctl({QStringLiteral("disable"), unitFor(tty)});
        if (!retried.ok) {
            err << "kiosk disable: " << retried.output << "\n";
            return Failed;
        }
    }
    out << "disabled: " << unitFor(tty) << " no longer starts at boot; the ledger and settings stay\n";
    return Success;
}

int status(QTextStream &out)
{
    const DoctorFindings service =
        DoctorChecks::kioskService({}, DoctorChecks::account(KioskPaths::SystemUser), true);
    int problems = 0;
    for (const DoctorFinding &finding : service) {
        out << finding.text << "\n";
        if (!finding.fix.isEmpty())
            out << "  fix: " << finding.fix << "\n";
        problems += finding.severity == DoctorFinding::Severity::Problem;
    }
    const Run active = systemctl({QStringLiteral("list-units"), QStringLiteral("--no-legend"),
                                  QStringLiteral("passgate-kiosk@*.service")});
    if (active.ok && !active.output.isEmpty())
        out << "running now:\n" << active.output << "\n";
    return problems == 0 ? Success : Failed;
}

} // namespace

int kioskMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Turns this PC into a kiosk (enable: at every boot, cage shows only passgate on a tty, as "
        "the user passgate) or back (disable), or shows the state (status)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("enable, disable or status"));
    parser.addOptions({
        {QStringLiteral("tty"), QStringLiteral("the virtual terminal to take (default tty7)"),
         QStringLiteral("TTY"), QStringLiteral("tty7")},
        {QStringLiteral("no-start"), QStringLiteral("enable: only from the next boot, not now")},
    });
    if (const std::optional<int> done = parseArguments(parser, arguments, out, err))
        return *done;
    const QString action = parser.positionalArguments().value(0);
    static const QRegularExpression ttyName(QStringLiteral("^tty[0-9]{1,2}$"));
    if (!ttyName.match(parser.value(QStringLiteral("tty"))).hasMatch()) {
        err << "kiosk: --tty: give a virtual terminal such as tty7\n";
        return UsageError;
    }
    if (parser.positionalArguments().size() == 1 && action == u"enable")
        return enable(parser, out, err);
    if (parser.positionalArguments().size() == 1 && action == u"disable")
        return disable(parser, out, err);
    if (parser.positionalArguments().size() == 1 && action == u"status")
        return status(out);
    err << parser.helpText();
    return UsageError;
}

} // namespace passgate::cli
