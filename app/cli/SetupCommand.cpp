#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/KioskPaths.h"

#include "checkin/PhoneNumber.h"
#include "common/BoundedRead.h"
#include "station/KioskConfig.h"
#include "station/StaffPin.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace passgate::cli {

namespace {

// The PIN from a file or standard input ("-"), first line: never from the command line, where
// other local users could read it in the process list.
Result<QString, QString> readPin(const QString &path)
{
    const Result<QByteArray, QString> bytes = readInputBounded(path, readLimit::keyFile);
    if (!bytes)
        return fail(bytes.error());
    return QString::fromUtf8(bytes->split('\n').value(0)).trimmed();
}

} // namespace

// The first-run setup of a kiosk without its screen: for a self-scan kiosk, whose visitors must
// never reach the setup screen, and for installers scripting many kiosks.
int setupMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sets up a kiosk that is not set up yet: venue, check-in number and staff PIN."));
    parser.addHelpOption();
    const QString defaultConfig = KioskPaths::detect().configPath;
    parser.addOptions({
        {QStringLiteral("config"),
         QStringLiteral("the kiosk's configuration (default: %1)").arg(defaultConfig), QStringLiteral("FILE"),
         defaultConfig},
        {QStringLiteral("venue-name"), QStringLiteral("the venue's name, as visitors see it"),
         QStringLiteral("NAME")},
        {QStringLiteral("venue-type"), QStringLiteral("%1").arg(KioskConfig::venueTypes().join(u", ")),
         QStringLiteral("TYPE"), QStringLiteral("cafe")},
        {QStringLiteral("phone"), QStringLiteral("the venue's check-in number (안심콜)"),
         QStringLiteral("NUMBER")},
        {QStringLiteral("pin-file"),
         QStringLiteral("a file whose first line is the staff PIN ('-': standard input)"),
         QStringLiteral("FILE")},
    });
    if (const std::optional<int> done = parseArguments(parser, arguments, out, err))
        return *done;
    const QString name = parser.value(QStringLiteral("venue-name")).trimmed();
    const QString type = parser.value(QStringLiteral("venue-type"));
    if (name.isEmpty() || !parser.isSet(QStringLiteral("phone")) ||
        !parser.isSet(QStringLiteral("pin-file"))) {
        err << "setup: give --venue-name, --phone and --pin-file\n" << parser.helpText();
        return UsageError;
    }
    if (!KioskConfig::venueTypes().contains(type)) {
        err << "setup: unknown venue type '" << type << "' (" << KioskConfig::venueTypes().join(u", ")
            << ")\n";
        return UsageError;
    }
    const auto phone = PhoneNumber::parse(parser.value(QStringLiteral("phone")));
    if (!phone) {
        err << "setup: --phone: " << phone.error().reason << "\n";
        return UsageError;
    }
    const auto pin = readPin(parser.value(QStringLiteral("pin-file")));
    if (!pin) {
        err << "setup: --pin-file: " << pin.error() << "\n";
        return Failed;
    }
    if (const auto acceptable = StaffPin::acceptable(*pin); !acceptable) {
        err << "setup: the staff PIN: " << acceptable.error().reason << "\n";
        return Failed;
    }
    const QString configPath = parser.value(QStringLiteral("config"));
    const auto config = KioskConfig::load(configPath);
    if (!config) {
        err << "setup: " << config.error().reason << "\n";
        return Failed;
    }
    if (config->venueConfigured()) {
        err << "setup: " << configPath << " is already set up (venue '" << config->venueName
            << "'); change it in the staff area\n";
        return Failed;
    }
    const auto record = StaffPin::hash(*pin);
    if (!record) {
        err << "setup: " << record.error().reason << "\n";
        return Failed;
    }
    if (auto saved = config->withVenueSetUp(name, type, phone->digits(), *record).save(configPath); !saved) {
        err << "setup: " << saved.error().reason << "\n";
        return Failed;
    }
    out << "set up: " << name << " (" << type << "), " << QFileInfo(configPath).absoluteFilePath() << "\n";
    return Success;
}

} // namespace passgate::cli
