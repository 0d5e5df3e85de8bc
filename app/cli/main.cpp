#include "cli/Command.h"
#include "common/NativePath.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <array>
#include <cstring>
#include <memory>

using namespace passgate;
using namespace passgate::cli;

namespace {

const std::array commands = {
    Command{"version", "print the versions of passgate and its libraries", versionMain, false},
    Command{"decode-images", "decode a folder of QR photos against their expected .txt", decodeImagesMain,
            false},
    Command{"conformance", "run a conformance suite over a folder of test vectors", conformanceMain, false},
    Command{"verify", "verify passes (QR text files, stdin or pictures), one JSON line per input", verifyMain,
            false},
    Command{"scan", "run the scanning pipeline on camera, video, images or demo frames", scanMain, true},
    Command{"ledger", "stats, verify, purge, export, open-export, stress the check-in ledger", ledgerMain,
            false},
    Command{"keys", "create the venue secret and the owner's export key pair (keys init)", keysMain, false},
    Command{"trust", "build, import, show or fetch a signed trust bundle", trustMain, false},
    Command{"setup", "set up a kiosk (venue, check-in number, staff PIN) without its screen", setupMain,
            false},
    Command{"config", "check a kiosk settings file (config check FILE)", configMain, false},
    Command{"doctor", "check this machine for a kiosk and say how to fix what is wrong", doctorMain, true},
    Command{"kiosk", "enable, disable or show the boot-to-kiosk service (kiosk enable)", kioskMain, false},
    Command{"sync",
            "replicate the kiosk's ledger to the owner's server now (what the kiosk does in the background)",
            syncMain, false},
    Command{"server", "the owner's replication server: init, add-kiosk, status, today, export, purge, verify",
            serverMain, false},
};

MediaBackend chosenBackend;

int usage(QTextStream &stream)
{
    stream << "usage: passgate-cli <command> [options]\n\ncommands:\n";
    for (const Command &command : commands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(16) << command.summary << "\n";
    stream << "\n'passgate-cli <command> --help' describes a command.\n";
    return UsageError;
}

} // namespace

namespace passgate::cli {

const MediaBackend &mediaBackend()
{
    return chosenBackend;
}

} // namespace passgate::cli

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)
        return usage(err);

    const Command *chosen = nullptr;
    for (const Command &command : commands) {
        if (std::strcmp(argv[1], command.name) == 0)
            chosen = &command;
    }
    if (!chosen) {
        err << "passgate-cli: unknown command '" << argv[1] << "'\n\n";
        return usage(err);
    }

    if (chosen->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        chosenBackend = selectMediaBackend(); // Qt reads QT_MEDIA_BACKEND once: before the application
    }
    std::unique_ptr<QCoreApplication> app = chosen->needsGui ? std::make_unique<QGuiApplication>(argc, argv)
                                                             : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passgate-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSGATE_VERSION));

    // From argv itself (what Qt left of it), not QCoreApplication::arguments(): a file name that is
    // not UTF-8 keeps its bytes (common/NativePath.h) instead of becoming U+FFFD and "No such file".
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(pathFromNative(argv[i]));
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("passgate-cli ") + QString::fromLatin1(chosen->name);
    return chosen->run(arguments);
}
