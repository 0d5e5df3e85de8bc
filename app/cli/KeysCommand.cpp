#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/PassphraseInput.h"

#include "common/BoundedRead.h"
#include "ledger/VenueKeyCreation.h"
#include "ledger/VenueKeys.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QTextStream>

namespace passgate::cli {

namespace {

int init(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates the venue's keys. The data dir gets the venue secret (keys certificate-id hashes to this "
        "venue)\n"
        "and the owner's public key (seals phone numbers and exports). The owner's private key goes to\n"
        "--private-key-out, encrypted with a passphrase: keep it away from the kiosk; only it opens "
        "exports."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("The kiosk's data dir."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("private-key-out"),
                      QStringLiteral("Where to write the owner's private key (PEM, passphrase-protected)."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("owner-public-key"),
         QStringLiteral("Instead: seal to an owner key made before (owner-public.pem of another kiosk), "
                        "so that one owner opens the exports of every kiosk of a chain."),
         QStringLiteral("file")});
    addPassphraseOptions(parser);
    if (const std::optional<int> done = parseArguments(parser, arguments, out, err))
        return *done;
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    const QString privateOut = parser.value(QStringLiteral("private-key-out"));
    if (!dataDir.isEmpty() && parser.isSet(QStringLiteral("owner-public-key"))) {
        const auto pem =
            readFileBounded(parser.value(QStringLiteral("owner-public-key")), readLimit::keyFile);
        if (!pem) {
            err << "keys init: " << pem.error() << "\n";
            return Failed;
        }
        auto installed = VenueKeys::install(dataDir, *pem);
        if (!installed) {
            err << "keys init: " << installed.error().reason << "\n";
            return Failed;
        }
        out << "venue secret:       " << QDir(dataDir).filePath(VenueKeys::SecretFileName) << "\n"
            << "owner public key:   " << QDir(dataDir).filePath(VenueKeys::OwnerPublicKeyFileName)
            << " (the existing owner's)\n";
        return Success;
    }
    if (dataDir.isEmpty() || privateOut.isEmpty()) {
        err << "keys init: --data-dir and --private-key-out are required\n";
        return UsageError;
    }
    QString problem;
    const auto passphrase =
        readPassphrase(parser, QStringLiteral("Passphrase for the owner's private key: "), &problem);
    if (!passphrase) {
        err << "keys init: " << problem << "\n";
        return UsageError;
    }
    auto created = createVenueKeys(dataDir, privateOut, *passphrase);
    if (!created) {
        err << "keys init: " << created.error().reason << "\n";
        switch (created.error().code) {
        case KeyCreationProblem::PrivateKeyInsideDataDir:
        case KeyCreationProblem::Crypto: // an unusable passphrase
            return UsageError;
        case KeyCreationProblem::PrivateKeyExists:
        case KeyCreationProblem::Unwritable:
            break;
        }
        return Failed;
    }
    const QByteArray fingerprint =
        QCryptographicHash::hash(created->ownerPublicKey, QCryptographicHash::Sha256).toHex().left(32);
    out << "venue secret:       " << QDir(dataDir).filePath(VenueKeys::SecretFileName) << "\n"
        << "owner public key:   " << QDir(dataDir).filePath(VenueKeys::OwnerPublicKeyFileName) << "\n"
        << "owner private key:  " << privateOut << " (passphrase-protected; keep it off the kiosk)\n"
        << "public key SHA-256: " << QString::fromLatin1(fingerprint) << "\n";
    return Success;
}

} // namespace

int keysMain(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() < 2 || arguments.at(1) != QStringLiteral("init")) {
        err << "usage: passgate-cli keys init --data-dir DIR --private-key-out FILE "
               "[--passphrase-env VAR | --passphrase-file FILE]\n";
        return UsageError;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] += QStringLiteral(" init");
    return init(rest);
}

} // namespace passgate::cli
